"""How the browser tests behave where there is no browser, and what installs their tools."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO


def _browser_tests(*, ci: bool) -> subprocess.CompletedProcess[str]:
    """tests/browser/test_theme.py in a pytest whose PATH finds Python but no chromium."""
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    env["PATH"] = str(Path(sys.executable).parent)
    if ci:
        env["CI"] = "true"
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/browser/test_theme.py"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_without_chromium_the_browser_tests_are_skipped_with_one_line() -> None:
    result = _browser_tests(ci=False)
    assert result.returncode == 0, result.stdout + result.stderr
    skipped = [line for line in result.stdout.splitlines() if line.startswith("SKIPPED")]
    assert len(skipped) == 1, result.stdout
    assert "chromium and chromedriver not found" in skipped[0] and "bash .ci/run" in skipped[0]
    assert " passed" not in result.stdout and " skipped in " in result.stdout


def test_under_ci_a_skipped_browser_test_fails_the_run() -> None:
    result = _browser_tests(ci=True)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "CI=true: a browser test may not be skipped" in result.stdout


def test_axe_core_comes_from_pypi_not_npm() -> None:
    from tests.browser.conftest import axe_script

    script = axe_script()
    assert script.stat().st_size > 100_000 and "site-packages" in script.parts
    tracked = subprocess.run(["git", "ls-files"], cwd=REPO, capture_output=True, text=True).stdout.split()
    assert not [path for path in tracked if Path(path).name in ("package.json", "package-lock.json")]
    for path in (REPO / ".ci" / "run", *sorted((REPO / ".github" / "workflows").glob("*.yml"))):
        assert "npm" not in path.read_text(encoding="utf-8"), path
