"""Atom feeds and JSON Feeds: the newest articles of the site and of each entity, in each language.

Feeds need absolute URLs, so they are written only when `site_url` is set. The Atom template is
the theme's `feed.xml` (its entries `partials/atom_entry.xml`, each rendered once for all the feeds
of a language it is in: `atom_entry`), rendered with the same autoescaping environment as the
pages, without the characters XML cannot hold (`xml_safe`); beside each Atom feed, `feed.json`
holds the same entries as a JSON Feed 1.1 (https://jsonfeed.org/version/1.1), made here (JSON
needs no template). A feed whose articles did not change is not written again (`outputs`).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from ..core.article import Article
from ..core.text import xml_safe
from ..entities import Entity, Registry
from .clock import rfc3339
from .content import Site
from .flat import render_flat
from .gloss import english_gloss
from .labels import LABELS, LANGS
from .listings import Edition, editions
from .outputs import Outputs, produce
from .urls import (
    article_url,
    digest_feed_url,
    digest_json_feed_url,
    digest_url,
    edition_url,
    entity_url,
    feed_url,
    home_url,
    join_url,
    json_feed_url,
)

JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
#: `json`'s own encoder of a string as `ensure_ascii=False` writes it (its C one where there is one).
_encode_string: Callable[[str], str] = json.encoder.encode_basestring  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Feeds:
    """The site's feeds, written into `site_dir` unless already there (`outputs`)."""

    env: jinja2.Environment
    site: Site
    site_dir: Path
    common: Callable[[str], Mapping[str, Any]]  # the site-wide template values of a language
    outputs: Outputs
    size: int = 20  # entries in a feed
    site_url: str | None = None  # with it, a JSON Feed beside each Atom feed
    translated_only: bool = False  # English feeds leave out the articles without an English title
    #: Each article's JSON Feed item as written, by (src_uri, language): made once for all the
    #: feeds it is in (the site's and each of its entities', ~5 at a time).
    _items: dict[tuple[str, str], str] = field(default_factory=dict, repr=False)
    #: Each article's Atom entry (`partials/atom_entry.xml`) by (src_uri, language), the same way.
    _entries: dict[tuple[str, str], Markup] = field(default_factory=dict, repr=False)
    _globals: dict[str, dict[str, Any]] = field(default_factory=dict, repr=False)  # `render_flat`'s

    def write(self) -> dict[str, str]:
        """Every feed (`articles`, `digest`): their site paths with their fingerprints."""
        return self.articles() | self.digest()

    def articles(self) -> dict[str, str]:
        """The newest articles of the site and of each entity an article names, in each language."""
        written: dict[str, str] = {}
        for lang in LANGS:
            self._articles(written, lang, None, self.site.articles)
            for entity in self.site.registry:
                if self.site.about(entity.id):  # an entity no article names has no page and no feed
                    self._articles(written, lang, entity, self.site.about(entity.id))
        return written

    def _articles(
        self,
        written: dict[str, str],
        lang: str,
        entity: Entity | None,
        articles: Sequence[Article],
    ) -> None:
        if self.translated_only and lang == "en":
            articles = [a for a in articles if a.title_en]
        newest = articles[: self.size]
        path = feed_url(lang, entity)
        fingerprint = written[path] = self.outputs.fingerprint("feed", lang, entity, newest)

        def make() -> bytes:
            names = self.common(lang)
            title = names["site_title"] + (f" – {entity.name_in(lang)}" if entity else "")
            updated = max((a.updated_at for a in newest), default=_EPOCH)
            values = {
                "articles": newest,
                "feed_title": title,
                "alternate_url": entity_url(entity, lang) if entity else home_url(lang),
                "self_url": feed_url(lang, entity),
                "updated": rfc3339(updated),
                "atom_entry": lambda article: self._entry(lang, article),  # a function: called straight
            }
            xml = render_flat(self.env, "feed.xml", {**names, **values}, self._globals)
            return xml_safe(xml).encode("utf-8")  # a control character in a title would break it

        produce(self.outputs, path, fingerprint, self.site_dir / path, make, suffix=".xml")
        if self.site_url:
            path = json_feed_url(lang, entity)
            fingerprint = written[path] = self.outputs.fingerprint("jsonfeed", lang, entity, newest)
            feed = partial(
                json_feed, lang, entity, newest, self.common(lang), self.site_url, self.site, self._items
            )
            produce(self.outputs, path, fingerprint, self.site_dir / path, feed, suffix=".json")

    def _entry(self, lang: str, article: Article) -> Markup:
        """`atom_entry(article)` in `feed.xml`: the article's entry in a feed of `lang`, rendered
        once for all the feeds it is in (its URLs are absolute, the same in each)."""
        key = (article.src_uri, lang)
        entry = self._entries.get(key)
        if entry is None:
            values = {**self.common(lang), "article": article}
            text = render_flat(self.env, "partials/atom_entry.xml", values, self._globals)
            entry = self._entries[key] = Markup(text)
        return entry

    def digest(self) -> dict[str, str]:
        """The daily digest's feed in each language (template `digest_feed.xml`): one entry per
        day, the newest `size` days, each holding that day's headlines and summaries; with
        `site_url`, a JSON Feed beside it (an item per day, its headlines as text)."""
        newest = editions(self.site.articles, self.site.registry, newest=self.size)
        written: dict[str, str] = {}
        for lang in LANGS:
            written[digest_feed_url(lang)] = self._digest(lang, newest)
            if self.site_url:
                path = digest_json_feed_url(lang)
                fingerprint = written[path] = self.outputs.fingerprint("digest-jsonfeed", lang, newest)
                feed = partial(digest_json_feed, lang, newest, self.common(lang), self.site_url)
                produce(self.outputs, path, fingerprint, self.site_dir / path, feed, suffix=".json")
        return written

    def _digest(self, lang: str, newest: list[Edition]) -> str:
        path = digest_feed_url(lang)
        fingerprint = self.outputs.fingerprint("digest-feed", lang, newest)

        def make() -> bytes:
            updated = max((a.updated_at for e in newest for a in e.articles), default=_EPOCH)
            template = self.env.get_template("digest_feed.xml")
            values = {"editions": newest, "alternate_url": digest_url(lang), "self_url": path}
            xml = template.render(**self.common(lang), **values, updated=rfc3339(updated))
            return xml_safe(xml).encode("utf-8")

        produce(self.outputs, path, fingerprint, self.site_dir / path, make, suffix=".xml")
        return fingerprint


def digest_json_feed(lang: str, newest: Sequence[Edition], names: Mapping[str, Any], site_url: str) -> bytes:
    """The daily digest as a JSON Feed 1.1: the same days as its Atom feed."""
    labels = LABELS[lang]

    def item(edition: Edition) -> dict[str, Any]:
        url = join_url(site_url, edition_url(edition.day, lang))
        titles = [(a.title_en or a.title) if lang == "en" else a.title for a in edition.articles]
        return {
            "id": url,
            "url": url,
            "title": labels.edition_title.format(date=labels.day(edition.day)),
            "content_text": " · ".join(titles),
            "date_published": f"{edition.day.isoformat()}T00:00:00Z",
            "date_modified": rfc3339(max(a.updated_at for a in edition.articles)),
        }

    feed = {
        "version": JSON_FEED_VERSION,
        "title": f"{names['site_title']} – {labels.digest}",
        "home_page_url": join_url(site_url, digest_url(lang)),
        "feed_url": join_url(site_url, digest_json_feed_url(lang)),
        "description": labels.digest_intro,
        "language": lang,
        "authors": [{"name": names["site_title"]}],
        "items": [item(e) for e in newest],
    }
    return (indented_json(feed) + "\n").encode("utf-8")


def english_summary(article: Article, registry: Registry) -> str:
    """An English feed entry's summary: the English summary; for an article without an English
    title, first that its headline is Vietnamese and whom it is about (`gloss`)."""
    labels = LABELS["en"]
    if article.title_en:
        return article.summary_en or labels.no_english
    gloss = english_gloss(article, registry, labels.report_on)
    said = " · ".join(part for part in (labels.in_vietnamese, gloss) if part)
    return f"{said}. {article.summary_en}" if article.summary_en else f"{said}."


def json_feed(
    lang: str,
    entity: Entity | None,
    articles: Sequence[Article],
    names: Mapping[str, Any],
    site_url: str,
    site: Site,
    items: dict[tuple[str, str], str] | None = None,
) -> bytes:
    """A JSON Feed 1.1 of `articles` (the same entries as the Atom feed beside it). `items`:
    the items already written, by (src_uri, language), kept for the next feed."""
    english = lang == "en"

    def absolute(url: str) -> str:
        return join_url(site_url, url)

    def item(article: Article) -> dict[str, Any]:
        url = absolute(article_url(article, lang))
        title = (article.title_en or article.title) if english else article.title
        summary = english_summary(article, site.registry) if english else article.lead_text
        data: dict[str, Any] = {
            "id": url,
            "url": url,
            "title": title,
            "content_text": summary or title,  # JSON Feed needs a text; a lead may be empty
            "date_published": rfc3339(article.published_at),
        }
        if article.updated_at != article.published_at:  # corrected or updated since
            data["date_modified"] = rfc3339(article.updated_at)
        if article.author:
            data["authors"] = [{"name": article.author}]
        return data

    title = names["site_title"] + (f" – {entity.name_in(lang)}" if entity else "")
    feed: dict[str, Any] = {
        "version": JSON_FEED_VERSION,
        "title": title,
        "home_page_url": absolute(entity_url(entity, lang) if entity else home_url(lang)),
        "feed_url": absolute(json_feed_url(lang, entity)),
    }
    if names.get("site_description"):
        feed["description"] = names["site_description"]
    feed |= {"language": lang, "authors": [{"name": names["site_title"]}]}
    items = {} if items is None else items

    def written(article: Article) -> _Written:
        """The item as `indented_json` writes it in a feed (a dict in its list `items`), kept."""
        text = items.get((article.src_uri, lang))
        if text is None:
            out: list[str] = []
            _indented(item(article), out, "\n  ")
            text = items[(article.src_uri, lang)] = "".join(out)
        return _Written(text)

    try:
        text = _plain_json(feed | {"items": [written(a) for a in articles]})
    except _NotPlain:  # something `json` writes (none of our feeds has any): all of it to `json`
        text = indented_json(feed | {"items": [item(a) for a in articles]})
    return (text + "\n").encode("utf-8")


class _Written(str):
    """A value already written as `indented_json` would write it there (a feed's item)."""


class _NotPlain(Exception):
    """A value `indented_json` leaves to `json.dumps`."""


def indented_json(value: Any) -> str:
    """`json.dumps(value, ensure_ascii=False, indent=1)`, the same text, made without the Python
    encoder `json` falls back to whenever it indents (a 20-item feed 121 -> 49 us; ~1,200 a build).

    Text, whole numbers, booleans, None, lists and tuples, and dicts with text keys are written
    here (each string by `json`'s own encoder); anything else sends the whole value to `json`."""
    try:
        return _plain_json(value)
    except _NotPlain:
        return json.dumps(value, ensure_ascii=False, indent=1)


def _plain_json(value: Any) -> str:
    """`indented_json` of a value it writes itself; _NotPlain for any other."""
    out: list[str] = []
    _indented(value, out, "\n")
    return "".join(out)


def _indented(value: Any, out: list[str], newline: str) -> None:
    kind = type(value)
    if kind is str:
        out.append(_encode_string(value))
    elif kind is _Written:
        out.append(value)
    elif kind is dict:
        if not value:
            out.append("{}")
            return
        inner = newline + " "
        separator = "{" + inner
        for key, item in value.items():
            if type(key) is not str:
                raise _NotPlain
            out.append(separator)
            out.append(_encode_string(key))
            out.append(": ")
            _indented(item, out, inner)
            separator = "," + inner
        out.append(newline + "}")
    elif kind is list or kind is tuple:
        if not value:
            out.append("[]")
            return
        inner = newline + " "
        separator = "[" + inner
        for item in value:
            out.append(separator)
            _indented(item, out, inner)
            separator = "," + inner
        out.append(newline + "]")
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif kind is int:
        out.append(int.__repr__(value))
    else:  # floats (nan, infinity), other types: json's own rules
        raise _NotPlain
