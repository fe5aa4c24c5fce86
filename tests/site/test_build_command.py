"""`python build.py` and `mkdocs build` make the same site; -d, --strict and serve work."""

from __future__ import annotations

import filecmp
import gc
import re
import subprocess
import sys
from pathlib import Path

from tests.conftest import Project, fetch, leftovers, preview, wait_for


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


def test_a_build_in_a_process_that_goes_on_turns_collection_back_on(seeded: Project) -> None:
    """Only `python build.py` (a process that ends with the build) leaves it off (`few_cycles`)."""
    assert gc.isenabled()
    assert seeded.build("-q").exit_code == 0
    assert (seeded.site / "index.html").is_file()
    assert gc.isenabled()


def test_config_option_selects_another_configuration(seeded: Project) -> None:
    config = seeded.config.read_text(encoding="utf-8").replace(
        "site_name: Tin Việt – Lào", "site_name: Bản tin thử"
    )
    seeded.write("other.yml", config)
    result = seeded.run("-f", "other.yml", "-d", "out")
    assert result.returncode == 0, result.stderr
    assert "Bản tin thử" in (seeded.root / "out" / "index.html").read_text(encoding="utf-8")


def test_serve_previews_under_the_sub_path_and_reloads_on_edit(seeded: Project) -> None:
    with preview(seeded) as running:
        home = fetch(running.url)
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
        assert wait_for(lambda: "Tiêu đề đã sửa khi xem trước" in fetch(running.url)), running.log


def test_a_build_ends_with_one_line_saying_what_it_made(seeded: Project) -> None:
    result = seeded.run()
    assert result.returncode == 0, result.stderr
    last = result.stderr.strip().splitlines()[-1]
    match = re.search(
        r"Site ready in site — (\d+) articles, (\d+) pages \((\d+) reused\), (\d+) entities, (\d+) feeds, "
        r"(\d+) search records, [\d.]+ s$",
        last,
    )
    assert match, last
    articles, pages, reused, entities, feeds, records = map(int, match.groups())
    assert articles == len(list((seeded.content / "articles").rglob("*.md")))
    assert pages > articles and reused == 0 and entities > 0 and feeds > 2 and records == 2 * articles
    again = seeded.run().stderr.strip().splitlines()[-1]
    assert f"{pages} pages ({pages} reused)" in again  # nothing changed: every page reused
