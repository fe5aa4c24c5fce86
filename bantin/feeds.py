"""Atom feeds: the newest articles of the site and of each entity, in each language.

Feeds need absolute URLs, so they are written only when `site_url` is set. The template is the
theme's `feed.xml`, rendered with the same autoescaping environment as the pages; a feed whose
articles did not change is taken from the page cache.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import jinja2

from .article import Article
from .cache import PageCache
from .content import Site
from .entities import Entity
from .fingerprint import digest
from .labels import LANGS
from .urls import entity_url, feed_url, home_url


def write_feeds(
    env: jinja2.Environment,
    site: Site,
    site_dir: Path,
    common: Callable[[str], Mapping[str, Any]],
    size: int,
    cache: PageCache | None = None,
    build_digest: str = "",
    unchanged: Callable[[str, str], bool] | None = None,
) -> dict[str, str]:
    """Write every feed; return their site paths with their fingerprints ("" without a cache).

    `common(lang)` gives the site-wide template values; a feed for which `unchanged(path,
    fingerprint)` holds is already in the site as it would be written, and is not written.
    """
    template = env.get_template("feed.xml")
    written: dict[str, str] = {}

    def write(lang: str, entity: Entity | None, articles: Sequence[Article]) -> None:
        newest = articles[:size]
        path = feed_url(lang, entity)
        target = site_dir / path
        fingerprint = digest(build_digest, "feed", lang, entity, newest) if cache is not None else ""
        written[path] = fingerprint
        if cache is not None and unchanged is not None and unchanged(path, fingerprint):
            cache.used.add(f"{fingerprint}.xml")
            return
        if cache is not None and cache.place(fingerprint, target, ".xml"):
            return
        names = common(lang)
        title = names["site_title"] + (f" – {entity.name_in(lang)}" if entity else "")
        updated = newest[0].date.isoformat() if newest else "1970-01-01"
        xml = template.render(
            **names,
            articles=newest,
            feed_title=title,
            alternate_url=entity_url(entity, lang) if entity else home_url(lang),
            self_url=feed_url(lang, entity),
            updated=f"{updated}T00:00:00Z",
        )
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(xml, encoding="utf-8")
        if cache is not None:
            cache.keep(fingerprint, target, ".xml")

    for lang in LANGS:
        write(lang, None, site.articles)
        for entity in site.registry:
            if site.about(entity.id):  # an entity no article names has no page and no feed
                write(lang, entity, site.about(entity.id))
    return written
