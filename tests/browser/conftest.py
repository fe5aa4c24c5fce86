"""Headless Debian chromium, driven by Selenium through Debian's chromedriver (no downloads).

Without chromium and chromedriver on PATH every browser test is skipped, with one line saying how
to run them; under CI=true a skipped browser test fails instead, so CI never passes without them.
"""

from __future__ import annotations

import importlib.resources
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NoReturn

import pytest

FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-dev-shm-usage",
]  # fmt: skip
SCREENSHOTS = Path(os.environ.get("BANTIN_SCREENSHOTS", Path(__file__).parent / "screenshots"))
NO_BROWSER = "browser tests skipped"
HOW_TO_RUN = (
    NO_BROWSER + ": {missing} not found on PATH; install Debian's chromium and chromium-driver "
    "(`bash .ci/run` does, with apt-get, when run as root) to run them"
)


def _ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def find_browser() -> tuple[str | None, str | None]:
    """Debian's chromium and chromedriver, where PATH finds them."""
    return shutil.which("chromium"), shutil.which("chromedriver")


#: axe-core's script as the test dependencies from PyPI ship it (see pyproject.toml): package, path.
AXE = [
    ("axe_selenium_python", "node_modules/axe-core/axe.min.js"),  # Python 3.12+: axe-core 4.10
    ("axe_core_python", "axe.min.js"),  # Python 3.11: axe-core 4.4
]


def axe_script() -> Path:
    """The first axe.min.js installed."""
    for package, path in AXE:
        try:
            found = Path(str(importlib.resources.files(package).joinpath(path)))
        except ModuleNotFoundError:
            continue
        if found.is_file():
            return found
    raise FileNotFoundError("axe-core is missing: pip install -e '.[test]' installs it")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """Under CI=true a browser test that was skipped has failed."""
    outcome = yield
    report = outcome.get_result()  # type: ignore[attr-defined]
    if not report.skipped:
        return
    reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
    if _ci():
        report.outcome = "failed"
        report.longrepr = f"CI=true: a browser test may not be skipped ({reason})"
    elif NO_BROWSER in reason:  # one line for all of them in the summary, not one per test
        report.longrepr = (__file__, _no_browser.__code__.co_firstlineno, reason)


@pytest.fixture(scope="session", autouse=True)
def _chromium() -> tuple[str, str]:
    """Skip every browser test, before it builds anything, when there is no browser to run it."""
    chromium, chromedriver = find_browser()
    if chromium is None or chromedriver is None:
        _no_browser(
            " and ".join(n for n, p in (("chromium", chromium), ("chromedriver", chromedriver)) if p is None)
        )
    return chromium, chromedriver


def _no_browser(missing: str) -> NoReturn:
    pytest.skip(HOW_TO_RUN.format(missing=missing))


@pytest.fixture(scope="session")
def browser(_chromium: tuple[str, str], tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    chromium, chromedriver = _chromium
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=chromedriver), options=options)
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(30)
    yield driver
    driver.quit()


@pytest.fixture(scope="session")
def axe_source() -> str:
    return axe_script().read_text(encoding="utf-8")
