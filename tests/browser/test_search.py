"""Search in the browser: Pagefind's index of each language, with đ typed as d, ranked by the
phrase a reader means (syllable pairs in the index, theme/assets/searchwords.js on the page)."""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path
from typing import Any

from selenium.webdriver.common.by import By

from tests.conftest import Project, serve_site

ARTICLE_10 = "/tin-viet-lao/2021/10/chia-se-kinh-nghiem-ve-cong-tac-xay-dung-dang-giua-viet-nam-va-lao/"
ARTICLE_12 = "/tin-viet-lao/2021/12/tang-cuong-hop-tac-giua-uy-ban-kiem-tra-trung-uong-dang-viet-nam-lao/"


def _results(browser: Any, url: str) -> list[dict[str, str]]:
    browser.get(url)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and not browser.find_element(By.ID, "search-status").text:
        time.sleep(0.1)
    return [
        {
            "href": item.find_element(By.CSS_SELECTOR, "h2 a").get_attribute("pathname"),
            "title": item.find_element(By.CSS_SELECTOR, "h2").text,
            "date": item.find_element(By.CSS_SELECTOR, ".meta").text,
            "excerpt": item.find_element(By.CSS_SELECTOR, ".lead").text,
            "marks": [m.text for m in item.find_elements(By.CSS_SELECTOR, ".lead mark")],
        }
        for item in browser.find_elements(By.CSS_SELECTOR, "#search-results li")
    ]


def test_typing_without_diacritics_finds_the_person(browser: Any, served_under_sub_path: str) -> None:
    results = _results(browser, served_under_sub_path + "tim-kiem/?q=tran+cam+tu")
    assert [r["href"] for r in results] == [ARTICLE_12]
    first = results[0]
    assert first["title"].startswith("Tăng cường hợp tác giữa Ủy ban Kiểm tra")
    assert first["date"] == "Thứ Tư, 08/12/2021 · TTXVN"  # date and source
    assert "Trần Cẩm Tú" in first["excerpt"] and "tran cam tu" not in first["excerpt"].lower()


def test_d_finds_đ(browser: Any, served_under_sub_path: str) -> None:
    results = _results(browser, served_under_sub_path + "tim-kiem/?q=dang+cong+san")
    assert {r["href"] for r in results} == {ARTICLE_10, ARTICLE_12}
    assert any("Đảng" in mark or "đảng" in mark for r in results for mark in r["marks"])


def test_pagefind_alone_would_miss_đ(browser: Any, served_under_sub_path: str) -> None:
    """Why the search page tries đ: for "dang" the bare index matches "dân", never "Đảng"."""
    browser.get(served_under_sub_path + "tim-kiem/")
    marks = browser.execute_async_script(
        """const done = arguments[arguments.length - 1];
        const root = new URL("../", document.querySelector('script[src$="search.js"]').src);
        import(new URL("pagefind/2021/pagefind.js", root).href)
          .then(async (pf) => { await pf.options({baseUrl: root.pathname});
                                const found = await pf.search("dang");
                                const pages = await Promise.all(found.results.map((r) => r.data()));
                                done(pages.flatMap((p) => p.excerpt.match(/<mark>[^<]*/g) || [])); })
          .catch((e) => done(String(e)));"""
    )
    assert marks and not any("đ" in m.lower() for m in marks)
    ours = _results(browser, served_under_sub_path + "tim-kiem/?q=dang")
    assert any("đảng" in mark.lower() for r in ours for mark in r["marks"])


def test_english_search_finds_english_titles_and_summaries(browser: Any, served_under_sub_path: str) -> None:
    results = _results(browser, served_under_sub_path + "en/search/?q=inspection")
    assert [r["href"] for r in results] == ["/tin-viet-lao/en" + ARTICLE_12.removeprefix("/tin-viet-lao")]
    assert results[0]["title"] == "Vietnamese and Lao Party inspection bodies step up cooperation"
    assert results[0]["date"] == "Wednesday, 8 December 2021 · TTXVN"
    none = _results(browser, served_under_sub_path + "en/search/?q=zebra")
    assert none == [] and browser.find_element(By.ID, "search-status").text == "No articles found."


def test_header_search_box_leads_to_results(browser: Any, served_under_sub_path: str) -> None:
    browser.get(served_under_sub_path + "nhan-vat/")
    box = browser.find_element(By.ID, "site-search")
    box.send_keys("khamphan")
    box.submit()
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and not browser.find_elements(By.CSS_SELECTOR, "#search-results li"):
        time.sleep(0.1)
    assert browser.current_url.endswith("/tin-viet-lao/tim-kiem/?q=khamphan")
    assert (
        browser.find_element(By.CSS_SELECTOR, "#search-results h2 a").get_attribute("pathname") == ARTICLE_12
    )


def test_without_an_index_the_search_page_says_so(browser: Any, repo_site: Path, tmp_path: Path) -> None:
    """`serve` builds no index: the page explains instead of showing a module-loading error."""
    site = tmp_path / "site"
    shutil.copytree(repo_site, site, ignore=shutil.ignore_patterns("pagefind"))
    with serve_site(site, tmp_path / "www") as url:
        browser.get(url + "tim-kiem/?q=dang")
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and not browser.find_element(By.ID, "search-status").text:
            time.sleep(0.1)
        status = browser.find_element(By.ID, "search-status").text
    assert status == "Chưa có chỉ mục tìm kiếm (bản xem trước không tạo chỉ mục)."
    assert browser.find_elements(By.CSS_SELECTOR, "#search-results li") == []


def test_the_index_of_every_year_is_searched(browser: Any, seeded: Project, tmp_path: Path) -> None:
    """One index part per year: a query finds articles of 2021 (the seeds) and of 2023 together."""
    seeded.article(
        "2023-07-20-tran-cam-tu-tham-lao",
        title="Đồng chí Trần Cẩm Tú thăm Lào",
        date="2023-07-20",
        source="TTXVN",
        people=["tran-cam-tu"],
        title_en="Tran Cam Tu visits Laos",
        summary_en="Tran Cam Tu, head of the Party inspection commission, visited Vientiane.",
        title_en_by="editor",
        summary_en_by="editor",
        body="Ngày 20/7, đồng chí Trần Cẩm Tú thăm và làm việc tại Viêng Chăn.\n",
    )
    result = seeded.build()
    assert result.exit_code == 0, result.output
    parts = json.loads((seeded.site / "pagefind" / "parts.json").read_text(encoding="utf-8"))
    assert parts == {"parts": ["2023", "2021"]}
    with serve_site(seeded.site, tmp_path / "www") as url:
        vi = _results(browser, url + "tim-kiem/?q=tran+cam+tu")
        en = _results(browser, url + "en/search/?q=inspection")
    assert sorted(r["href"][len("/tin-viet-lao/") :][:7] for r in vi) == ["2021/12", "2023/07"]
    assert sorted(r["href"][len("/tin-viet-lao/en/") :][:4] for r in en) == ["2021", "2023"]


def _entity(browser: Any) -> list[dict[str, str]]:
    return [
        {
            "href": box.find_element(By.CSS_SELECTOR, "a").get_attribute("pathname"),
            "name": box.find_element(By.CSS_SELECTOR, "a").text,
            "kind": box.find_element(By.CSS_SELECTOR, ".kind").get_attribute("textContent"),
        }
        for box in browser.find_elements(By.CSS_SELECTOR, "#search-entity .entity-result")
    ]


def test_ranking_by_the_phrase_a_reader_means(browser: Any, project: Project, tmp_path: Path) -> None:
    """Pages holding the phrase before those holding its syllables apart; the headline first;
    the spelling meant (đảng, not đang); an entity's page first when the query is its name."""

    def article(slug: str, title: str, body: str, day: int, **tags: list[str]) -> None:
        project.article(
            slug, title=title, date=f"2022-03-{day:02d}", source="Báo Thử", slug=slug, body=body, **tags
        )

    article(
        "cong-nhan",
        "Công nhân học an toàn lao động",
        "Công nhân nhà máy được học an toàn. Công nhân nào cũng học. An toàn là trên hết.\n",
        1,
    )
    article(
        "tuan-tra",
        "Tuần tra ban đêm ở các phường",
        "Lực lượng công an phường tuần tra. Người dân tin công an.\n",
        2,
    )
    article(
        "cong-an-ha-noi",
        "Công an Hà Nội ra quân bảo đảm an ninh",
        "Sáng nay, công an thành phố ra quân.\n",
        3,
    )
    article("le-hoi", "Lễ hội mùa xuân", "Hà Nội đón khách. Người Hà Nội đi hội. Hà Nội vui.\n", 4)
    article("thu-do", "Hà Nội mở phố đi bộ mới", "Thành phố mở thêm một tuyến phố đi bộ.\n", 5)
    article(
        "dang-vien", "Sinh hoạt chi bộ", "Các đảng viên trẻ dự sinh hoạt. Đảng viên phát biểu ý kiến.\n", 6
    )
    article(
        "dang-hoc",
        "Học sinh về viện bảo tàng",
        "Học sinh đang tham quan. Các em đang học ở viện bảo tàng.\n",
        7,
    )
    article("lao-dong", "Ngày hội lao động", "Người lao động được nghỉ. Lao động là vinh quang.\n", 8)
    article(
        "viet-lao",
        "Hợp tác Việt Nam – Lào",
        "Việt Nam và Lào ký kết hợp tác.\n",
        9,
        places=["viet-nam", "lao"],
    )  # Lào gets a page
    result = project.build()
    assert result.exit_code == 0, result.output
    with serve_site(project.site, tmp_path / "www") as url:

        def hrefs(query: str) -> list[str]:
            found = _results(browser, url + "tim-kiem/?q=" + query)
            return [r["href"].split("/")[-2] for r in found]

        cong_an = hrefs("cong+an")
        assert cong_an[0] == "cong-an-ha-noi"  # the headline holds it
        assert set(cong_an[:2]) == {"cong-an-ha-noi", "tuan-tra"}  # then the text holds it
        assert "cong-nhan" not in cong_an[:2]  # "công" and "an" apart come after, if at all
        marks = [m for r in _results(browser, url + "tim-kiem/?q=cong+an") for m in r["marks"]]
        assert marks and all(m.lower() in ("công an",) for m in marks[:3])  # whole words only

        for typed in ("ha+noi", "H%C3%A0+N%E1%BB%99i"):  # as typed, and with its diacritics
            ha_noi = hrefs(typed)
            assert set(ha_noi[:2]) == {"thu-do", "cong-an-ha-noi"}  # the headlines first
            assert ha_noi[2] == "le-hoi"  # then the text, though it says Hà Nội three times

        assert hrefs("dang+vien")[0] == "dang-vien"  # đảng viên, not "đang" and "viện"

        assert browser.find_element(By.ID, "search-suggestion").get_attribute("hidden")
        _results(browser, url + "tim-kiem/?q=H%C3%A0+N%E1%BB%8Di")  # "Hà Nọi": no page spells it so
        suggestion = browser.find_element(By.ID, "search-suggestion")
        assert suggestion.text == "Có phải bạn muốn tìm: hà nội"
        assert suggestion.find_element(By.TAG_NAME, "a").get_attribute("search") == "?q=h%C3%A0%20n%E1%BB%99i"

        lao = _results(browser, url + "tim-kiem/?q=lao")
        assert _entity(browser) == [
            {"href": "/tin-viet-lao/dia-danh/lao/", "name": "Lào", "kind": "Địa danh"}
        ]
        assert lao[0]["href"].endswith("/viet-lao/")  # Lào, not "lao động"
        assert lao[0]["date"] == "Thứ Tư, 09/03/2022 · Báo Thử"
        assert _results(browser, url + "tim-kiem/?q=cong+nhan") and _entity(browser) == []

        _results(browser, url + "en/search/?q=laos")
        assert _entity(browser) == [{"href": "/tin-viet-lao/en/places/lao/", "name": "Laos", "kind": "Place"}]
