"""`python build.py serve` shows the pages of an edited article before the rest is rebuilt, and
they are the pages the rebuild makes (`bantin/site/preview.py`, `bantin/serve.py`)."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from bantin.plugin import BantinPlugin

from ..conftest import Project, fetch, preview, wait_for


class Served:
    """A project built in this process as `serve` builds it, into `folder`."""

    def __init__(self, project: Project, folder: Path) -> None:
        self.project = project
        self.folder = folder
        config = self._config()
        config.plugins.on_startup(command="serve", dirty=False)
        plugin = config.plugins["bantin"]
        assert isinstance(plugin, BantinPlugin)
        self.plugin = plugin
        build(config)

    def _config(self):  # type: ignore[no-untyped-def]
        return load_config(config_file=str(self.project.config), site_dir=str(self.folder))

    def rebuild(self) -> None:
        build(self._config())


@pytest.fixture
def served(seeded: Project, tmp_path: Path) -> Iterator[Served]:
    site = Served(seeded, tmp_path / "served")
    yield site
    site.plugin.on_shutdown()


def _article(project: Project) -> Path:
    return next((project.content / "articles" / "2021").glob("2021-10-15-*.md"))


def _append(path: Path, sentence: str) -> None:
    path.write_text(path.read_text(encoding="utf-8").rstrip("\n") + f" {sentence}\n", encoding="utf-8")


def test_an_edited_article_s_pages_are_made_first_as_the_rebuild_makes_them(
    served: Served, tmp_path: Path
) -> None:
    article = _article(served.project)
    _append(article, "Câu viết thêm khi xem trước.")
    early = tmp_path / "early"
    pages = served.plugin.preview({article}, early)
    assert pages is not None
    vi, en, *listings = pages
    assert "Câu viết thêm khi xem trước." in (early / vi).read_text(encoding="utf-8")
    assert en.startswith("en/") and vi in en
    assert "index.html" in listings and "en/index.html" in listings  # the home pages list it
    served.rebuild()
    for page in pages:
        assert (early / page).read_bytes() == (served.folder / page).read_bytes(), page


def test_a_page_is_replaced_never_written_into(served: Served) -> None:
    """A served page may be a hard link to the page cache: the cached copy must not change."""
    article = _article(served.project)
    vi = served.plugin.preview({article}, served.folder)  # nothing changed yet
    assert vi is None
    page = next(served.folder.glob("2021/10/*/index.html"))  # the article's page
    elsewhere = served.folder.parent / "linked.html"
    os.link(page, elsewhere)
    before = elsewhere.read_bytes()
    _append(article, "Câu thứ hai.")
    pages = served.plugin.preview({article}, served.folder)
    assert pages is not None and "Câu thứ hai." in page.read_text(encoding="utf-8")
    assert elsewhere.read_bytes() == before


@pytest.mark.parametrize(
    "change",
    ["title", "registry", "new article", "removed"],
)
def test_what_moves_pages_or_changes_every_page_is_left_to_the_rebuild(served: Served, change: str) -> None:
    article = _article(served.project)
    changed = {article}
    if change == "title":  # the URL is made from the title
        text = article.read_text(encoding="utf-8")
        article.write_text(
            re.sub(r"^title: .*$", "title: Tiêu đề khác hẳn", text, count=1, flags=re.M), encoding="utf-8"
        )
    elif change == "registry":
        registry = served.project.content / "entities.yml"
        registry.write_text(registry.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        _append(article, "Câu thêm.")
        changed.add(registry)
    elif change == "new article":
        changed = {served.project.article("bai-moi", title="Bài mới", date="2021-10-16")}
    else:
        article.unlink()
    assert served.plugin.preview(changed, served.folder) is None


def test_swap_files_and_unchanged_files_make_no_pages(served: Served) -> None:
    article = _article(served.project)
    swap = article.with_name(f".{article.name}.swp")
    swap.write_text("x", encoding="utf-8")
    assert served.plugin.preview({article, swap}, served.folder) is None  # the article is as it was


def test_serve_shows_an_edited_article_before_the_rebuild(seeded: Project) -> None:
    with preview(seeded) as running:
        page = next(u for u in re.findall(r'href="([^"]+)"', fetch(running.url)) if "2021/10/" in u)
        url = running.url + page.lstrip("./").removeprefix("tin-viet-lao/")
        assert "Chia sẻ kinh nghiệm" in fetch(url)
        _append(_article(seeded), "Câu mới trong bản xem trước.")
        assert wait_for(lambda: "Câu mới trong bản xem trước." in fetch(url)), running.log
        assert wait_for(lambda: "Reloading browsers" in running.log.split("Showing", 1)[-1]), running.log
        assert re.search(r"Showing \d+ page\(s\) of the edit", running.log), running.log
        assert "livereload" in fetch(url)


def test_after_a_failed_rebuild_the_served_folder_is_no_longer_trusted(served: Served) -> None:
    from bantin.incremental import overlay

    record = overlay.manifest_path(served.project.root / ".cache" / "bantin", served.folder)
    assert record.is_file()  # serve's rebuilds are applied over the folder it records
    served.plugin.forget_site(served.folder)
    assert not record.exists()
