"""What readers expect beyond the article: archives, related articles, feeds, sitemap, metadata."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

from tests.conftest import SITE_URL, Project
from tests.site.html import all_pages, file_for, page

ATOM = "{http://www.w3.org/2005/Atom}"
ARTICLE_10 = "2021/10/chia-se-kinh-nghiem-ve-cong-tac-xay-dung-dang-giua-viet-nam-va-lao/"
ARTICLE_12 = "2021/12/tang-cuong-hop-tac-giua-uy-ban-kiem-tra-trung-uong-dang-viet-nam-lao/"


def test_archives_by_year_and_month_in_both_languages(repo_site: Path) -> None:
    index = page(repo_site, "luu-tru/")
    assert {index.resolve(h) for h in index.hrefs("//ul[@class='archive']//a")} == {
        "2021/",
        "2021/10/",
        "2021/12/",
    }
    assert "Tháng 10/2021" in index.text() and "Tháng 12/2021" in index.text()
    english = page(repo_site, "en/archive/")
    assert "October 2021" in english.text()
    assert english.resolve(english.one("//a[@class='lang-switch']").get("href")) == "luu-tru/"
    month = page(repo_site, "en/2021/12/")
    assert [month.resolve(h) for h in month.hrefs("//li[@class='card']//h2/a")] == ["en/" + ARTICLE_12]
    year = page(repo_site, "2021/")
    assert [year.resolve(h) for h in year.hrefs("//li[@class='card']//h2/a")] == [ARTICLE_12, ARTICLE_10]


def test_related_articles_share_entities(repo_site: Path) -> None:
    article = page(repo_site, ARTICLE_10)
    assert [article.resolve(h) for h in article.hrefs("//section[@class='related']//a")] == [ARTICLE_12]
    digest = page(repo_site, "en/" + ARTICLE_10)
    assert [digest.resolve(h) for h in digest.hrefs("//section[@class='related']//a")] == ["en/" + ARTICLE_12]


def test_related_by_shared_entities_then_recency(project: Project) -> None:
    common = {"places": ["viet-nam", "lao"]}
    project.article("2022-01-01-goc", title="Bài gốc", date="2022-01-01", people=["tran-cam-tu"], **common)
    project.article("2022-01-02-chi-noi-chung", title="Chỉ có nơi chốn", date="2022-01-02", **common)
    project.article("2022-06-01-cung-nguoi", title="Cùng nhân vật", date="2022-06-01", people=["tran-cam-tu"])
    project.article("2022-01-03-khong-lien-quan", title="Không liên quan", date="2022-01-03")
    project.article("2021-05-01-cu-hon", title="Cũ hơn", date="2021-05-01", people=["tran-cam-tu"])
    assert project.build().exit_code == 0
    article = page(project.site, "2022/01/bai-goc/")
    assert [article.resolve(h) for h in article.hrefs("//section[@class='related']//a")] == [
        "2022/01/chi-co-noi-chon/",  # two shared entities
        "2022/06/cung-nhan-vat/",  # one, newer
        "2021/05/cu-hon/",  # one, older
    ]


def test_entity_pages_are_paginated_and_show_co_named_entities(project: Project) -> None:
    config = project.config.read_text(encoding="utf-8").replace("per_page: 20", "per_page: 2")
    project.config.write_text(config, encoding="utf-8")
    for n in range(5):
        project.article(f"2022-02-0{n + 1}-b{n}", title=f"Bài {n}", date=f"2022-02-0{n + 1}",
                        people=["tran-cam-tu"], organizations=["dang-cong-san-viet-nam"] if n < 3 else [])  # fmt: skip
    assert project.build("--strict").exit_code == 0
    first, third = (
        page(project.site, "nhan-vat/tran-cam-tu/"),
        page(project.site, "nhan-vat/tran-cam-tu/page/3/"),
    )
    assert [a.text_content() for a in first.tree.xpath("//li[@class='card']//h2/a")] == ["Bài 4", "Bài 3"]
    assert [a.text_content() for a in third.tree.xpath("//li[@class='card']//h2/a")] == ["Bài 0"]
    assert "(5)" in first.text("//h2")
    named = first.tree.xpath("//section[@class='named-with']//a")
    assert [" ".join(a.text_content().split()) for a in named] == ["Đảng Cộng sản Việt Nam 3"]
    english = page(project.site, "en/people/tran-cam-tu/page/3/")
    assert (
        english.resolve(english.one("//a[@class='lang-switch']").get("href"))
        == "nhan-vat/tran-cam-tu/page/3/"
    )


def test_feeds_for_site_and_entities_are_atom_and_discoverable(repo_site: Path) -> None:
    entity = page(repo_site, "en/people/tran-cam-tu/")
    feeds = entity.tree.xpath("//link[@type='application/atom+xml']")
    hrefs = [entity.resolve(link.get("href")) for link in feeds]
    assert hrefs == ["en/feed.xml", "en/people/tran-cam-tu/feed.xml"]
    feed = ET.parse(repo_site / "en/people/tran-cam-tu/feed.xml").getroot()
    assert feed.tag == f"{ATOM}feed"
    for required in ("id", "title", "updated", "author"):
        assert feed.find(f"{ATOM}{required}") is not None, required
    entries = feed.findall(f"{ATOM}entry")
    assert [e.find(f"{ATOM}link").get("href") for e in entries] == [SITE_URL + "en/" + ARTICLE_12]
    for entry in entries:
        for required in ("id", "title", "updated", "summary"):
            assert entry.find(f"{ATOM}{required}") is not None
    assert feed.find(f"{ATOM}link[@rel='self']").get("href") == SITE_URL + "en/people/tran-cam-tu/feed.xml"
    vi = ET.parse(repo_site / "nhan-vat/vo-van-thuong/feed.xml").getroot()
    assert (
        vi.find(f"{ATOM}entry/{ATOM}title").text
        == "Chia sẻ kinh nghiệm về công tác xây dựng đảng giữa Việt Nam và Lào"
    )


def test_sitemap_has_hreflang_alternates_and_robots_points_to_it(repo_site: Path) -> None:
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    urls = ET.parse(repo_site / "sitemap.xml").getroot().findall("s:url", ns)
    by_loc = {u.find("s:loc", ns).text: u for u in urls}
    article = by_loc[SITE_URL + ARTICLE_12]
    alternates = {a.get("hreflang"): a.get("href") for a in article.findall("x:link", ns)}
    assert alternates == {"vi": SITE_URL + ARTICLE_12, "en": SITE_URL + "en/" + ARTICLE_12}
    assert article.find("s:lastmod", ns).text == "2021-12-08"
    for loc in by_loc:
        assert file_for(repo_site, loc.removeprefix(SITE_URL)) is not None, loc
    robots = (repo_site / "robots.txt").read_text(encoding="utf-8")
    assert f"Sitemap: {SITE_URL}sitemap.xml" in robots


def test_every_article_page_has_valid_news_article_json_ld(repo_site: Path) -> None:
    articles = [p for p in all_pages(repo_site) if p.tree.xpath("//article[@class='article']")]
    assert len(articles) == 4
    for current in articles:
        (script,) = current.tree.xpath("//script[@type='application/ld+json']")
        data = json.loads(script.text)
        assert data["@context"] == "https://schema.org" and data["@type"] == "NewsArticle"
        assert data["headline"] == current.one("//h1").text_content()[:110]
        assert data["headline"] in script.text  # Vietnamese as it is, not \uXXXX escapes
        assert data["datePublished"] in {"2021-10-15", "2021-12-08"}
        assert data["inLanguage"] == current.lang
        assert data["url"] == SITE_URL + current.url
        assert data["publisher"]["name"] and data["author"]["name"]
        assert data["about"] and all(
            file_for(repo_site, a["url"].removeprefix(SITE_URL)) for a in data["about"]
        )
        hreflangs = {
            link.get("hreflang") for link in current.tree.xpath("//link[@rel='alternate'][@hreflang]")
        }
        assert {"vi", "en"} <= hreflangs
    person = json.loads(
        page(repo_site, "en/people/tran-cam-tu/").one("//script[@type='application/ld+json']").text
    )
    assert (
        person["@type"] == "Person"
        and person["name"] == "Tran Cam Tu"
        and "Trần Cẩm Tú" in person["alternateName"]
    )


def test_json_ld_cannot_be_closed_by_a_title(project: Project) -> None:
    project.article("2022-03-04-x", title="</script><script>window.pwned=1</script>")
    assert project.build().exit_code == 0
    html = next((project.site / "2022" / "03").glob("*/index.html")).read_text(encoding="utf-8")
    assert "</script><script>window.pwned" not in html
    assert "\\u003c/script\\u003e" in html


def test_article_page_weighs_under_50_kb(repo_site: Path) -> None:
    css = (repo_site / "assets" / "style.css").stat().st_size
    for url in (ARTICLE_10, ARTICLE_12, "en/" + ARTICLE_12):
        html = (repo_site / url / "index.html").stat().st_size
        assert html + css < 50_000, (url, html, css)


def test_open_graph_and_twitter_cards(repo_site: Path) -> None:
    article = page(repo_site, ARTICLE_12)
    meta = {m.get("property") or m.get("name"): m.get("content") for m in article.tree.xpath("//meta")}
    assert meta["og:type"] == "article" and meta["og:url"] == SITE_URL + ARTICLE_12
    assert meta["twitter:card"] == "summary_large_image" and meta["og:locale"] == "vi_VN"
    assert meta["og:image"] == SITE_URL + ARTICLE_12 + "card.png" == meta["twitter:image"]
    assert (meta["og:image:width"], meta["og:image:height"]) == ("1200", "630")
    assert (repo_site / ARTICLE_12 / "card.png").is_file()
    assert meta["description"].startswith("Ngày 8/12, Ủy viên Bộ Chính trị")


def test_entity_pages_show_dates_parent_children_and_structured_data(repo_site: Path) -> None:
    plenum = page(repo_site, "en/events/hoi-nghi-trung-uong-4-khoa-xiii/")
    facts = {dt.text_content(): dd for dt, dd in zip(plenum.tree.xpath("//dl[@class='facts']/dt"),
                                                      plenum.tree.xpath("//dl[@class='facts']/dd"), strict=True)}  # fmt: skip
    assert facts["When"].text_content() == "4 October 2021 – 7 October 2021"
    parent = facts["Part of"].find("a")
    assert (
        plenum.resolve(parent.get("href"))
        == "en/organizations/ban-chap-hanh-trung-uong-dang-cong-san-viet-nam/"
    )
    data = json.loads(plenum.one("//script[@type='application/ld+json']").text)
    assert data["@type"] == "Event" and data["startDate"] == "2021-10-04" and data["endDate"] == "2021-10-07"
    committee = page(repo_site, "to-chuc/ban-chap-hanh-trung-uong-dang-cong-san-viet-nam/")
    members = {committee.resolve(h) for h in committee.hrefs("//dl[@class='facts']//ul//a")}
    assert "su-kien/hoi-nghi-trung-uong-4-khoa-xiii/" in members


def test_pages_with_a_feed_link_its_json_feed_too(repo_site: Path) -> None:
    entity = page(repo_site, "en/people/tran-cam-tu/")
    links = entity.tree.xpath("//link[@type='application/feed+json']")
    assert [entity.resolve(link.get("href")) for link in links] == [
        "en/feed.json",
        "en/people/tran-cam-tu/feed.json",
    ]
    home = page(repo_site, "")
    assert [
        home.resolve(link.get("href")) for link in home.tree.xpath("//link[@type='application/feed+json']")
    ] == ["feed.json"]
    feed = json.loads((repo_site / "en/people/tran-cam-tu/feed.json").read_text(encoding="utf-8"))
    assert feed["version"] == "https://jsonfeed.org/version/1.1" and feed["language"] == "en"
    assert feed["feed_url"] == SITE_URL + "en/people/tran-cam-tu/feed.json"
    atom = ET.parse(repo_site / "en/people/tran-cam-tu/feed.xml").getroot()
    assert [i["url"] for i in feed["items"]] == [
        e.find(f"{ATOM}link").get("href") for e in atom.findall(f"{ATOM}entry")
    ]
    assert all(i["id"] and i["content_text"] for i in feed["items"])
