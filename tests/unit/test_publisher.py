"""The publisher's answers to the site: is an output already there, and where from."""

from __future__ import annotations

import os
from pathlib import Path

from bantin.incremental.cache import PageCache
from bantin.incremental.overlay import Manifest
from bantin.incremental.publisher import PageStore
from bantin.site.outputs import Fresh, produce, write_new


def _store(tmp_path: Path, previous: Manifest | None = None) -> PageStore:
    return PageStore(
        PageCache(tmp_path / "cache"), "build", previous=previous, previous_site=tmp_path / "old"
    )


def test_a_build_that_keeps_nothing_makes_everything(tmp_path: Path) -> None:
    made: list[str] = []
    target = tmp_path / "site" / "a" / "index.html"
    assert produce(Fresh(), "a/index.html", "", target, lambda: made.append("a") or b"<p>a</p>") is None
    assert made == ["a"] and target.read_bytes() == b"<p>a</p>"
    assert Fresh().fingerprint("anything") == "" and Fresh().decide([("a/index.html", ())]) == {}


def test_an_output_is_a_new_file_never_written_through_another_name(tmp_path: Path) -> None:
    """In a new folder (most pages), in one that exists, and in one whose parents are missing:
    a file already at the target may be another name of a kept page, which must not change."""
    kept = tmp_path / "kept.html"
    kept.write_bytes(b"old")
    target = tmp_path / "site" / "a" / "index.html"
    target.parent.mkdir(parents=True)
    os.link(kept, target)
    write_new(target, b"new")
    assert target.read_bytes() == b"new" and kept.read_bytes() == b"old"
    write_new(tmp_path / "site" / "b" / "index.html", b"b")
    write_new(tmp_path / "site" / "c" / "page" / "2" / "index.html", b"c2")
    assert (tmp_path / "site" / "b" / "index.html").read_bytes() == b"b"
    assert (tmp_path / "site" / "c" / "page" / "2" / "index.html").read_bytes() == b"c2"


def test_an_output_kept_once_is_placed_from_the_store_the_next_time(tmp_path: Path) -> None:
    first = _store(tmp_path)
    key = first.fingerprint("feed", "vi")
    assert key == _store(tmp_path).fingerprint("feed", "vi") != first.fingerprint("feed", "en")
    produce(first, "feed.xml", key, tmp_path / "one" / "feed.xml", lambda: b"<feed/>", suffix=".xml")
    again = _store(tmp_path)
    found = produce(again, "feed.xml", key, tmp_path / "two" / "feed.xml", lambda: b"other", suffix=".xml")
    assert found == [] and (tmp_path / "two" / "feed.xml").read_bytes() == b"<feed/>"
    assert again.used() == {f"{key}.xml"}


def test_a_page_with_content_is_reused_only_with_its_links(tmp_path: Path) -> None:
    store = _store(tmp_path)
    key = store.fingerprint("page")
    produce(store, "a/index.html", key, tmp_path / "one" / "a" / "index.html", lambda: b"a")
    assert store.reuse("a/index.html", key, tmp_path / "two" / "index.html", content="a.md") is None
    store.cache.save_data({key: [("a.md", "../b/", "b/")]})
    assert store.reuse("a/index.html", key, tmp_path / "two" / "index.html", content="a.md") == [
        ("a.md", "../b/", "b/")
    ]


def test_most_pages_unchanged_means_the_build_is_applied_over_the_old_site(tmp_path: Path) -> None:
    pages = [(f"{n}/index.html", (f"page {n}",)) for n in range(4)]
    keys = _store(tmp_path).decide(pages)  # no old site: nothing decided before rendering
    assert keys == {}
    old = Manifest(str(tmp_path / "old"), links={"2.md": [("2.md", "x/", "x/")]})
    old.keyed = {path: _store(tmp_path).fingerprint(*made_of) for path, made_of in pages[:2]}
    (tmp_path / "old" / "0").mkdir(parents=True)
    (tmp_path / "old" / "0" / "index.html").write_bytes(b"page 0")
    store = _store(tmp_path, previous=old)
    keys = store.decide(pages)
    assert set(keys) == {p for p, _ in pages} and store.over is old  # half of them unchanged
    assert store.reuse("0/index.html", keys["0/index.html"], tmp_path / "x") == []  # left there
    assert not (tmp_path / "x").exists()
    # deleted from the site by hand since: not left there (made again, or placed from the cache)
    assert store.reuse("1/index.html", keys["1/index.html"], tmp_path / "x") is None
    assert store.unwritten(keys) == set(keys)
    fewer = Manifest(str(tmp_path / "old"), keyed=dict(list(old.keyed.items())[:1]))
    store = _store(tmp_path, previous=fewer)
    store.decide(pages)
    assert store.over is None and store.unwritten(["0/index.html"]) == set()


def test_pages_fingerprinted_in_several_processes_get_the_same_keys_in_the_same_order(tmp_path: Path) -> None:
    pages = [(f"{n}/index.html", (f"page {n}", {"n": n, "shared": ("a", "b")})) for n in range(501)]
    old = Manifest(str(tmp_path / "old"))
    one = _store(tmp_path, previous=old).decide(pages)
    two = _store(tmp_path, previous=old).decide(pages, processes=2)
    assert list(two.items()) == list(one.items()) and len(set(two.values())) == 501


def test_a_kept_page_written_through_another_name_is_dropped_not_placed(tmp_path: Path) -> None:
    """Pages are kept as hard links named with their time: one edited in place since is the
    cache's entry too, and its time no longer matches, so the cache drops it."""
    from bantin.incremental.cache import PageCache

    written = tmp_path / "site" / "a.html"
    written.parent.mkdir()
    written.write_bytes(b"page")
    cache = PageCache(tmp_path / "cache")
    cache.keep("ab12", written)
    assert written.stat().st_nlink == 2 and cache.used == {"ab12.html"}
    assert PageCache(tmp_path / "cache").place("ab12", tmp_path / "one.html")
    assert (tmp_path / "one.html").read_bytes() == b"page"
    with written.open("r+b") as stream:  # an editor's change, in place
        stream.write(b"PAGE")
    os.utime(written, ns=(written.stat().st_atime_ns, written.stat().st_mtime_ns + 1_000_000))
    again = PageCache(tmp_path / "cache")
    assert not again.place("ab12", tmp_path / "two.html") and not (tmp_path / "two.html").exists()
    assert list((tmp_path / "cache" / "ab").iterdir()) == []


def test_a_kept_folder_is_one_entry_placed_as_new_files_and_pruned_when_unused(tmp_path: Path) -> None:
    """A search part (thousands of fragments) is kept as one file, and placed as the same files:
    new ones, not written through a name that was there (another name of something else)."""
    part = tmp_path / "site" / "pagefind" / "2020"
    (part / "fragment").mkdir(parents=True)
    (part / "pagefind-entry.json").write_bytes(b"{}")
    (part / "fragment" / "vi_1.pf_fragment").write_bytes(b"\x1f\x8bone")
    cache = PageCache(tmp_path / "cache")
    cache.keep_tree("cd34", part)
    assert [p.name for p in (tmp_path / "cache").rglob("*") if p.is_file()] == ["cd34.tree"]
    target = tmp_path / "again" / "2020"
    elsewhere = tmp_path / "elsewhere.json"
    elsewhere.write_bytes(b"keep me")
    target.mkdir(parents=True)
    os.link(elsewhere, target / "pagefind-entry.json")
    again = PageCache(tmp_path / "cache")
    assert again.place_tree("cd34", target) and again.used == {"cd34.tree"}
    assert (target / "fragment" / "vi_1.pf_fragment").read_bytes() == b"\x1f\x8bone"
    assert (target / "pagefind-entry.json").read_bytes() == b"{}" and elsewhere.read_bytes() == b"keep me"
    assert not again.place_tree("ef56", target)
    assert PageCache(tmp_path / "cache").prune(set()) == 1 and not list((tmp_path / "cache").rglob("*.tree"))


def test_a_kept_folder_naming_a_place_outside_it_is_not_placed(tmp_path: Path) -> None:
    from bantin.incremental.cache import save_pickle, tree_entry

    entry = tmp_path / "cache" / "cd" / tree_entry("cd34")
    entry.parent.mkdir(parents=True)
    save_pickle(entry, [("../../outside.txt", b"x")])
    assert not PageCache(tmp_path / "cache").place_tree("cd34", tmp_path / "part")
    assert not (tmp_path / "outside.txt").exists() and not (tmp_path / "part").exists()


def test_a_page_kept_twice_under_the_same_name_is_one_entry(tmp_path: Path) -> None:
    """The link is made under its final name at once; the name taken already (the same page
    kept again) falls back to a link made aside and renamed over it."""
    written = tmp_path / "site" / "a.html"
    written.parent.mkdir()
    written.write_bytes(b"page")
    cache = PageCache(tmp_path / "cache")
    cache.keep("ab12", written)
    cache.keep("ab12", written)
    entries = [p.name for p in (tmp_path / "cache" / "ab").iterdir()]
    assert entries == [f"ab12.{written.stat().st_mtime_ns}.html"]
    assert written.stat().st_nlink == 2
    assert cache.place("ab12", tmp_path / "again" / "a.html")
    assert (tmp_path / "again" / "a.html").read_bytes() == b"page"


def test_where_no_links_can_be_made_a_page_is_kept_as_a_copy(tmp_path: Path, monkeypatch) -> None:
    import errno

    import bantin.incremental.cache as cache_module

    def no_links(source: object, target: object) -> None:
        raise OSError(errno.EXDEV, "Invalid cross-device link")

    monkeypatch.setattr(cache_module.os, "link", no_links)
    written = tmp_path / "site" / "a.html"
    written.parent.mkdir()
    written.write_bytes(b"page")
    cache = PageCache(tmp_path / "cache")
    cache.keep("ab12", written)
    entries = list((tmp_path / "cache" / "ab").iterdir())
    assert [p.name for p in entries] == [f"ab12.{written.stat().st_mtime_ns}.html"]
    assert written.stat().st_nlink == 1 and entries[0].read_bytes() == b"page"
    assert cache.place("ab12", tmp_path / "again" / "a.html")
    assert (tmp_path / "again" / "a.html").read_bytes() == b"page"


def test_parsed_articles_are_kept_each_on_its_own_and_the_unchanged_not_pickled_again(tmp_path: Path) -> None:
    import pickle

    from bantin.incremental.cache import load_articles, save_articles

    path = tmp_path / "articles.pickle"
    save_articles(path, "code", {("a.md", "1"): {"title": "A"}, ("b.md", "2"): {"title": "B"}}, known={})
    loaded = load_articles(path, "code")
    assert {key: article for key, (article, _) in loaded.items()} == {
        ("a.md", "1"): {"title": "A"},
        ("b.md", "2"): {"title": "B"},
    }
    assert load_articles(path, "other code") == {}
    # b.md changed: a.md's bytes are kept as they were (here a marker, to tell them apart)
    marker = pickle.dumps({"title": "A, as kept"})
    save_articles(
        path, "code", {("a.md", "1"): {"title": "A"}, ("b.md", "3"): {"title": "B2"}}, {("a.md", "1"): marker}
    )
    loaded = load_articles(path, "code")
    assert loaded[("a.md", "1")] == ({"title": "A, as kept"}, marker)
    assert loaded[("b.md", "3")][0] == {"title": "B2"} and ("b.md", "2") not in loaded
    path.write_bytes(pickle.dumps(("code", {("a.md", "1"): b"torn"})))  # one entry unreadable: none
    assert load_articles(path, "code") == {}
