"""A rebuild that changed little is applied over the previous site: same output as a full build."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import Project, fetch, leftovers, preview, wait_for

APPLIED = "file(s) or folder(s) in it changed"
PEOPLE = ["vo-van-thuong", "bounthong-chitmany", "tran-cam-tu"]


def _tree(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def _folders(site: Path) -> set[str]:
    return {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_dir()}


@pytest.fixture
def newsroom(project: Project) -> Project:
    """Thirty articles over two years, each naming one of three people: built once."""
    for n in range(30):
        year, month, day = 2021 + n % 2, n % 12 + 1, n % 27 + 1
        project.article(
            f"{year}-{month:02d}-{day:02d}-bai-so-{n}",
            title=f"Bài số {n} về hợp tác Việt Nam – Lào",
            date=f"{year}-{month:02d}-{day:02d}",
            body=f"Đoạn mở đầu của bài {n}.\n\nĐoạn thứ hai, có [liên kết](../../../gioi-thieu/)"
            + (" và [bài 3](2022-04-04-bai-so-3.md)" if n == 5 else "")
            + ".\n",
            people=[PEOPLE[n % 3]],
        )
    project.write("content/gioi-thieu.md", "# Giới thiệu\n\nTrang giới thiệu.\n")
    project.write("content/images/logo.svg", '<svg xmlns="http://www.w3.org/2000/svg"/>\n')
    first = project.build()
    assert first.exit_code == 0, first.output
    assert APPLIED not in first.output  # nothing to apply over: a full build
    return project


def _full_build(project: Project, tmp_path: Path) -> dict[str, bytes]:
    """The same content built as a whole into another folder (no manifest there: a full build)."""
    other = tmp_path / "full"
    result = project.build("-d", str(other))
    assert result.exit_code == 0 and APPLIED not in result.output, result.output
    return _tree(other)


def test_an_edit_is_applied_over_the_site_and_writes_what_a_full_build_writes(
    newsroom: Project, tmp_path: Path
) -> None:
    path = next((newsroom.content / "articles" / "2022").glob("*bai-so-1.md"))
    path.write_text(path.read_text(encoding="utf-8") + "\nĐoạn thêm của biên tập viên.\n", encoding="utf-8")
    result = newsroom.build("-v", "--strict")  # links to pages left as they were still resolve
    assert result.exit_code == 0, result.output
    assert APPLIED in result.output
    assert "2 part(s) by year, 1 indexed again" in result.output
    assert _tree(newsroom.site) == _full_build(newsroom, tmp_path)
    assert "Đoạn thêm của biên tập viên." in (newsroom.site / "2022" / "02").joinpath(
        "bai-so-1-ve-hop-tac-viet-nam-lao", "index.html"
    ).read_text(encoding="utf-8")
    entry = json.loads((newsroom.site / "pagefind" / "2022" / "pagefind-entry.json").read_text())
    assert entry["languages"]["vi"]["page_count"] == 15  # the whole year, not the changed pages only
    assert leftovers(newsroom.root) == []


def test_nothing_changed_writes_no_digest_page(newsroom: Project) -> None:
    def pages() -> dict[Path, int]:  # MkDocs' own pages (404, about) and the sitemaps: every time
        mkdocs_own = {
            newsroom.site / name
            for name in ("404.html", "gioi-thieu/index.html", "sitemap.xml", "news-sitemap.xml")
        }
        return {p: p.stat().st_ino for p in newsroom.site.rglob("*.*ml") if p not in mkdocs_own}

    before = pages()
    assert len(before) > 100
    result = newsroom.build()
    assert result.exit_code == 0 and APPLIED in result.output
    assert pages() == before  # not one page or feed written again


def test_a_removed_article_and_file_leave_nothing_behind(newsroom: Project, tmp_path: Path) -> None:
    next((newsroom.content / "articles" / "2021").glob("*bai-so-0.md")).unlink()
    (newsroom.content / "images" / "logo.svg").unlink()
    result = newsroom.build()
    assert result.exit_code == 0 and APPLIED in result.output, result.output
    assert not (newsroom.site / "2021" / "01" / "bai-so-0-ve-hop-tac-viet-nam-lao").exists()
    assert not (newsroom.site / "en" / "2021" / "01" / "bai-so-0-ve-hop-tac-viet-nam-lao").exists()
    assert not (newsroom.site / "images").exists()  # emptied folders go too
    full = _full_build(newsroom, tmp_path)
    assert _tree(newsroom.site) == full
    assert _folders(newsroom.site) == _folders(tmp_path / "full")


def test_a_build_killed_while_applying_is_followed_by_a_full_build(newsroom: Project) -> None:
    # Applying deletes the manifest first and writes it last: a kill in between leaves none.
    for manifest in (newsroom.root / ".cache" / "bantin" / "sites").glob("*.json"):
        manifest.unlink()
    page = newsroom.site / "index.html"
    page.unlink()
    result = newsroom.build()
    assert result.exit_code == 0 and APPLIED not in result.output
    assert page.is_file()


def test_a_site_written_in_place_is_not_trusted_afterwards(newsroom: Project) -> None:
    """`mkdocs build --dirty` writes into the site folder itself: the manifest is dropped."""
    result = newsroom.build()  # applied: the manifest exists
    assert APPLIED in result.output
    sites = newsroom.root / ".cache" / "bantin" / "sites"
    assert list(sites.glob("*.json"))
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    config = load_config(str(newsroom.config))
    config.plugins.on_startup(command="build", dirty=True)
    build(config, dirty=True)
    config.plugins.on_shutdown()
    assert list(sites.glob("*.json")) == []


def test_serve_applies_an_edit_over_the_last_preview(newsroom: Project) -> None:
    """A preview rebuild writes only what changed, as `build` does (MkDocs would empty its
    folder and every page be placed there again); a page whose URL changed is gone."""
    path = next((newsroom.content / "articles" / "2022").glob("*bai-so-1.md"))
    page, neighbour = "2022/02/bai-so-1-ve-hop-tac-viet-nam-lao/", "2022/04/bai-so-3-ve-hop-tac-viet-nam-lao/"
    with preview(newsroom) as running:
        assert "Đoạn mở đầu của bài 1." in fetch(running.url + page)
        assert APPLIED not in running.log  # the first preview is a full build
        path.write_text(path.read_text(encoding="utf-8") + "\nĐoạn thêm khi xem trước.\n", encoding="utf-8")
        assert wait_for(lambda: "Đoạn thêm khi xem trước." in fetch(running.url + page)), running.log
        assert wait_for(lambda: APPLIED in running.log), running.log
        assert "Đoạn mở đầu của bài 3." in fetch(running.url + neighbour)  # left as it was
        path.write_text(
            path.read_text(encoding="utf-8").replace("Bài số 1 về", "Bài thứ nhất về"), encoding="utf-8"
        )
        moved = "2022/02/bai-thu-nhat-ve-hop-tac-viet-nam-lao/"
        assert wait_for(lambda: "Đoạn thêm khi xem trước." in fetch(running.url + moved)), running.log
        # the edited article's pages are shown first; the rebuild behind them removes the old URL's page
        assert wait_for(lambda: fetch(running.url + page) == ""), running.log  # 404
        assert wait_for(lambda: "Bài thứ nhất về hợp tác" in fetch(running.url + "2022/")), running.log
