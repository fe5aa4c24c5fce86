"""Atom feeds: one per language for the site and for each entity, the newest articles first,
written once and then reused while their articles do not change."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import jinja2

from bantin.core.article import Article
from bantin.entities import Entity, Kind, Registry
from bantin.incremental.cache import PageCache
from bantin.incremental.publisher import PageStore
from bantin.site.content import Site
from bantin.site.feeds import write_feeds
from bantin.site.outputs import Fresh

TEMPLATE = "{{ feed_title }}|{{ self_url }}|{{ alternate_url }}|{{ updated }}|{% for a in articles %}{{ a.title }};{% endfor %}"


def _site() -> Site:
    lao = Entity(id="lao", kind=Kind.PLACE, name="Lào", name_en="Laos", description="Một nước.",
                 description_en="A country.")  # fmt: skip
    articles = [
        Article(
            title=f"Bài {n}", date=dt.date(2022, 3, n), places=["lao"] if n % 2 else [], src_uri=f"{n}.md"
        )
        for n in range(1, 6)
    ]
    return Site.of(articles, Registry([lao]))


def _write(site_dir: Path, outputs: object) -> dict[str, str]:
    env = jinja2.Environment(loader=jinja2.DictLoader({"feed.xml": TEMPLATE}), autoescape=True)
    names = {"vi": "Tin", "en": "News"}
    return write_feeds(env, _site(), site_dir, lambda lang: {"site_title": names[lang]}, 2, outputs)  # type: ignore[arg-type]


def test_each_language_has_a_feed_of_the_site_and_of_each_entity(tmp_path: Path) -> None:
    written = _write(tmp_path, Fresh())
    assert sorted(written) == ["dia-danh/lao/feed.xml", "en/feed.xml", "en/places/lao/feed.xml", "feed.xml"]
    assert set(written.values()) == {""}  # nothing kept, no fingerprints
    assert (tmp_path / "feed.xml").read_text(
        encoding="utf-8"
    ) == "Tin|feed.xml||2022-03-05T00:00:00Z|Bài 5;Bài 4;"
    assert (tmp_path / "en/places/lao/feed.xml").read_text(encoding="utf-8") == (
        "News – Laos|en/places/lao/feed.xml|en/places/lao/|2022-03-05T00:00:00Z|Bài 5;Bài 3;"
    )


def test_a_feed_whose_articles_did_not_change_is_placed_not_rendered(tmp_path: Path) -> None:
    first = _write(tmp_path / "one", PageStore(PageCache(tmp_path / "cache"), "build"))
    store = PageStore(PageCache(tmp_path / "cache"), "build")
    assert _write(tmp_path / "two", store) == first
    assert store.used() == {f"{key}.xml" for key in first.values()}
    for path in first:
        assert (tmp_path / "two" / path).read_bytes() == (tmp_path / "one" / path).read_bytes()
