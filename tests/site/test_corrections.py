"""Corrections and updates: told at the end of the article, in its data, feeds, sitemap and a page."""

from __future__ import annotations

import json

from lxml import etree

from tests.conftest import Project
from tests.site.html import Page, page

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
HOSTILE = '<script>alert(1)</script><a href="javascript:alert(2)">x</a>'


def _write(project: Project) -> None:
    project.article(
        "2021-10-15-sua-loi", title="Bài có đính chính", date="2021-10-15", title_en="A corrected story",
        updated="2021-10-18",
        corrections=[
            {"date": "2021-10-16", "text": "Sửa tên đoàn đại biểu.", "text_en": "The delegation's name was corrected."},
            {"date": "2021-10-20", "text": f"Sửa số liệu {HOSTILE}"},
        ],
    )  # fmt: skip
    project.article("2021-10-14-khac", title="Bài khác", date="2021-10-14", corrections=[
        {"date": "2021-10-17", "text": "Sửa ngày."},
    ])  # fmt: skip
    project.article("2021-10-13-khong-sua", title="Bài không sửa", date="2021-10-13")


def _json_ld(article: Page) -> dict:
    return json.loads(article.one("//script[@type='application/ld+json']").text)


def test_corrections_are_told_everywhere(project: Project) -> None:
    _write(project)
    result = project.build("--strict")
    assert result.exit_code == 0, result.output
    site = project.site

    vi = page(site, "2021/10/bai-co-dinh-chinh/")
    notes = [" ".join(p.text_content().split()) for p in vi.tree.xpath("//p[@class='correction']")]
    assert notes == [
        "Đính chính 16/10/2021: Sửa tên đoàn đại biểu.",
        f"Đính chính 20/10/2021: Sửa số liệu {HOSTILE}",
    ]
    assert "Cập nhật 20/10/2021" in vi.text("//p[@class='meta']")
    en = page(site, "en/2021/10/bai-co-dinh-chinh/")
    notes_en = en.tree.xpath("//p[@class='correction']")
    assert " ".join(notes_en[0].text_content().split()) == (
        "Correction, 16 October 2021: The delegation's name was corrected."
    )
    assert notes_en[1].xpath("./span")[0].get("lang") == "vi"  # no English: the Vietnamese, marked
    for article in (vi, en):  # the text is text: nothing from it is an element or a link
        assert article.tree.xpath("//main//script") == []
        assert not any("javascript:" in h for h in article.hrefs())

    data = _json_ld(vi)
    assert data["datePublished"] == "2021-10-15" and data["dateModified"] == "2021-10-20"
    assert data["correction"] == [
        {"@type": "CorrectionComment", "datePublished": "2021-10-16", "text": "Sửa tên đoàn đại biểu."},
        {"@type": "CorrectionComment", "datePublished": "2021-10-20", "text": f"Sửa số liệu {HOSTILE}"},
    ]
    assert _json_ld(en)["correction"][0]["text"] == "The delegation's name was corrected."
    assert "dateModified" not in _json_ld(page(site, "2021/10/bai-khong-sua/"))
    assert "correction" not in _json_ld(page(site, "2021/10/bai-khong-sua/"))

    feed = etree.parse(str(site / "feed.xml")).getroot()
    updated = {e.findtext(f"{ATOM}title"): e.findtext(f"{ATOM}updated") for e in feed.iter(f"{ATOM}entry")}
    assert updated == {
        "Bài có đính chính": "2021-10-20T00:00:00Z",
        "Bài khác": "2021-10-17T00:00:00Z",
        "Bài không sửa": "2021-10-13T00:00:00Z",
    }
    assert feed.findtext(f"{ATOM}updated") == "2021-10-20T00:00:00Z"

    sitemap = etree.parse(str(site / "sitemap.xml")).getroot()
    lastmod = {
        u.findtext(f"{SITEMAP}loc"): u.findtext(f"{SITEMAP}lastmod") for u in sitemap.iter(f"{SITEMAP}url")
    }
    assert lastmod["https://example.github.io/tin-viet-lao/2021/10/bai-co-dinh-chinh/"] == "2021-10-20"
    assert lastmod["https://example.github.io/tin-viet-lao/en/2021/10/bai-khong-sua/"] == "2021-10-13"

    listing = page(site, "dinh-chinh/")
    items = [
        " ".join(li.text_content().split()) for li in listing.tree.xpath("//ul[@class='corrections']/li")
    ]
    assert items == [
        f"20/10/2021 · Bài có đính chính Sửa số liệu {HOSTILE}",
        "17/10/2021 · Bài khác Sửa ngày.",
        "16/10/2021 · Bài có đính chính Sửa tên đoàn đại biểu.",
    ]
    assert listing.resolve(listing.tree.xpath("//ul[@class='corrections']//a")[0].get("href")) == (
        "2021/10/bai-co-dinh-chinh/"
    )
    english = page(site, "en/corrections/")
    assert english.lang == "en" and english.one("//h1").text_content() == "Corrections"
    assert english.resolve(english.one("//a[@class='lang-switch']").get("href")) == "dinh-chinh/"
    assert "The delegation's name was corrected." in english.text()
    assert english.resolve(english.tree.xpath("//ul[@class='corrections']//a")[0].get("href")) == (
        "en/2021/10/bai-co-dinh-chinh/"
    )
    assert "dinh-chinh/" in [page(site, "").resolve(h) for h in page(site, "").hrefs("//footer//a")]


def test_a_site_without_corrections_says_so(project: Project) -> None:
    project.article("2021-10-13-khong-sua", title="Bài không sửa", date="2021-10-13")
    assert project.build("--strict").exit_code == 0
    assert "Chưa có đính chính nào." in page(project.site, "dinh-chinh/").text()
    assert "No corrections yet." in page(project.site, "en/corrections/").text()
    assert page(project.site, "2021/10/bai-khong-sua/").tree.xpath("//p[@class='correction']") == []


def test_a_bad_correction_names_the_file_and_line(project: Project) -> None:
    path = project.article(
        "2021-10-15-sai",
        title="Sai",
        date="2021-10-15",
        corrections=[{"date": "hôm qua", "text": "x"}, {"date": "2021-10-16"}],
    )
    result = project.build()
    assert result.exit_code == 1
    name = path.relative_to(project.root).as_posix()
    assert f"{name}:5: corrections.0.date: " in result.output
    assert f"{name}:7: corrections.1.text: Field required" in result.output
    assert "Traceback" not in result.output
