"""Atom feeds and JSON Feeds: the newest articles of the site and of each entity, in each language.

Feeds need absolute URLs, so they are written only when `site_url` is set. The Atom template is
the theme's `feed.xml`, rendered with the same autoescaping environment as the pages, without the
characters XML cannot hold (`xml_safe`); beside each Atom feed, `feed.json` holds the same entries
as a JSON Feed 1.1 (https://jsonfeed.org/version/1.1), made here (JSON needs no template). A feed
whose articles did not change is not written again (`outputs`).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping, Sequence
from functools import partial
from pathlib import Path
from typing import Any

import jinja2

from ..core.article import Article
from ..core.text import xml_safe
from ..entities import Entity, Registry
from .clock import rfc3339
from .content import Site
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


def write_feeds(
    env: jinja2.Environment,
    site: Site,
    site_dir: Path,
    common: Callable[[str], Mapping[str, Any]],
    size: int,
    outputs: Outputs,
    *,
    site_url: str | None = None,
    translated_only: bool = False,
) -> dict[str, str]:
    """Write every feed that is not already there (`outputs`); return their site paths with
    their fingerprints. `common(lang)` gives the site-wide template values; with `site_url`,
    a JSON Feed beside each Atom feed; `translated_only`: English feeds leave out the articles
    without an English title."""
    template = env.get_template("feed.xml")
    written: dict[str, str] = {}

    def write(lang: str, entity: Entity | None, articles: Sequence[Article]) -> None:
        if translated_only and lang == "en":
            articles = [a for a in articles if a.title_en]
        newest = articles[:size]
        path = feed_url(lang, entity)
        fingerprint = written[path] = outputs.fingerprint("feed", lang, entity, newest)

        def make() -> bytes:
            names = common(lang)
            title = names["site_title"] + (f" – {entity.name_in(lang)}" if entity else "")
            updated = max((a.updated_at for a in newest), default=dt.datetime(1970, 1, 1, tzinfo=dt.UTC))
            xml = template.render(
                **names,
                articles=newest,
                feed_title=title,
                alternate_url=entity_url(entity, lang) if entity else home_url(lang),
                self_url=feed_url(lang, entity),
                updated=rfc3339(updated),
            )
            return xml_safe(xml).encode("utf-8")  # a control character in a title would break it

        produce(outputs, path, fingerprint, site_dir / path, make, suffix=".xml")
        if site_url:
            path = json_feed_url(lang, entity)
            fingerprint = written[path] = outputs.fingerprint("jsonfeed", lang, entity, newest)
            feed = partial(json_feed, lang, entity, newest, common(lang), site_url, site)
            produce(outputs, path, fingerprint, site_dir / path, feed, suffix=".json")

    for lang in LANGS:
        write(lang, None, site.articles)
        for entity in site.registry:
            if site.about(entity.id):  # an entity no article names has no page and no feed
                write(lang, entity, site.about(entity.id))
    return written


def write_digest_feeds(
    env: jinja2.Environment,
    site: Site,
    site_dir: Path,
    common: Callable[[str], Mapping[str, Any]],
    size: int,
    outputs: Outputs,
    *,
    site_url: str | None = None,
) -> dict[str, str]:
    """The daily digest's feed in each language (template `digest_feed.xml`): one entry per day,
    the newest `size` days, each holding that day's headlines and summaries; with `site_url`, a
    JSON Feed beside it (an item per day, its headlines as text)."""
    newest = editions(site.articles, site.registry, newest=size)
    written: dict[str, str] = {}
    for lang in LANGS:
        path = digest_feed_url(lang)
        written[path] = _digest_feed(env, site_dir, common, outputs, lang, newest)
        if site_url:
            path = digest_json_feed_url(lang)
            fingerprint = written[path] = outputs.fingerprint("digest-jsonfeed", lang, newest)
            feed = partial(digest_json_feed, lang, newest, common(lang), site_url)
            produce(outputs, path, fingerprint, site_dir / path, feed, suffix=".json")
    return written


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
    return (json.dumps(feed, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def _digest_feed(
    env: jinja2.Environment,
    site_dir: Path,
    common: Callable[[str], Mapping[str, Any]],
    outputs: Outputs,
    lang: str,
    newest: list[Edition],
) -> str:
    path = digest_feed_url(lang)
    fingerprint = outputs.fingerprint("digest-feed", lang, newest)

    def make() -> bytes:
        updated = max((a.updated_at for e in newest for a in e.articles), default=_EPOCH)
        template = env.get_template("digest_feed.xml")
        values = {"editions": newest, "alternate_url": digest_url(lang), "self_url": path}
        xml = template.render(**common(lang), **values, updated=rfc3339(updated))
        return xml_safe(xml).encode("utf-8")

    produce(outputs, path, fingerprint, site_dir / path, make, suffix=".xml")
    return fingerprint


_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


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
) -> bytes:
    """A JSON Feed 1.1 of `articles` (the same entries as the Atom feed beside it)."""
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
    feed["items"] = [item(a) for a in articles]
    return (json.dumps(feed, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
