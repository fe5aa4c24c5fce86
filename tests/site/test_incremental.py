"""The page cache and parallel rendering change how fast a build is, never what it writes."""

from __future__ import annotations

import gzip
import re
from pathlib import Path

import pytest

from tests.conftest import Project


def _tree(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def _set(project: Project, option: str) -> None:
    config = project.config.read_text(encoding="utf-8")
    project.config.write_text(
        config.replace("      per_page: 20\n", f"      per_page: 20\n      {option}\n"), encoding="utf-8"
    )


def _name_every_entity(project: Project) -> None:
    """An article naming every registry entry, so each has its pages (only named entities get one)."""
    from bantin.entities import Kind, Registry

    registry = Registry.load(project.root / "content" / "entities.yml")
    lists = {kind.field: [e.id for e in registry if e.kind is kind] for kind in Kind}
    project.article("2023-06-01-moi-thuc-the", title="Bài nêu mọi thực thể", date="2023-06-01", **lists)


def _counts(output: str) -> tuple[int, int]:
    """(rendered, reused) from the plugin's debug line."""
    match = re.search(r"Rendered (\d+) pages, reused (\d+)", output)
    assert match, output
    return int(match.group(1)), int(match.group(2))


def test_a_rebuild_reuses_every_page_and_writes_the_same_site(seeded: Project, tmp_path: Path) -> None:
    first = seeded.build("-v")
    rendered, reused = _counts(first.output)
    assert rendered > 50 and reused == 0
    cold = _tree(seeded.site)
    again = seeded.build("-v")
    assert _counts(again.output) == (0, rendered)
    assert "1 part(s) by year, 0 indexed again" in again.output  # the search index too
    assert _tree(seeded.site) == cold


def test_an_edit_renders_only_what_shows_it_and_matches_a_cold_build(seeded: Project, tmp_path: Path) -> None:
    seeded.article("2023-01-02-bai-khac", title="Một bài năm khác", date="2023-01-02")
    _name_every_entity(seeded)
    assert seeded.build().exit_code == 0
    article = next((seeded.content / "articles" / "2021").glob("2021-10-15-*.md"))
    article.write_text(article.read_text(encoding="utf-8").replace("song phương.", "song phương, đa phương."))
    result = seeded.build("-v")
    rendered, reused = _counts(result.output)
    assert 0 < rendered < reused
    assert "2 part(s) by year, 1 indexed again" in result.output  # 2021's part only
    _set(seeded, "cache: false")
    cold = tmp_path / "cold"
    assert seeded.build("-d", str(cold)).exit_code == 0
    assert _tree(seeded.site) == _tree(cold)
    assert "song phương, đa phương." in (
        seeded.site / "2021/10/chia-se-kinh-nghiem-ve-cong-tac-xay-dung-dang-giua-viet-nam-va-lao/index.html"
    ).read_text(encoding="utf-8")


def test_the_sitemap_is_written_again_only_when_its_pages_change(seeded: Project) -> None:
    assert seeded.build().exit_code == 0
    sitemap = seeded.site / "sitemap.xml"
    before = (sitemap.stat().st_ino, sitemap.read_bytes(), (seeded.site / "sitemap.xml.gz").read_bytes())
    assert seeded.build().exit_code == 0  # nothing changed: the files the site holds stay
    assert (
        sitemap.stat().st_ino,
        sitemap.read_bytes(),
        (seeded.site / "sitemap.xml.gz").read_bytes(),
    ) == before
    seeded.article("2023-01-02-bai-moi", title="Một bài mới", date="2023-01-02")
    assert seeded.build().exit_code == 0
    assert "/2023/01/mot-bai-moi/</loc>" in sitemap.read_text(encoding="utf-8")
    assert gzip.decompress((seeded.site / "sitemap.xml.gz").read_bytes()) == sitemap.read_bytes()


def test_a_theme_change_renders_every_page_again(seeded: Project) -> None:
    first = seeded.build("-v")
    total = sum(_counts(first.output))
    style = seeded.root / "theme" / "base.html"
    style.write_text(
        style.read_text(encoding="utf-8").replace("<body", "<body data-changed"), encoding="utf-8"
    )
    result = seeded.build("-v")
    assert _counts(result.output) == (total, 0)
    assert "data-changed" in (seeded.site / "index.html").read_text(encoding="utf-8")


def test_one_or_several_processes_write_the_same_site(seeded: Project, tmp_path: Path) -> None:
    _set(seeded, "cache: false")
    _name_every_entity(seeded)  # enough pages for two processes
    assert "in 2 process(es)" in seeded.build("-v", "-d", str(tmp_path / "two")).output
    _set(seeded, "workers: 1")
    assert "in 1 process(es)" in seeded.build("-v", "-d", str(tmp_path / "one")).output
    assert _tree(tmp_path / "one") == _tree(tmp_path / "two")


@pytest.mark.parametrize("where", ["site", "other folder"])
def test_links_of_a_reused_page_are_still_checked(seeded: Project, tmp_path: Path, where: str) -> None:
    """Over the same site the page is left as it is; into another folder it comes from the page
    cache (whose links are kept apart from the page): either way its links are checked again."""
    seeded.write("content/gioi-thieu.md", "# Giới thiệu\n")
    article = next((seeded.content / "articles" / "2021").glob("2021-12-08-*.md"))
    article.write_text(
        article.read_text(encoding="utf-8") + "\nXem [giới thiệu](../../../gioi-thieu/).\n", encoding="utf-8"
    )
    assert seeded.build("--strict").exit_code == 0
    (seeded.content / "gioi-thieu.md").unlink()
    folder = ["-d", str(tmp_path / "other")] if where == "other folder" else []
    result = seeded.build("--strict", "-v", *folder)
    assert result.exit_code == 1
    assert "link '../../../gioi-thieu/' leads to no page of the site" in result.output
    rendered, reused = _counts(result.output)
    assert reused > rendered  # the article's page among them: nothing it shows changed


def test_a_cached_article_is_checked_against_todays_registry(seeded: Project) -> None:
    assert seeded.build().exit_code == 0
    assert (seeded.root / ".cache" / "bantin" / "articles.pickle").is_file()
    registry = seeded.content / "entities.yml"
    text = registry.read_text(encoding="utf-8")
    start = text.index("- id: khamphan-phommathat")
    end = text.index("\n- id:", start + 1)
    registry.write_text(text[:start] + text[end + 1 :], encoding="utf-8")
    result = seeded.build()
    assert result.exit_code == 1
    assert (
        "2021-12-08-tang-cuong-hop-tac-giua-uy-ban-kiem-tra-trung-uong-dang-viet-nam-lao.md:13: people: unknown entity 'khamphan-phommathat'"
        in result.output
    )
