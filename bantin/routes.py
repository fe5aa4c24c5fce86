"""The URL scheme and the list of pages the site is made of.

Vietnamese lives at the root, English under `en/`. Every page has a counterpart in the other
language, so the language switcher and `hreflang` links never point nowhere. This module is
pure: content in, routes out; the MkDocs plugin turns routes into files.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .article import Article
from .content import Site
from .entities import Entity, Kind
from .labels import LABELS, LANGS

#: URL segment of each kind's pages, per language.
KIND_SEGMENTS: dict[Kind, dict[str, str]] = {
    Kind.ORGANIZATION: {"vi": "to-chuc", "en": "organizations"},
    Kind.PERSON: {"vi": "nhan-vat", "en": "people"},
    Kind.EVENT: {"vi": "su-kien", "en": "events"},
    Kind.PLACE: {"vi": "dia-danh", "en": "places"},
}


def other(lang: str) -> str:
    return "en" if lang == "vi" else "vi"


def prefix(lang: str) -> str:
    return "" if lang == "vi" else "en/"


def home_url(lang: str, number: int = 1) -> str:
    return prefix(lang) + ("" if number == 1 else f"page/{number}/")


def article_url(article: Article, lang: str) -> str:
    return f"{prefix(lang)}{article.date:%Y}/{article.date:%m}/{article.effective_slug}/"


def kind_url(kind: Kind, lang: str) -> str:
    return f"{prefix(lang)}{KIND_SEGMENTS[kind][lang]}/"


def entity_url(entity: Entity, lang: str) -> str:
    return f"{kind_url(entity.kind, lang)}{entity.id}/"


@dataclass(frozen=True)
class Paginator:
    """One page of a listing, with links to its neighbours."""

    number: int
    count: int
    items: tuple[Article, ...]
    newer_url: str | None
    older_url: str | None


@dataclass(frozen=True)
class Route:
    """One page of the site: where it goes, which template renders it and with what."""

    url: str
    lang: str
    template: str
    title: str
    counterpart: str
    source: str | None = None  # content file shown on this page, if any
    context: Mapping[str, Any] = field(default_factory=dict)
    updated: dt.date | None = None  # newest content on the page, for the sitemap

    @property
    def src_uri(self) -> str:
        """The content path MkDocs knows this page by (virtual unless `source` is set)."""
        return self.source or f"{self.url}index.md"

    @property
    def dest_uri(self) -> str:
        return f"{self.url}index.html"

    @property
    def alternates(self) -> dict[str, str]:
        """URL of this page in each language."""
        return {self.lang: self.url, other(self.lang): self.counterpart}


def entity_groups(article: Article, site: Site) -> list[tuple[Kind, list[Entity]]]:
    """An article's entities grouped by kind, for its tag links."""
    groups = []
    for kind in Kind:
        entities = [e for i in article.entity_ids(kind) if (e := site.registry.get(i))]
        if entities:
            groups.append((kind, entities))
    return groups


def build_routes(site: Site, *, site_names: Mapping[str, str], per_page: int = 20) -> list[Route]:
    """Every page of the site, in both languages."""
    routes: list[Route] = []
    for lang in LANGS:
        routes.extend(_home_routes(site, lang, site_names[lang], per_page))
        for article in site.articles:
            routes.append(_article_route(site, article, lang))
        for kind in Kind:
            entities = site.registry.of_kind(kind)
            routes.append(
                Route(
                    url=kind_url(kind, lang),
                    lang=lang,
                    template="entity_index.html",
                    title=LABELS[lang].kind_plural(kind),
                    counterpart=kind_url(kind, other(lang)),
                    context={"kind": kind, "entities": [(e, len(site.about(e.id))) for e in entities]},
                    updated=_newest(a for e in entities for a in site.about(e.id)[:1]),
                )
            )
            for entity in entities:
                routes.append(
                    Route(
                        url=entity_url(entity, lang),
                        lang=lang,
                        template="entity.html",
                        title=entity.name_in(lang),
                        counterpart=entity_url(entity, other(lang)),
                        context={"entity": entity, "kind": kind, "articles": site.about(entity.id)},
                        updated=_newest(site.about(entity.id)[:1]),
                    )
                )
    return routes


def _home_routes(site: Site, lang: str, site_name: str, per_page: int) -> list[Route]:
    count = max(1, math.ceil(len(site.articles) / per_page))
    routes = []
    for number in range(1, count + 1):
        paginator = Paginator(
            number=number,
            count=count,
            items=site.articles[(number - 1) * per_page : number * per_page],
            newer_url=home_url(lang, number - 1) if number > 1 else None,
            older_url=home_url(lang, number + 1) if number < count else None,
        )
        title = (
            site_name
            if number == 1
            else f"{site_name} – {LABELS[lang].page.format(number=number, count=count)}"
        )
        routes.append(
            Route(
                url=home_url(lang, number),
                lang=lang,
                template="home.html",
                title=title,
                counterpart=home_url(other(lang), number),
                context={"paginator": paginator},
                updated=_newest(paginator.items),
            )
        )
    return routes


def _article_route(site: Site, article: Article, lang: str) -> Route:
    english = lang == "en"
    return Route(
        url=article_url(article, lang),
        lang=lang,
        template="article_en.html" if english else "article.html",
        title=(article.title_en or article.title) if english else article.title,
        counterpart=article_url(article, other(lang)),
        source=None if english else article.src_uri,
        context={"article": article, "entity_groups": entity_groups(article, site)},
        updated=article.date,
    )


def _newest(articles: Iterable[Article]) -> dt.date | None:
    return max((a.date for a in articles), default=None)
