"""The golden site (golden.py) is built as committed in tests/golden/expected/, byte for byte,
by a cold build and by a rebuild over it; `python -m tests.golden.regen` when a change is meant."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from .golden import EXPECTED, UNCOMMITTED, build, make_project, tree

REGEN = "If the change is intended, run `python -m tests.golden.regen` and read `git diff tests/golden`."


def _same_as_expected(site: Path) -> None:
    expected, made = tree(EXPECTED), tree(site)
    missing = sorted(expected.keys() - made.keys())
    extra = sorted(made.keys() - expected.keys())
    changed = sorted(p for p in expected.keys() & made.keys() if expected[p] != made[p])
    if not (missing or extra or changed):
        return
    report = [f"missing: {p}" for p in missing] + [f"not expected: {p}" for p in extra]
    for path in changed[:3]:  # the first few, in full
        try:
            old, new = expected[path].decode("utf-8"), made[path].decode("utf-8")
        except UnicodeDecodeError:
            report.append(f"changed (binary): {path}")
            continue
        diff = difflib.unified_diff(
            old.splitlines(), new.splitlines(), f"expected/{path}", path, lineterm="", n=1
        )
        report.append("\n".join(list(diff)[:40]))
    report += [f"changed: {p}" for p in changed[3:]]
    pytest.fail("\n".join([*report, REGEN]), pytrace=False)


def test_the_golden_site_is_built_as_committed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SITE_URL")  # the fixture's mkdocs.yml names its own site_url
    assert EXPECTED.is_dir(), REGEN
    config = make_project(tmp_path / "project")
    site = tmp_path / "site"
    first = build(config, site)
    assert first.exit_code == 0, first.output
    assert "link '../../../2022/03/khong-co-bai-nay/' leads to no page of the site" in first.output
    _same_as_expected(site)
    cards = _cards(site)
    again = build(config, site)  # from the cache, applied over the site it replaces
    assert again.exit_code == 0, again.output
    _same_as_expected(site)
    assert _cards(site) == cards


def _cards(site: Path) -> dict[str, bytes]:
    """The social cards (not committed): one beside each article page, in each language."""
    cards = {p.parent.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob(UNCOMMITTED)}
    articles = {
        p.parent.relative_to(site).as_posix()
        for p in site.rglob("index.html")
        if b'property="og:type" content="article"' in p.read_bytes()
    }
    assert len(articles) > 4 and cards.keys() == articles
    assert all(data.startswith(b"\x89PNG") for data in cards.values())
    return cards
