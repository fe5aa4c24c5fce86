"""The theme in a real browser: responsive, styled, navigable, screenshots for people."""

from __future__ import annotations

from pathlib import Path

import pytest


def _overflow(driver: object) -> int:
    return driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth")  # type: ignore[attr-defined]


@pytest.mark.parametrize("width", [360, 1280])
def test_pages_fit_the_screen_and_are_styled(browser: object, served_under_sub_path: str, width: int) -> None:
    from selenium.webdriver.common.by import By

    browser.set_window_size(width, 900)  # type: ignore[attr-defined]
    for path in ("", "en/", "2021/12/tang-cuong-hop-tac-giua-uy-ban-kiem-tra-trung-uong-dang-viet-nam-lao/",
                 "en/organizations/", "nhan-vat/khamphan-phommathat/"):  # fmt: skip
        browser.get(served_under_sub_path + path)  # type: ignore[attr-defined]
        assert _overflow(browser) <= 0, f"{path} scrolls sideways at {width}px"
        masthead = browser.find_element(By.CSS_SELECTOR, "header.masthead")  # type: ignore[attr-defined]
        assert masthead.value_of_css_property("border-bottom-style") == "solid", "the stylesheet did not load"
        main = browser.find_element(By.ID, "main")  # type: ignore[attr-defined]
        assert main.size["width"] <= min(width, 44 * 16 + 1)


def test_reader_goes_from_home_to_article_to_english_and_back(
    browser: object, served_under_sub_path: str
) -> None:
    from selenium.webdriver.common.by import By

    browser.set_window_size(390, 844)  # type: ignore[attr-defined]
    browser.get(served_under_sub_path)  # type: ignore[attr-defined]
    browser.find_element(By.PARTIAL_LINK_TEXT, "Chia sẻ kinh nghiệm").click()  # type: ignore[attr-defined]
    assert browser.current_url.endswith(
        "/tin-viet-lao/2021/10/chia-se-kinh-nghiem-ve-cong-tac-xay-dung-dang-giua-viet-nam-va-lao/"
    )  # type: ignore[attr-defined]
    summary = browser.find_element(By.CSS_SELECTOR, "aside.summary-en")  # type: ignore[attr-defined]
    assert summary.is_displayed() and summary.get_attribute("lang") == "en"
    browser.find_element(By.CSS_SELECTOR, "a.lang-switch").click()  # type: ignore[attr-defined]
    assert "/tin-viet-lao/en/2021/10/" in browser.current_url  # type: ignore[attr-defined]
    assert browser.execute_script("return document.documentElement.lang") == "en"  # type: ignore[attr-defined]
    browser.find_element(By.LINK_TEXT, "Vo Van Thuong").click()  # type: ignore[attr-defined]
    assert browser.current_url.endswith("/tin-viet-lao/en/people/vo-van-thuong/")  # type: ignore[attr-defined]
    browser.find_element(By.CSS_SELECTOR, "a.lang-switch").click()  # type: ignore[attr-defined]
    assert browser.current_url.endswith("/tin-viet-lao/nhan-vat/vo-van-thuong/")  # type: ignore[attr-defined]
    assert browser.find_element(By.TAG_NAME, "h1").text == "Võ Văn Thưởng"  # type: ignore[attr-defined]


def test_not_found_page_is_styled_at_any_depth(
    browser: object, served_under_sub_path: str, tmp_path: Path
) -> None:
    """GitHub Pages answers any unknown URL with /404.html; its links must not be relative."""
    from selenium.webdriver.common.by import By

    browser.get(served_under_sub_path + "404.html")  # type: ignore[attr-defined]
    masthead = browser.find_element(By.CSS_SELECTOR, "header.masthead")  # type: ignore[attr-defined]
    assert masthead.value_of_css_property("border-bottom-style") == "solid"
    browser.find_element(By.LINK_TEXT, "Home").click()  # type: ignore[attr-defined]
    assert browser.current_url.endswith("/tin-viet-lao/en/")  # type: ignore[attr-defined]
    browser.save_screenshot(str(tmp_path / "en-home.png"))  # type: ignore[attr-defined]


@pytest.mark.parametrize(("name", "width"), [("phone", 390), ("desktop", 1280)])
def test_screenshots_of_the_main_pages(
    browser: object, served_under_sub_path: str, name: str, width: int
) -> None:
    """Saved as artifacts (tests/browser/screenshots/ or $BANTIN_SCREENSHOTS) for a human to look at."""
    from tests.browser.conftest import SCREENSHOTS

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    browser.set_window_size(width, 1000)  # type: ignore[attr-defined]
    pages = {
        "home": "", "article": "2021/10/chia-se-kinh-nghiem-ve-cong-tac-xay-dung-dang-giua-viet-nam-va-lao/",
        "digest": "en/2021/10/chia-se-kinh-nghiem-ve-cong-tac-xay-dung-dang-giua-viet-nam-va-lao/",
        "entity": "nhan-vat/vo-van-thuong/", "search": "en/search/?q=inspection", "archive": "luu-tru/",
    }  # fmt: skip
    for page, path in pages.items():
        browser.get(served_under_sub_path + path)  # type: ignore[attr-defined]
        if page == "search":  # results arrive after the page has loaded
            from selenium.webdriver.common.by import By
            from selenium.webdriver.support.ui import WebDriverWait

            WebDriverWait(browser, 20).until(lambda d: d.find_element(By.ID, "search-status").text)
        target = SCREENSHOTS / f"{page}-{name}.png"
        assert browser.save_screenshot(str(target))  # type: ignore[attr-defined]
        assert target.stat().st_size > 5_000
