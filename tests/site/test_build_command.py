"""`python build.py` and `mkdocs build` make the same site; -d, --strict and serve work."""

from __future__ import annotations

import filecmp
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from tests.conftest import REPO, Project, leftovers


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_mkdocs_build_strict_is_clean_and_makes_the_same_site(seeded: Project, repo_site: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(seeded.root / "mk")],
        cwd=seeded.root, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr
    ours, theirs = _tree(repo_site), _tree(seeded.root / "mk")
    assert ours.keys() == theirs.keys()
    differing = [name for name in ours if ours[name] != theirs[name] and not name.startswith("sitemap.xml")]
    assert differing == []


def test_build_py_writes_site_dir_or_the_folder_given(seeded: Project, tmp_path: Path) -> None:
    default = seeded.run()
    assert default.returncode == 0, default.stderr
    assert (seeded.site / "index.html").is_file()
    elsewhere = tmp_path / "elsewhere"
    other = seeded.run("-d", str(elsewhere), "--strict")
    assert other.returncode == 0, other.stderr
    assert (elsewhere / "en" / "index.html").is_file()
    assert not filecmp.dircmp(seeded.site, elsewhere).diff_files
    assert leftovers(seeded.root) == []  # no staging folder left behind


def test_config_option_selects_another_configuration(seeded: Project) -> None:
    config = seeded.config.read_text(encoding="utf-8").replace(
        "site_name: Tin Việt – Lào", "site_name: Bản tin thử"
    )
    seeded.write("other.yml", config)
    result = seeded.run("-f", "other.yml", "-d", "out")
    assert result.returncode == 0, result.stderr
    assert "Bản tin thử" in (seeded.root / "out" / "index.html").read_text(encoding="utf-8")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read().decode("utf-8")


def _get_or_empty(url: str) -> str:
    """The page, or '' while the server is busy rebuilding."""
    try:
        return _get(url)
    except OSError:
        return ""


def test_serve_previews_under_the_sub_path_and_reloads_on_edit(seeded: Project) -> None:
    port = _free_port()
    log = (seeded.root / "serve.log").open("w")
    process = subprocess.Popen(
        [sys.executable, str(REPO / "build.py"), "serve", "-a", f"127.0.0.1:{port}"],
        cwd=seeded.root, stdout=log, stderr=subprocess.STDOUT, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}/tin-viet-lao/"
    try:
        deadline = time.monotonic() + 60
        home = None
        while time.monotonic() < deadline and home is None:
            try:
                home = _get(url)
            except OSError:
                time.sleep(0.3)
        assert home is not None, (seeded.root / "serve.log").read_text()
        assert "Chia sẻ kinh nghiệm về công tác xây dựng đảng" in home
        assert "livereload" in home  # MkDocs injects its reload script
        article = next((seeded.content / "articles" / "2021").glob("2021-10-15-*.md"))
        article.write_text(
            re.sub(
                r"^title: .*$",
                "title: Tiêu đề đã sửa khi xem trước",
                article.read_text(encoding="utf-8"),
                count=1,
                flags=re.M,
            ),
            encoding="utf-8",
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and "Tiêu đề đã sửa khi xem trước" not in _get_or_empty(url):
            time.sleep(0.5)
        assert "Tiêu đề đã sửa khi xem trước" in _get_or_empty(url)
    finally:
        process.terminate()
        process.wait(timeout=20)
        log.close()
