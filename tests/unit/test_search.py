"""bantin.site.search.pagefind runs Pagefind's own binary: the index is on disk when it returns."""

from __future__ import annotations

import json
import stat
from array import array
from pathlib import Path

import pytest

from bantin.site.search import pagefind as search
from bantin.site.search.pagefind import SearchIndexError, index_part, index_site, write_manifest

PAGE = (
    '<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head>'
    "<body><main data-pagefind-body><h1>{title}</h1><p>{text}</p></main></body></html>"
)


def _page(site: Path, path: str, lang: str, title: str, text: str) -> None:
    target = site / path / "index.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(PAGE.format(lang=lang, title=title, text=text), encoding="utf-8")


def test_a_part_indexes_one_year_of_articles_in_both_languages(tmp_path: Path) -> None:
    site = tmp_path / "site"
    _page(site, "2021/10/hoi-nghi", "vi", "Hội nghị Trung ương 4", "Đảng Cộng sản Việt Nam họp.")
    _page(site, "en/2021/10/hoi-nghi", "en", "The 4th plenum", "The Communist Party met.")
    _page(site, "2022/01/ky-niem", "vi", "Kỷ niệm", "Năm khác, phần khác.")
    _page(site, "about", "vi", "Giới thiệu", "Không phải bài báo.")
    assert index_part(site, "2021") == 2  # neither 2022 nor the about page
    part = site / "pagefind" / "2021"
    data = json.loads((part / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert {lang: v["page_count"] for lang, v in data["languages"].items()} == {"en": 1, "vi": 1}
    assert list(data["languages"]) == ["en", "vi"]  # written sorted: builds are byte-identical
    assert (part / "pagefind.js").is_file() and (part / "pagefind-worker.js").is_file()
    assert not list(part.glob("*ui*"))  # Pagefind's stock UIs: our search page has its own
    assert part.stat().st_mode & 0o055 == (site / "2021").stat().st_mode & 0o055  # readable as the pages are
    write_manifest(site, ["2021", "2022"])
    assert json.loads((site / "pagefind" / "parts.json").read_text(encoding="utf-8")) == {
        "parts": ["2022", "2021"]
    }
    write_manifest(site, ["2021", "2022"], {"qqvietnam", "qqdanviet"})  # left out of phrase queries
    assert json.loads((site / "pagefind" / "parts.json").read_text(encoding="utf-8")) == {
        "parts": ["2022", "2021"],
        "common": ["qqdanviet", "qqvietnam"],
    }


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


def test_pages_go_beside_the_site_when_memory_has_no_room(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pagefind reads pages written in /dev/shm; a container's may be too small (here: not a folder)."""
    site = tmp_path / "site"
    _page(site, "2021/10/hoi-nghi", "vi", "Hội nghị Trung ương", "Đảng Cộng sản Việt Nam họp.")
    not_a_folder = tmp_path / "shm"
    not_a_folder.write_text("", encoding="utf-8")
    monkeypatch.setattr(search, "_SCRATCH", str(not_a_folder))
    assert index_part(site, "2021") == 1
    assert (site / "pagefind" / "2021" / "pagefind-entry.json").is_file()
    assert sorted(p.name for p in site.iterdir()) == ["2021", "pagefind"]  # nothing left beside it


def test_a_part_indexed_again_takes_the_pairs_of_unchanged_pages_from_the_last_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = tmp_path / "site"
    _page(site, "2021/10/hoi-nghi", "vi", "Hội nghị Trung ương 4", "Đảng Cộng sản Việt Nam họp.")
    _page(site, "2021/11/ky-niem", "vi", "Kỷ niệm ngày thành lập", "Kỷ niệm ngày thành lập Đảng.")
    pages = {p.relative_to(site).as_posix(): p for p in site.rglob("index.html")}
    first_made = search.index_part_from(pages, site, "2021")
    assert first_made.pages == 2 and len(first_made.pairs) == 2
    first = {p.name: p.read_bytes() for p in (site / "pagefind" / "2021").rglob("*") if p.is_file()}

    _page(site, "2021/11/ky-niem", "vi", "Kỷ niệm ngày thành lập", "Kỷ niệm ngày thành lập Đảng!")
    made: list[str] = []
    real = search.Indexed.words
    monkeypatch.setattr(search.Indexed, "words", lambda self: made.append("x") or real(self))
    second = search.index_part_from(pages, site, "2021", kept=first_made.pairs)
    assert second.pages == 2
    assert made == ["x"]  # only the changed page's pairs were made again
    assert len(second.pairs) == 2  # the old text's pairs are gone with it
    _page(site, "2021/11/ky-niem", "vi", "Kỷ niệm ngày thành lập", "Kỷ niệm ngày thành lập Đảng.")
    assert search.index_part_from(pages, site, "2021", kept=second.pairs).pages == 2
    again = {p.name: p.read_bytes() for p in (site / "pagefind" / "2021").rglob("*") if p.is_file()}
    assert again == first  # pairs from the memory index exactly as pairs made afresh


def test_a_pagefind_that_hangs_is_stopped_after_its_timeout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The issue's Pagefind that read a deleted folder for nine minutes: every run is bounded."""
    import time

    fake = tmp_path / "pagefind"
    fake.write_text("#!/bin/sh\nexec sleep 60\n", encoding="utf-8")
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(fake))
    started = time.monotonic()
    with pytest.raises(SearchIndexError) as caught:
        index_site(tmp_path, timeout=1)
    assert str(caught.value) == "Pagefind did not finish within 1 s and was stopped"
    assert time.monotonic() - started < 30
    assert search.pagefind_timeout(0) >= 60 and search.pagefind_timeout(100_000) > search.pagefind_timeout(
        1000
    )


def test_scratch_folders_of_killed_builds_are_removed_and_live_ones_kept(tmp_path: Path) -> None:
    import fcntl

    dead = tmp_path / ".bantin-pagefind-dead"  # its build was killed: nobody holds its lock
    (dead / "2021").mkdir(parents=True)
    (dead / ".in-use").write_text("")
    live = tmp_path / ".bantin-pagefind-live"  # another build indexing right now
    live.mkdir()
    (live / ".in-use").write_text("")
    being_made = tmp_path / ".bantin-pagefind-new"  # no lock file yet: left alone
    being_made.mkdir()
    with (live / ".in-use").open("rb") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)
        with search._scratch(tmp_path) as folder:
            assert folder.is_dir() and folder.name.startswith(".bantin-pagefind-")
            assert search._abandoned(folder) is False  # ours, in use
            assert not dead.exists() and live.is_dir() and being_made.is_dir()
        assert not folder.exists()


def test_pairs_kept_by_older_code_are_made_again_not_a_failed_build() -> None:
    """The pairs a part's last indexing kept are a pickle: one naming a class since moved, or not
    pairs at all, is as if nothing was kept."""
    import pickle

    from bantin.site.search.parts import _recall_pairs
    from bantin.site.search.words import PackedWords

    class Kept:
        def __init__(self, data: bytes) -> None:
            self.data = data

        def recall(self, name: str) -> bytes:
            return self.data

    moved = b"cbantin.searchwords_gone\nPackedWords\n."  # a class of a module that is no more
    assert _recall_pairs(Kept(moved), "2021") == {}  # type: ignore[arg-type]
    words = PackedWords("qqhanoi", "qqcongan", array("I", [2]))
    mixed = pickle.dumps({"a": words, "b": "not pairs"})
    assert _recall_pairs(Kept(mixed), "2021") == {"a": words}  # type: ignore[arg-type]
