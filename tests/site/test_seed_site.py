"""Our real site, built from the two seed articles: every URL of the skeleton issue."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.site.html import all_pages, file_for, page

SEEDS = {
    "vi": [
        "2021/10/chia-se-kinh-nghiem-ve-cong-tac-xay-dung-dang-giua-viet-nam-va-lao/",
        "2021/12/tang-cuong-hop-tac-giua-uy-ban-kiem-tra-trung-uong-dang-viet-nam-lao/",
    ],
}
SEEDS["en"] = ["en/" + url for url in SEEDS["vi"]]
KIND_PATHS = [
    ("to-chuc", "organizations"),
    ("nhan-vat", "people"),
    ("su-kien", "events"),
    ("dia-danh", "places"),
]
TAGGED = {
    "to-chuc": ["dang-cong-san-viet-nam", "dang-nhan-dan-cach-mang-lao",
                "uy-ban-kiem-tra-trung-uong-dang-cong-san-viet-nam",
                "ban-kiem-tra-trung-uong-dang-nhan-dan-cach-mang-lao"],
    "nhan-vat": ["vo-van-thuong", "bounthong-chitmany", "tran-cam-tu", "khamphan-phommathat"],
    "su-kien": ["hoi-nghi-trung-uong-4-khoa-xiii", "ky-niem-60-nam-thiet-lap-quan-he-ngoai-giao-viet-nam-lao",
                "dai-hoi-xiii-cua-dang-cong-san-viet-nam", "thoa-thuan-hop-tac-kiem-tra-viet-nam-lao-2022-2026"],
    "dia-danh": ["viet-nam", "lao"],
}  # fmt: skip


def test_every_url_of_the_issue_exists(repo_site: Path) -> None:
    urls = ["", "en/", "404.html", *SEEDS["vi"], *SEEDS["en"]]
    for vi, en in KIND_PATHS:
        urls += [f"{vi}/", f"en/{en}/"]
        urls += [f"{vi}/{i}/" for i in TAGGED[vi]] + [f"en/{en}/{i}/" for i in TAGGED[vi]]
    missing = [url for url in urls if file_for(repo_site, url) is None]
    assert missing == []


def test_raw_seeds_and_registry_are_not_published(repo_site: Path) -> None:
    assert [p.name for p in repo_site.rglob("*.txt")] == ["robots.txt"]
    assert not list(repo_site.rglob("*.yml"))
    assert not (repo_site / "raw").exists() and not (repo_site / "articles").exists()


def test_home_lists_articles_newest_first(repo_site: Path) -> None:
    home = page(repo_site, "")
    links = [home.resolve(h) for h in home.hrefs("//li[@class='card']//h2/a")]
    assert links == list(reversed(SEEDS["vi"]))
    text = home.text()
    assert "08/12/2021" in text and "15/10/2021" in text and "TTXVN" in text and "Báo Nhân dân" in text
    assert "Ngày 15/10, tại Trụ sở Trung ương Đảng" in text  # the lead


def test_english_home_lists_english_titles_and_summaries(repo_site: Path) -> None:
    home = page(repo_site, "en/")
    assert home.lang == "en"
    links = [home.resolve(h) for h in home.hrefs("//li[@class='card']//h2/a")]
    assert links == list(reversed(SEEDS["en"]))
    text = home.text()
    assert "Vietnam and Laos share experience in Party building" in text
    assert "8 Dec 2021" in text and "On 15 October, Vo Van Thuong" in text


def test_vietnamese_article_page(repo_site: Path) -> None:
    article = page(repo_site, SEEDS["vi"][0])
    assert article.lang == "vi"
    assert (
        article.one("//h1").text_content()
        == "Chia sẻ kinh nghiệm về công tác xây dựng đảng giữa Việt Nam và Lào"
    )
    meta = article.text("//article//p[@class='meta']")
    assert "Thứ Sáu, 15/10/2021" in meta and "Báo Nhân dân" in meta
    body = article.text("//div[contains(@class,'body')]")
    assert body.startswith("Ngày 15/10, tại Trụ sở Trung ương Đảng")
    assert body.endswith("tích cực triển khai một số công trình, dự án hợp tác song phương.")
    assert len(article.tree.xpath("//div[contains(@class,'body')]/p")) == 5
    for chrome in ("Phản hồi", "Xem nhiều nhất", "Liên kết website", "Nguồn Báo Nhân dân"):
        assert chrome not in article.text()
    box = article.one("//aside[contains(@class,'summary-en')]")
    assert box.get("lang") == "en"
    assert "Vietnam and Laos share experience in Party building" in box.text_content()
    assert not box.xpath(".//p[@class='provenance']")  # editors' English carries no label
    tags = {article.resolve(h) for h in article.hrefs("//section[@class='entities']//a")}
    assert "nhan-vat/vo-van-thuong/" in tags and "to-chuc/dang-cong-san-viet-nam/" in tags
    assert "su-kien/hoi-nghi-trung-uong-4-khoa-xiii/" in tags


def test_captions_keep_their_credit_and_are_not_text(repo_site: Path) -> None:
    article = page(repo_site, SEEDS["vi"][1])
    captions = article.tree.xpath("//div[contains(@class,'body')]/p[@class='caption']")
    assert [" ".join(c.text_content().split()) for c in captions] == [
        "Chủ nhiệm Ủy ban Kiểm tra Trung ương Trần Cẩm Tú phát biểu tại Hội đàm – Ảnh: TTXVN",
        "Toàn cảnh Hội đàm trực tuyến – Ảnh: TTXVN",
    ]
    assert [c.findtext(".//em[@class='credit']") for c in captions] == ["Ảnh: TTXVN", "Ảnh: TTXVN"]
    assert "Uỷ" not in article.text()  # one tone style
    assert "Xem thêm" not in article.text() and "Rate this post" not in article.text()


def test_english_digest_page(repo_site: Path) -> None:
    digest = page(repo_site, SEEDS["en"][1])
    assert digest.lang == "en"
    assert (
        digest.one("//h1").text_content() == "Vietnamese and Lao Party inspection bodies step up cooperation"
    )
    assert "Wednesday, 8 December 2021" in digest.text("//p[@class='meta']")
    assert "agreed to carry out a new agreement for 2022–2026" in digest.text()
    original = digest.one("//p[@class='original']/a")
    assert digest.resolve(original.get("href")) == SEEDS["vi"][1]
    assert original.get("lang") == "vi"
    names = [a.text_content() for a in digest.tree.xpath("//section[@class='entities']//a")]
    assert "Tran Cam Tu" in names and "Lao People's Revolutionary Party" in names and "Laos" in names
    tags = {digest.resolve(h) for h in digest.hrefs("//section[@class='entities']//a")}
    assert "en/people/tran-cam-tu/" in tags


@pytest.mark.parametrize(("vi", "en"), KIND_PATHS)
def test_entity_pages_link_back_to_articles_and_counterparts(repo_site: Path, vi: str, en: str) -> None:
    for entity_id in TAGGED[vi]:
        vi_page, en_page = page(repo_site, f"{vi}/{entity_id}/"), page(repo_site, f"en/{en}/{entity_id}/")
        assert vi_page.lang == "vi" and en_page.lang == "en"
        vi_articles = {vi_page.resolve(h) for h in vi_page.hrefs("//li[@class='card']//a")}
        en_articles = {en_page.resolve(h) for h in en_page.hrefs("//li[@class='card']//a")}
        assert vi_articles and vi_articles <= set(SEEDS["vi"])
        assert en_articles == {"en/" + url for url in vi_articles}
        assert vi_page.resolve(vi_page.one("//a[@class='lang-switch']").get("href")) == en_page.url
        assert en_page.resolve(en_page.one("//a[@class='lang-switch']").get("href")) == vi_page.url
        assert vi_page.text("//p[@class='description']") and en_page.text("//p[@class='description']")


def test_entity_page_shows_both_names(repo_site: Path) -> None:
    party = page(repo_site, "en/organizations/dang-nhan-dan-cach-mang-lao/")
    assert party.one("//h1").text_content() == "Lao People's Revolutionary Party"
    assert party.one("//p[@class='other-name']").text_content() == "Đảng Nhân dân Cách mạng Lào"
    assert party.one("//p[@class='other-name']").get("lang") == "vi"
    assert len(party.tree.xpath("//li[@class='card']")) == 2


@pytest.mark.parametrize(("vi", "en"), KIND_PATHS)
def test_kind_indexes_list_their_entities(repo_site: Path, vi: str, en: str) -> None:
    for url, prefix in ((f"{vi}/", vi), (f"en/{en}/", f"en/{en}")):
        index = page(repo_site, url)
        listed = {index.resolve(h) for h in index.hrefs("//ul[@class='entity-list']//a")}
        assert {f"{prefix}/{i}/" for i in TAGGED[vi]} <= listed


def test_every_page_has_lang_switcher_and_hreflang_both_ways(repo_site: Path) -> None:
    pages = {p.url: p for p in all_pages(repo_site) if p.url != "404.html"}
    assert len(pages) > 40
    for url, current in pages.items():
        expected_lang = "en" if url.startswith("en/") else "vi"
        assert current.lang == expected_lang, url
        switch = current.resolve(current.one("//a[@class='lang-switch']").get("href"))
        assert switch in pages, (url, switch)
        back = pages[switch]
        assert back.resolve(back.one("//a[@class='lang-switch']").get("href")) == url
        alternates = {
            link.get("hreflang"): current.resolve(link.get("href"))
            for link in current.tree.xpath("//link[@rel='alternate']")
        }
        assert alternates["vi"] == (url if expected_lang == "vi" else switch)
        assert alternates["en"] == (url if expected_lang == "en" else switch)
        assert current.one("//link[@rel='alternate'][@hreflang='en']").get("href").startswith("https://")


def test_not_found_page_is_bilingual_and_works_from_any_depth(repo_site: Path) -> None:
    missing = page(repo_site, "404.html")
    assert "Không tìm thấy trang" in missing.text() and "Page not found" in missing.text()
    for href in missing.hrefs("//a") + [
        link.get("href") for link in missing.tree.xpath("//link[@rel='stylesheet']")
    ]:
        assert href.startswith(("/tin-viet-lao/", "#")), href


def test_atom_feeds_list_the_articles_in_each_language(repo_site: Path) -> None:
    import xml.etree.ElementTree as ET

    atom = "{http://www.w3.org/2005/Atom}"
    for lang, prefix in (("vi", ""), ("en", "en/")):
        feed = ET.parse(repo_site / prefix / "feed.xml").getroot()
        assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == lang
        links = [e.find(f"{atom}link").get("href") for e in feed.iter(f"{atom}entry")]
        assert links == [f"https://example.github.io/tin-viet-lao/{url}" for url in reversed(SEEDS[lang])]
    english = ET.parse(repo_site / "en" / "feed.xml").getroot()
    assert (
        english.find(f"{atom}entry/{atom}title").text
        == "Vietnamese and Lao Party inspection bodies step up cooperation"
    )
