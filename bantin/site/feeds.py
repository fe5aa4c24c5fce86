"""Atom feeds: the newest articles of the site and of each entity, in each language.

Feeds need absolute URLs, so they are written only when `site_url` is set. The template is the
theme's `feed.xml`, rendered with the same autoescaping environment as the pages, without the
characters XML cannot hold (`xml_safe`); a feed whose articles did not change is not written
again (`outputs`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import jinja2

from ..core.article import Article
from ..core.text import xml_safe
from ..entities import Entity
from .content import Site
from .labels import LANGS
from .outputs import Outputs, produce
from .urls import entity_url, feed_url, home_url


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
            updated = newest[0].date.isoformat() if newest else "1970-01-01"
            xml = template.render(
                **names,
                articles=newest,
                feed_title=title,
                alternate_url=entity_url(entity, lang) if entity else home_url(lang),
                self_url=feed_url(lang, entity),
                updated=f"{updated}T00:00:00Z",
            )
            return xml_safe(xml).encode("utf-8")  # a control character in a title would break it

        produce(outputs, path, fingerprint, site_dir / path, make, suffix=".xml")

    for lang in LANGS:
        write(lang, None, site.articles)
        for entity in site.registry:
            if site.about(entity.id):  # an entity no article names has no page and no feed
                write(lang, entity, site.about(entity.id))
    return written
