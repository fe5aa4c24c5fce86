"""The theme in a real browser (Debian's headless Chromium): responsive, styled, navigable."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-dev-shm-usage",
]  # fmt: skip


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
        pytest.fail("browser tests need Debian's chromium and chromium-driver (bash .ci/run installs them)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


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
