"""Every page of the site, in both languages, as a list of routes.

Pure: content in, routes out; the MkDocs plugin turns routes into files. Each route knows its
counterpart in the other language, so the language switcher and `hreflang` never point nowhere.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from .article import Article
from .content import Site
from .entities import Entity, Kind
from .labels import LABELS, LANGS
from .listings import archive, paginate
from .relations import Relations
from .urls import (
    archive_url,
    article_url,
    entity_url,
    home_url,
    kind_url,
    month_url,
    other,
    search_url,
    year_url,
)


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


def _newest(articles: Iterable[Article]) -> dt.date | None:
    return max((a.date for a in articles), default=None)


@dataclass(frozen=True)
class RouteBuilder:
    """Makes the routes of one site; `per_page` applies to every paginated listing."""

    site: Site
    site_names: Mapping[str, str]
    per_page: int = 20

    def build(self) -> list[Route]:
        relations = Relations(self.site)
        years = archive(self.site.articles)
        # What an article's page shows besides the article, the same in both languages: made once.
        shown = {
            a.src_uri: {
                "article": a,
                "entity_groups": entity_groups(a, self.site),
                "related": relations.related(a),
            }
            for a in self.site.articles
        }
        named_with = {e.id: relations.named_with(e) for e in self.site.registry}
        routes: list[Route] = []
        for lang in LANGS:
            routes += self._listing(
                lang, self.site.articles, home_url, "home.html", self.site_names[lang], {}
            )
            routes += [self._article(article, lang, shown[article.src_uri]) for article in self.site.articles]
            routes += self._entities(lang, named_with)
            routes += self._archives(lang, years)
            routes.append(self._page(search_url, lang, "search.html", LABELS[lang].search))
        return routes

    def _page(
        self, url_of: Callable[[str], str], lang: str, template: str, title: str, **context: Any
    ) -> Route:
        return Route(url_of(lang), lang, template, title, url_of(other(lang)), context=context)

    def _listing(
        self,
        lang: str,
        articles: Sequence[Article],
        url_of: Callable[[str, int], str],
        template: str,
        title: str,
        context: Mapping[str, Any],
    ) -> Iterator[Route]:
        """The pages of one paginated list of articles; `url_of(lang, number)` places them."""
        for paginator in paginate(articles, lambda n: url_of(lang, n), self.per_page):
            suffix = LABELS[lang].page.format(number=paginator.number, count=paginator.count)
            yield Route(
                url=url_of(lang, paginator.number),
                lang=lang,
                template=template,
                title=title if paginator.number == 1 else f"{title} – {suffix}",
                counterpart=url_of(other(lang), paginator.number),
                context={**context, "paginator": paginator},
                updated=_newest(paginator.items),
            )

    def _article(self, article: Article, lang: str, shown: Mapping[str, Any]) -> Route:
        english = lang == "en"
        return Route(
            url=article_url(article, lang),
            lang=lang,
            template="article_en.html" if english else "article.html",
            title=(article.title_en or article.title) if english else article.title,
            counterpart=article_url(article, other(lang)),
            source=None if english else article.src_uri,
            context=shown,
            updated=article.date,
        )

    def _entities(self, lang: str, named_with: Mapping[str, list[tuple[Entity, int]]]) -> Iterator[Route]:
        registry = self.site.registry
        for kind in Kind:
            # only the entities articles name have pages
            entities = [e for e in registry.of_kind(kind) if self.site.about(e.id)]
            yield Route(
                url=kind_url(kind, lang),
                lang=lang,
                template="entity_index.html",
                title=LABELS[lang].kind_plural(kind),
                counterpart=kind_url(kind, other(lang)),
                context={"kind": kind, "entities": [(e, len(self.site.about(e.id))) for e in entities]},
                updated=_newest(a for e in entities for a in self.site.about(e.id)[:1]),
            )
            for entity in entities:
                context = {
                    "entity": entity,
                    "kind": kind,
                    "named_with": named_with[entity.id],
                    "parent": self._named(entity.parent),
                    "children": [c for c in registry.children(entity.id) if self.site.about(c.id)],
                    "country": self._named(entity.country),
                }
                yield from self._listing(
                    lang,
                    self.site.about(entity.id),
                    partial(entity_url, entity),
                    "entity.html",
                    entity.name_in(lang),
                    context,
                )

    def _named(self, entity_id: str | None) -> Entity | None:
        """The entity, if an article names it (only those have pages)."""
        return self.site.registry.get(entity_id) if entity_id and self.site.about(entity_id) else None

    def _archives(self, lang: str, years: list[Any]) -> Iterator[Route]:
        yield self._page(archive_url, lang, "archive.html", LABELS[lang].archive, years=years)
        for year in years:
            yield from self._listing(
                lang, year.articles, partial(year_url, year.year), "archive_year.html",
                LABELS[lang].year_title.format(year=year.year), {"year": year},
            )  # fmt: skip
            for month in year.months:
                yield from self._listing(
                    lang, month.articles, partial(month_url, month.year, month.month),
                    "archive_month.html", LABELS[lang].month_title(month.year, month.month), {"month": month},
                )  # fmt: skip


def build_routes(site: Site, *, site_names: Mapping[str, str], per_page: int = 20) -> list[Route]:
    """Every page of the site, in both languages."""
    return RouteBuilder(site, site_names, per_page).build()
