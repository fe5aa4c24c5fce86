"""Time a full build of a site with many articles: `python bench/build_many.py [N]`.

Generates N synthetic articles (tagged with the real registry) in a temporary project, builds
it with `python build.py` and prints the wall time and the number of pages written.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PARAGRAPH = (
    "Ngày {d}/{m}, tại Hà Nội, đoàn đại biểu Đảng Cộng sản Việt Nam đã hội đàm với đoàn Đảng Nhân dân "
    "Cách mạng Lào về hợp tác giữa hai nước Việt Nam và Lào trong giai đoạn mới."
)


def main(count: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        shutil.copy(REPO / "mkdocs.yml", root)
        shutil.copytree(REPO / "theme", root / "theme")
        shutil.copytree(REPO / "content", root / "content")
        start = dt.date(2020, 1, 1)
        for n in range(count):
            day = start + dt.timedelta(days=n % 1500)
            folder = root / "content" / "articles" / str(day.year)
            folder.mkdir(parents=True, exist_ok=True)
            body = "\n\n".join([PARAGRAPH.format(d=day.day, m=day.month)] * 8)
            (folder / f"{day}-bai-{n}.md").write_text(
                f"---\ntitle: Bài số {n}\ndate: {day}\nsource: TTXVN\n"
                "organizations: [dang-cong-san-viet-nam, dang-nhan-dan-cach-mang-lao]\nplaces: [viet-nam, lao]\n"
                f"title_en: Story {n}\nsummary_en: A summary.\ntitle_en_by: editor\nsummary_en_by: editor\n---\n\n{body}\n",
                encoding="utf-8",
            )
        began = time.perf_counter()
        subprocess.run([sys.executable, str(REPO / "build.py"), "-q"], cwd=root, check=True)
        elapsed = time.perf_counter() - began
        pages = sum(1 for _ in (root / "site").rglob("*.html"))
        print(
            f"{count} articles → {pages} pages in {elapsed:.1f} s ({elapsed / max(count, 1) * 1000:.1f} ms/article)"
        )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
