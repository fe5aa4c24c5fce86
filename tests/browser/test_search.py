"""Search in the browser: Pagefind's index of each language, with đ typed as d."""

from __future__ import annotations

import time
from typing import Any

from selenium.webdriver.common.by import By

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
    assert first["date"] == "Thứ Tư, 08/12/2021"
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
        import(new URL("pagefind/pagefind.js", root).href)
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
    assert results[0]["date"] == "Wednesday, 8 December 2021"
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
