"""Atom feeds: the newest articles of the site and of each entity, in each language.

Feeds need absolute URLs, so they are written only when `site_url` is set. The template is the
theme's `feed.xml`, rendered with the same autoescaping environment as the pages.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import jinja2

from .article import Article
from .content import Site
from .labels import LANGS
from .urls import entity_url, feed_url, home_url


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def write_feeds(
    env: jinja2.Environment,
    site: Site,
    site_dir: Path,
    common: Callable[[str], Mapping[str, Any]],
    size: int,
) -> int:
    """Write every feed; return how many. `common(lang)` gives the site-wide template values."""
    template = env.get_template("feed.xml")

    def render(lang: str, articles: Sequence[Article], title: str, alternate: str, self_url: str) -> str:
        newest = articles[:size]
        updated = newest[0].date.isoformat() if newest else "1970-01-01"
        return template.render(
            **common(lang), articles=newest, feed_title=title,
            alternate_url=alternate, self_url=self_url, updated=f"{updated}T00:00:00Z",
        )  # fmt: skip

    count = 0
    for lang in LANGS:
        names = common(lang)
        _write(
            site_dir / feed_url(lang),
            render(lang, site.articles, names["site_title"], home_url(lang), feed_url(lang)),
        )
        count += 1
        for entity in site.registry:
            title = f"{names['site_title']} – {entity.name_in(lang)}"
            xml = render(lang, site.about(entity.id), title, entity_url(entity, lang), feed_url(lang, entity))
            _write(site_dir / feed_url(lang, entity), xml)
            count += 1
    return count
