"""bantin.search runs Pagefind's own binary: the index is on disk when it returns."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from bantin.search import SearchIndexError, index_site
from bantin.urls import ARTICLE_PAGES_GLOB

PAGE = (
    '<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head>'
    "<body><main data-pagefind-body><h1>{title}</h1><p>{text}</p></main></body></html>"
)


def _page(site: Path, path: str, lang: str, title: str, text: str) -> None:
    target = site / path / "index.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(PAGE.format(lang=lang, title=title, text=text), encoding="utf-8")


def test_index_counts_pages_per_glob_and_sorts_the_entry(tmp_path: Path) -> None:
    site = tmp_path / "site"
    _page(site, "2021/10/hoi-nghi", "vi", "Hội nghị Trung ương 4", "Đảng Cộng sản Việt Nam họp.")
    _page(site, "en/2021/10/hoi-nghi", "en", "The 4th plenum", "The Communist Party met.")
    _page(site, "about", "vi", "Giới thiệu", "Không nằm trong glob.")
    pages = index_site(site, ARTICLE_PAGES_GLOB)  # the about page is not an article
    assert pages == 2
    entry = (site / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8")
    data = json.loads(entry)
    assert sorted(data["languages"]) == ["en", "vi"]
    assert list(data["languages"]) == ["en", "vi"]  # written sorted: builds are byte-identical
    assert (site / "pagefind" / "pagefind-ui.js").is_file()


def test_a_failing_pagefind_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = tmp_path / "pagefind"
    fake.write_text("#!/bin/sh\necho 'Error: site directory is unreadable' >&2\nexit 3\n", encoding="utf-8")
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(fake))
    with pytest.raises(SearchIndexError) as caught:
        index_site(tmp_path)
    assert str(caught.value) == "Pagefind failed (exit 3): Error: site directory is unreadable"


def test_a_missing_binary_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(tmp_path / "nowhere" / "pagefind"))
    with pytest.raises(SearchIndexError, match="could not start"):
        index_site(tmp_path)
