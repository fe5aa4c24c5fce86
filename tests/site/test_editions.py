"""Daily digest editions: a page per day, grouped by what the day names most, and a feed."""

from __future__ import annotations

import datetime as dt
import json

from lxml import etree, html

from tests.conftest import SITE_URL, Project
from tests.site.html import file_for, page
from tests.site.test_links import broken_links

ATOM = "{http://www.w3.org/2005/Atom}"


def _write(project: Project) -> None:
    day = "2021-10-15"
    project.article(f"{day}-a", title="Tin A về ông Tú", date=day, people=["tran-cam-tu"], lead="Dẫn A.",
                    title_en="Story A", summary_en="Summary A.", source="TTXVN")  # fmt: skip
    project.article(f"{day}-b", title="Tin B về ông Tú và ông Huệ", date=day, people=["tran-cam-tu", "vuong-dinh-hue"],
                    lead="Dẫn B.", title_en="Story B", summary_en="Summary B.")  # fmt: skip
    project.article(f"{day}-c", title="Tin C về ông Tú", date=day, people=["tran-cam-tu"], lead="Dẫn C.")
    project.article(f"{day}-d", title="Tin D không ai", date=day, lead="Dẫn D.", title_en="Story D")
    project.article("2021-10-14-e", title="Tin E hôm trước", date="2021-10-14", lead="Dẫn E.")
    project.article("2021-10-20-f", title="Tin F hôm sau", date="2021-10-20", lead="Dẫn F <b>&</b>.")


def _groups(edition: html.HtmlElement) -> list[tuple[str, list[str]]]:
    return [
        (
            " ".join(s.xpath("string(./h2)").split()),
            [" ".join(a.text_content().split()) for a in s.xpath(".//h3/a")],
        )
        for s in edition.xpath("//section[@class='edition-group']")
    ]


def test_a_page_per_day_grouped_by_what_it_names_most(project: Project) -> None:
    _write(project)
    result = project.build("--strict")
    assert result.exit_code == 0, result.output
    site = project.site
    day = page(site, "ban-tin/2021-10-15/")
    assert day.one("//h1").text_content() == "Bản tin ngày 15/10/2021"
    assert _groups(day.tree) == [  # the day's articles keep the site's order (newest, then by file)
        ("Trần Cẩm Tú", ["Tin C về ông Tú", "Tin B về ông Tú và ông Huệ", "Tin A về ông Tú"]),
        ("Tin khác", ["Tin D không ai"]),
    ]
    assert "Dẫn B." in day.text() and "Dẫn D." in day.text()
    heading = day.one("//section[@class='edition-group']/h2/a")
    assert day.resolve(heading.get("href")) == "nhan-vat/tran-cam-tu/"
    assert day.resolve(day.one("//a[@rel='prev']").get("href")) == "ban-tin/2021-10-14/"
    assert day.resolve(day.one("//a[@rel='next']").get("href")) == "ban-tin/2021-10-20/"
    assert day.resolve(day.one("//a[@class='lang-switch']").get("href")) == "en/digest/2021-10-15/"
    first, last = page(site, "ban-tin/2021-10-14/"), page(site, "ban-tin/2021-10-20/")
    assert not first.tree.xpath("//a[@rel='prev']") and not last.tree.xpath("//a[@rel='next']")
    assert len(last.tree.xpath("//section[@class='edition-group']/h2")) == 0  # one article: no heading
    assert "Dẫn F <b>&</b>." in last.text()  # a lead is text, escaped
    assert file_for(site, "ban-tin/2021-10-16/") is None  # a day without articles has no edition

    english = page(site, "en/digest/2021-10-15/")
    assert english.lang == "en" and english.one("//h1").text_content() == "Daily digest, 15 October 2021"
    assert [g for g, _ in _groups(english.tree)] == ["Tran Cam Tu", "Other news"]
    assert "Summary A." in english.text() and "Dẫn A." not in english.text()
    untranslated = english.tree.xpath("//h3/a[@lang='vi']")
    assert [a.text_content() for a in untranslated] == ["Tin C về ông Tú"]

    index = page(site, "ban-tin/")
    days = [index.resolve(h) for h in index.hrefs("//ol[@class='editions']//h2/a")]
    assert days == ["ban-tin/2021-10-20/", "ban-tin/2021-10-15/", "ban-tin/2021-10-14/"]
    assert "4 bài" in index.text() and "1 article" in page(site, "en/digest/").text()
    for home, target in (("", "ban-tin/"), ("en/", "en/digest/")):
        assert (
            page(site, home).resolve(page(site, home).one("//p[@class='digest-link']/a").get("href"))
            == target
        )
    assert broken_links(site) == []


def test_a_digest_feed_per_language_one_entry_per_day(project: Project) -> None:
    _write(project)
    assert project.build("--strict").exit_code == 0
    for lang, path, headline, summary in (
        ("vi", "ban-tin/feed.xml", "Tin B về ông Tú và ông Huệ", "Dẫn B."),
        ("en", "en/digest/feed.xml", "Story B", "Summary B."),
    ):
        feed = etree.parse(str(project.site / path)).getroot()
        assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == lang
        entries = feed.findall(f"{ATOM}entry")
        prefix = SITE_URL + ("" if lang == "vi" else "en/")
        segment = "ban-tin" if lang == "vi" else "digest"
        assert [e.findtext(f"{ATOM}id") for e in entries] == [
            f"{prefix}{segment}/2021-10-20/", f"{prefix}{segment}/2021-10-15/", f"{prefix}{segment}/2021-10-14/",
        ]  # fmt: skip
        day = entries[1]
        assert headline in day.findtext(f"{ATOM}summary")
        content = html.fragment_fromstring(day.findtext(f"{ATOM}content"), create_parent="div")
        titles = [a.text_content() for a in content.xpath(".//a")]
        assert headline in titles and len(titles) == 4
        assert summary in content.text_content()
        assert content.xpath(".//a")[0].get("href").startswith(prefix)  # absolute: it is read in mail
        assert content.xpath(".//script") == []
        assert feed.find(f"{ATOM}link[@rel='self']").get("href") == SITE_URL + path
    edition = page(project.site, "ban-tin/2021-10-15/")
    feed_link = edition.one("//link[@type='application/atom+xml'][@title='Bản tin hằng ngày (Atom)']")
    assert edition.resolve(feed_link.get("href")) == "ban-tin/feed.xml"
    json_link = edition.one("//link[@type='application/feed+json'][@title='Bản tin hằng ngày']")
    assert edition.resolve(json_link.get("href")) == "ban-tin/feed.json"


def test_a_digest_json_feed_beside_each_digest_feed(project: Project) -> None:
    _write(project)
    assert project.build("--strict").exit_code == 0
    for path, atom in (
        ("ban-tin/feed.json", "ban-tin/feed.xml"),
        ("en/digest/feed.json", "en/digest/feed.xml"),
    ):
        data = json.loads((project.site / path).read_text(encoding="utf-8"))
        assert data["version"] == "https://jsonfeed.org/version/1.1" and data["feed_url"] == SITE_URL + path
        assert data["title"] and data["home_page_url"].startswith(SITE_URL)
        entries = etree.parse(str(project.site / atom)).getroot().findall(f"{ATOM}entry")
        assert [item["id"] for item in data["items"]] == [e.findtext(f"{ATOM}id") for e in entries]
        for item in data["items"]:
            assert item["url"] == item["id"] and item["title"] and item["content_text"].strip()
            dt.datetime.fromisoformat(item["date_published"])
    english = json.loads((project.site / "en/digest/feed.json").read_text(encoding="utf-8"))
    assert "Story B" in english["items"][1]["content_text"]


def test_the_article_page_stays_small(project: Project) -> None:
    corrections = [
        {"date": f"2021-10-{d}", "text": "Sửa một chi tiết nhỏ.", "text_en": "A detail."} for d in (16, 17)
    ]
    project.article("2021-10-15-a", title="Tin A", date="2021-10-15T09:30:00+07:00", people=["tran-cam-tu"],
                    aliases=["2021/10/tin-a-cu/"], corrections=corrections, updated="2021-10-18",
                    body="Đoạn văn của bài. " * 200 + "\n")  # fmt: skip
    assert project.build("--strict").exit_code == 0
    for url in ("2021/10/tin-a/", "en/2021/10/tin-a/", "ban-tin/2021-10-15/"):
        assert file_for(project.site, url).stat().st_size < 50_000, url
