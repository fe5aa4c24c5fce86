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
from bantin.site.feeds import Feeds
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
    return Feeds(env, _site(), site_dir, lambda lang: {"site_title": names[lang]}, outputs, 2).articles()  # type: ignore[arg-type]


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


def _json_feeds(site_dir: Path) -> dict[str, str]:
    env = jinja2.Environment(loader=jinja2.DictLoader({"feed.xml": TEMPLATE}), autoescape=True)
    names = {"vi": "Tin", "en": "News"}
    return Feeds(
        env, _site(), site_dir, lambda lang: {"site_title": names[lang], "site_description": ""}, Fresh(), 2,
        site_url="https://example.org/tin/",
    ).articles()  # fmt: skip


def _check_json_feed(data: dict) -> None:
    """JSON Feed 1.1: the keys it requires, with their types."""
    assert data["version"] == "https://jsonfeed.org/version/1.1"
    assert isinstance(data["title"], str) and data["title"]
    assert isinstance(data["items"], list)
    for key in ("home_page_url", "feed_url"):
        assert data[key].startswith("https://example.org/tin/")
    for item in data["items"]:
        assert isinstance(item["id"], str) and item["id"]
        text = item.get("content_text") or item.get("content_html")
        assert isinstance(text, str) and text.strip()
        dt.datetime.fromisoformat(item["date_published"])  # RFC 3339
        for author in item.get("authors", []):
            assert isinstance(author["name"], str)


def test_a_json_feed_beside_each_atom_feed(tmp_path: Path) -> None:
    import json

    written = _json_feeds(tmp_path)
    assert sorted(written) == [
        "dia-danh/lao/feed.json", "dia-danh/lao/feed.xml", "en/feed.json", "en/feed.xml",
        "en/places/lao/feed.json", "en/places/lao/feed.xml", "feed.json", "feed.xml",
    ]  # fmt: skip
    for path in written:
        if path.endswith(".json"):
            _check_json_feed(json.loads((tmp_path / path).read_text(encoding="utf-8")))
    lao = json.loads((tmp_path / "en/places/lao/feed.json").read_text(encoding="utf-8"))
    assert lao["title"] == "News – Laos" and lao["language"] == "en"
    assert lao["feed_url"] == "https://example.org/tin/en/places/lao/feed.json"
    assert lao["home_page_url"] == "https://example.org/tin/en/places/lao/"
    assert [i["url"] for i in lao["items"]] == [
        "https://example.org/tin/en/2022/03/bai-5/",
        "https://example.org/tin/en/2022/03/bai-3/",
    ]
    assert [i["date_published"] for i in lao["items"]] == ["2022-03-05T00:00:00Z", "2022-03-03T00:00:00Z"]
    site = json.loads((tmp_path / "feed.json").read_text(encoding="utf-8"))
    assert site["language"] == "vi" and [i["title"] for i in site["items"]] == ["Bài 5", "Bài 4"]
    assert _json_feeds(tmp_path / "again") == written
    assert (tmp_path / "again/feed.json").read_bytes() == (tmp_path / "feed.json").read_bytes()


def test_json_feed_items_written_once_read_as_json_writes_them() -> None:
    """An item is written once for every feed it is in: each feed is still, byte for byte,
    `json.dumps(…, ensure_ascii=False, indent=1)` of itself, with or without items kept."""
    import json

    from bantin.site.feeds import json_feed

    site = _site()
    lao = site.registry.get("lao")
    names = {"site_title": "Tin", "site_description": "Tin tức"}
    for lang in ("vi", "en"):
        kept: dict[tuple[str, str], str] = {}
        whole = json_feed(lang, None, site.articles, names, "https://example.org/tin/", site, kept)
        about = json_feed(lang, lao, site.about("lao"), names, "https://example.org/tin/", site, kept)
        assert set(kept) == {(a.src_uri, lang) for a in site.articles}
        alone = json_feed(lang, lao, site.about("lao"), names, "https://example.org/tin/", site)
        assert about == alone
        for text in (whole.decode(), about.decode()):
            assert text == json.dumps(json.loads(text), ensure_ascii=False, indent=1) + "\n"
        assert json.loads(about)["items"][0]["url"].endswith("2022/03/bai-5/")


def _theme_feeds(site_dir: Path, feed_template: str | None = None) -> Feeds:
    """The theme's Atom feeds of `_site()` (or with `feed_template` as a user's own feed.xml)."""
    from bantin.site.clock import rfc3339
    from bantin.site.feeds import english_summary
    from bantin.site.urls import article_url, join_url

    theme = jinja2.FileSystemLoader(Path(__file__).parents[2] / "theme")
    own = jinja2.DictLoader({"feed.xml": feed_template} if feed_template else {})
    loader = jinja2.ChoiceLoader([own, theme])
    env = jinja2.Environment(loader=loader, autoescape=True)
    site = _site()
    env.globals.update(
        absolute_url=lambda url: join_url("https://example.org/tin/", url),
        article_url=article_url,
        rfc3339=rfc3339,
        english_summary=lambda article: english_summary(article, site.registry),
    )
    names = {"vi": "Tin", "en": "News"}
    feeds = Feeds(env, site, site_dir, lambda lang: {"lang": lang, "site_title": names[lang]}, Fresh(), 3)
    feeds.articles()
    return feeds


def test_an_atom_entry_is_rendered_once_for_every_feed_and_a_feed_xml_of_its_own_still_works(
    tmp_path: Path,
) -> None:
    """The theme's feed.xml takes each entry from `atom_entry` (partials/atom_entry.xml, once per
    article and language); a feed.xml with the entry written in its own loop, as the theme's was,
    gives the same feeds, byte for byte."""
    shared = _theme_feeds(tmp_path / "shared")
    theme = Path(__file__).parents[2] / "theme"
    entry = (theme / "partials/atom_entry.xml").read_text(encoding="utf-8").split("#}\n", 1)[1]
    own = (
        (theme / "feed.xml")
        .read_text(encoding="utf-8")
        .replace("  {{- atom_entry(article) }}\n", entry.rstrip("\n") + "\n")
    )
    assert "atom_entry" not in own and "<entry>" in own
    _theme_feeds(tmp_path / "own", own)
    files = sorted(p.relative_to(tmp_path / "shared") for p in (tmp_path / "shared").rglob("feed.xml"))
    assert len(files) == 4
    for path in files:
        assert (tmp_path / "shared" / path).read_bytes() == (tmp_path / "own" / path).read_bytes()
    site_feed = (tmp_path / "shared/en/feed.xml").read_text(encoding="utf-8")
    assert site_feed.count("<entry>") == 3 and "https://example.org/tin/en/2022/03/bai-5/" in site_feed
    # 3 entries in each site feed (articles 5, 4, 3), 3 in each Laos feed (5, 3, 1): 4 made a language
    assert sorted(shared._entries) == sorted((f"{n}.md", lang) for n in (1, 3, 4, 5) for lang in ("vi", "en"))
