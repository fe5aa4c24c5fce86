"""Old addresses: an article's `aliases` and an entity's `aliases_ids` send readers on."""

from __future__ import annotations

import re

from lxml import etree

from tests.conftest import SITE_URL, Project
from tests.site.html import file_for, page
from tests.site.test_links import broken_links

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def _rename_tran_cam_tu(project: Project) -> None:
    registry = project.content / "entities.yml"
    text = registry.read_text(encoding="utf-8")
    text = text.replace("- id: tran-cam-tu\n", "- id: tran-cam-tu\n  aliases_ids: [tran-cam-tu-cu]\n", 1)
    registry.write_text(text, encoding="utf-8")


def _follow(project: Project, url: str) -> str:
    """Where the redirect page at `url` sends readers (site path), checked three ways."""
    moved = page(project.site, url)
    refresh = moved.one("//meta[@http-equiv='refresh']").get("content")
    match = re.fullmatch(r"0; url=(\S+)", refresh)
    assert match, refresh
    target = moved.resolve(match.group(1))
    assert moved.resolve(moved.one("//body//a").get("href")) == target  # a visible link
    assert moved.one("//link[@rel='canonical']").get("href") == SITE_URL + target
    assert moved.one("//meta[@name='robots']").get("content") == "noindex"
    assert file_for(project.site, target) is not None, target  # it resolves to the live page
    return target


def test_old_addresses_send_readers_to_the_live_page(project: Project) -> None:
    _rename_tran_cam_tu(project)
    project.article(
        "2021-10-15-tieu-de-moi", title="Tiêu đề mới", date="2021-10-15", title_en="New headline",
        aliases=["2021/10/tieu-de-cu/", "2021/09/ban-dau"], people=["tran-cam-tu"],
    )  # fmt: skip
    result = project.build("--strict")
    assert result.exit_code == 0, result.output
    assert _follow(project, "2021/10/tieu-de-cu/") == "2021/10/tieu-de-moi/"
    assert _follow(project, "2021/09/ban-dau/") == "2021/10/tieu-de-moi/"
    assert _follow(project, "en/2021/10/tieu-de-cu/") == "en/2021/10/tieu-de-moi/"
    assert page(project.site, "en/2021/10/tieu-de-cu/").lang == "en"
    assert _follow(project, "nhan-vat/tran-cam-tu-cu/") == "nhan-vat/tran-cam-tu/"
    assert _follow(project, "en/people/tran-cam-tu-cu/") == "en/people/tran-cam-tu/"

    sitemap = etree.parse(str(project.site / "sitemap.xml")).getroot()
    locs = {loc.text for loc in sitemap.iter(f"{SITEMAP}loc")}
    assert SITE_URL + "2021/10/tieu-de-moi/" in locs
    assert not any("tieu-de-cu" in loc or "ban-dau" in loc or "tran-cam-tu-cu" in loc for loc in locs)
    for listing in ("", "en/", "2021/", "2021/10/", "nhan-vat/", "en/people/", "luu-tru/"):
        assert not any(
            "tieu-de-cu" in h or "-cu/" in h or "ban-dau" in h for h in page(project.site, listing).hrefs()
        )
    assert file_for(project.site, "2021/09/") is None  # the old month has no articles: no listing
    assert broken_links(project.site) == []


def test_a_redirect_may_not_replace_a_page(project: Project) -> None:
    project.article("2021-10-15-mot", title="Bài một", date="2021-10-15")
    taker = project.article(
        "2021-10-16-hai", title="Bài hai", date="2021-10-16", aliases=["2021/10/bai-mot/"]
    )
    other = project.article("2021-10-17-ba", title="Bài ba", date="2021-10-17", aliases=["luu-tru"])
    result = project.build()
    assert result.exit_code == 1
    output = result.output
    name = taker.relative_to(project.root).as_posix()
    assert re.search(
        rf"{re.escape(name)}:\d+: redirect '2021/10/bai-mot/' would overwrite the page of "
        r"\S*content/articles/2021/2021-10-15-mot\.md \(/2021/10/bai-mot/\)",
        output,
    ), output
    assert f"{other.relative_to(project.root).as_posix()}:" in output
    assert "redirect 'luu-tru/' would overwrite the page /luu-tru/" in output
    assert "Traceback" not in output and not (project.site / "index.html").exists()


def test_alias_paths_are_checked(project: Project) -> None:
    bad = ["https://evil.example/x", "/2021/10/x/", "2021/../../etc", "en/2021/10/x/", "a b/"]
    path = project.article("2021-10-15-mot", title="Bài một", date="2021-10-15", aliases=bad)
    result = project.build()
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if "aliases." in line]
    assert len(lines) == len(bad), result.output
    assert all(path.relative_to(project.root).as_posix() in line for line in lines)
    assert "must be a path of this site" in result.output and "not absolute" in result.output
    assert "may not contain '.' or '..'" in result.output


def test_an_old_id_may_not_be_another_entitys(project: Project) -> None:
    registry = project.content / "entities.yml"
    text = registry.read_text(encoding="utf-8")
    registry.write_text(
        text.replace("- id: tran-cam-tu\n", "- id: tran-cam-tu\n  aliases_ids: [vuong-dinh-hue]\n", 1),
        encoding="utf-8",
    )
    project.article("2021-10-15-mot", title="Bài một", date="2021-10-15")
    result = project.build()
    assert result.exit_code == 1
    assert re.search(
        r"entities\.yml:\d+: aliases_ids: 'vuong-dinh-hue' is also the id of 'vuong-dinh-hue'", result.output
    )
