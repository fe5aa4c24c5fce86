"""Atom feeds: the newest articles of the site and of each entity, in each language.

Feeds need absolute URLs, so they are written only when `site_url` is set. The template is the
theme's `feed.xml`, rendered with the same autoescaping environment as the pages; a feed whose
articles did not change is not written again (`outputs`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import jinja2

from ..core.article import Article
from ..entities import Entity
from .clock import rfc3339
from .content import Site
from .labels import LANGS
from .listings import Edition, editions
from .outputs import Outputs, produce
from .urls import digest_feed_url, digest_url, entity_url, feed_url, home_url


def write_feeds(
    env: jinja2.Environment,
    site: Site,
    site_dir: Path,
    common: Callable[[str], Mapping[str, Any]],
    size: int,
    outputs: Outputs,
) -> dict[str, str]:
    """Write every feed that is not already there (`outputs`); return their site paths with
    their fingerprints. `common(lang)` gives the site-wide template values."""
    template = env.get_template("feed.xml")
    written: dict[str, str] = {}

    def write(lang: str, entity: Entity | None, articles: Sequence[Article]) -> None:
        newest = articles[:size]
        path = feed_url(lang, entity)
        fingerprint = written[path] = outputs.fingerprint("feed", lang, entity, newest)

        def make() -> bytes:
            names = common(lang)
            title = names["site_title"] + (f" – {entity.name_in(lang)}" if entity else "")
            updated = max((a.updated_at for a in newest), default=dt.datetime(1970, 1, 1, tzinfo=dt.UTC))
            return template.render(
                **names,
                articles=newest,
                feed_title=title,
                alternate_url=entity_url(entity, lang) if entity else home_url(lang),
                self_url=feed_url(lang, entity),
                updated=rfc3339(updated),
            ).encode("utf-8")

        produce(outputs, path, fingerprint, site_dir / path, make, suffix=".xml")

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
) -> dict[str, str]:
    """The daily digest's feed in each language (template `digest_feed.xml`): one entry per day,
    the newest `size` days, each holding that day's headlines and summaries."""
    newest = editions(site.articles, site.registry)[:size]
    written: dict[str, str] = {}
    for lang in LANGS:
        path = digest_feed_url(lang)
        written[path] = _digest_feed(env, site_dir, common, outputs, lang, newest)
    return written


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
        return template.render(**common(lang), **values, updated=rfc3339(updated)).encode("utf-8")

    produce(outputs, path, fingerprint, site_dir / path, make, suffix=".xml")
    return fingerprint


_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
