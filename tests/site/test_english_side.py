"""The English side, honest: an article without an English title is never listed as if its
Vietnamese headline were English; Vietnamese text on English pages is marked lang="vi"."""

from __future__ import annotations

import datetime as dt
import json
import xml.etree.ElementTree as ET

from bantin.core.article import Article
from bantin.entities import Entity, Kind, Registry
from bantin.site.gloss import english_gloss
from tests.conftest import Project
from tests.site.html import all_pages, page

ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
UNTRANSLATED = "2022/03/hai-nha-lanh-dao-hoi-dam/"
TRANSLATED = "2022/03/hop-tac-giao-duc/"


def _site(project: Project, listing: str | None = None) -> None:
    if listing:
        config = project.config.read_text(encoding="utf-8")
        project.config.write_text(
            config.replace("  - bantin:\n", f"  - bantin:\n      english_listing: {listing}\n"), "utf-8"
        )
    project.article("2022-03-05-hai", title="Hai nhà lãnh đạo hội đàm", date="2022-03-05", source="Nhân Dân",
                    people=["vo-van-thuong", "bounthong-chitmany"], organizations=["dang-cong-san-viet-nam"])  # fmt: skip
    project.article("2022-03-04-mot", title="Hợp tác giáo dục", date="2022-03-04", source="TTXVN",
                    title_en="Cooperation in education", summary_en="Both sides agreed.",
                    people=["vo-van-thuong"])  # fmt: skip


def test_the_gloss_names_people_then_organizations_in_english_and_skips_names_without_english() -> None:
    registry = Registry([
        Entity(id="a", kind=Kind.PERSON, name="Võ Văn Thưởng", name_en="Vo Van Thuong", description="x"),
        Entity(id="b", kind=Kind.PERSON, name="Bun-thoong Chít-ma-ny", name_en="Bounthong Chitmany", description="x"),
        Entity(id="c", kind=Kind.ORGANIZATION, name="Đảng Cộng sản Việt Nam", name_en="Communist Party of Vietnam", description="x"),
        Entity(id="d", kind=Kind.ORGANIZATION, name="Hội Nông dân xã", description="x"),
    ])  # fmt: skip
    article = Article(
        title="T", date=dt.date(2022, 3, 5), src_uri="a.md", organizations=["c", "d"], people=["a", "b"]
    )
    assert (
        english_gloss(article, registry)
        == "Report on Vo Van Thuong, Bounthong Chitmany; Communist Party of Vietnam"
    )
    assert english_gloss(article.model_copy(update={"people": [], "organizations": ["d"]}), registry) is None


def test_english_listings_label_an_untranslated_headline_and_gloss_it(project: Project) -> None:
    _site(project)
    assert project.build("--strict").exit_code == 0
    home = page(project.site, "en/")
    cards = home.tree.xpath("//li[@class='card']")
    assert len(cards) == 2
    untranslated, translated = cards
    title = untranslated.xpath(".//h2/a")[0]
    assert title.get("lang") == "vi" and title.text_content() == "Hai nhà lãnh đạo hội đàm"
    gloss = untranslated.xpath(".//p[@class='gloss']")[0].text_content()
    assert gloss == "In Vietnamese · Report on Vo Van Thuong, Bounthong Chitmany; Communist Party of Vietnam"
    assert untranslated.xpath(".//span[@class='source']/@lang") == ["vi"]
    assert translated.xpath(".//h2/a")[0].get("lang") is None
    assert translated.xpath(".//p[@class='gloss']") == []
    # the English digest of the untranslated article says so too
    digest = page(project.site, "en/" + UNTRANSLATED)
    assert digest.one("//h1").get("lang") == "vi"
    assert "In Vietnamese · Report on Vo Van Thuong" in digest.one("//p[@class='gloss']").text_content()
    assert digest.tree.xpath("//p[@class='meta']//span[@class='source']/@lang") == ["vi"]
    # the English feeds mark the Vietnamese headline and say what it is about in English
    atom = ET.parse(project.site / "en/feed.xml").getroot()
    entry = atom.find(f"{ATOM}entry")
    assert entry.find(f"{ATOM}title").get(XML_LANG) == "vi"
    assert entry.findtext(f"{ATOM}summary").startswith("In Vietnamese · Report on Vo Van Thuong")
    items = json.loads((project.site / "en/feed.json").read_text(encoding="utf-8"))["items"]
    assert items[0]["content_text"].startswith("In Vietnamese · Report on")


def test_no_vietnamese_headline_on_an_english_page_without_lang_vi(project: Project) -> None:
    _site(project)
    assert project.build("--strict").exit_code == 0
    headline = "Hai nhà lãnh đạo hội đàm"
    checked = 0
    for english in (p for p in all_pages(project.site) if p.lang == "en"):
        for node in english.tree.xpath(f"//body//*[text()[contains(., '{headline}')]]"):
            marked = node.xpath("ancestor-or-self::*[@lang][1]/@lang")
            assert marked == ["vi"], f"{english.url}: {node.tag} holds the Vietnamese headline unmarked"
            checked += 1
    assert checked >= 4  # home, month, year, entity pages, the digest itself…


def test_english_listing_translated_leaves_untranslated_articles_out(project: Project) -> None:
    _site(project, "translated")
    assert project.build("--strict").exit_code == 0
    home = page(project.site, "en/")
    assert [home.resolve(h) for h in home.hrefs("//li[@class='card']//h2/a")] == ["en/" + TRANSLATED]
    person = page(project.site, "en/people/bounthong-chitmany/")  # named only by the untranslated one
    assert person.tree.xpath("//li[@class='card']") == []
    assert page(project.site, "en/" + UNTRANSLATED).one("//h1").get("lang") == "vi"  # its page is still there
    assert [
        e.findtext(f"{ATOM}title")
        for e in ET.parse(project.site / "en/feed.xml").getroot().iter(f"{ATOM}entry")
    ] == ["Cooperation in education"]
    vietnamese = page(project.site, "")
    assert len(vietnamese.tree.xpath("//li[@class='card']")) == 2


def test_english_listing_translated_keeps_counterparts_of_longer_vietnamese_lists(project: Project) -> None:
    config = project.config.read_text(encoding="utf-8").replace("per_page: 20", "per_page: 1")
    project.config.write_text(config, encoding="utf-8")
    _site(project, "translated")
    assert project.build("--strict").exit_code == 0
    second = page(project.site, "page/2/")  # the Vietnamese home has two pages, the English one
    switch = second.one("//a[@class='lang-switch']").get("href")
    assert second.resolve(switch) == "en/"
    assert not (project.site / "en/page/2/index.html").exists()


def test_english_text_on_vietnamese_pages_is_marked_lang_en(project: Project) -> None:
    _site(project)
    assert project.build("--strict").exit_code == 0
    checked = 0
    for vietnamese in (p for p in all_pages(project.site) if p.lang == "vi"):
        for node in vietnamese.tree.xpath("//body//*[text()[contains(., 'Cooperation in education')]]"):
            assert node.xpath("ancestor-or-self::*[@lang][1]/@lang") == ["en"], vietnamese.url
            checked += 1
    assert checked >= 1  # the English summary box of the Vietnamese article
