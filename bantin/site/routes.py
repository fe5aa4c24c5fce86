"""Every page of the site, in both languages, as a list of routes.

Pure: content in, routes out; the MkDocs plugin turns routes into files. Each route knows its
counterpart in the other language, so the language switcher and `hreflang` never point nowhere.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, fields
from functools import partial
from typing import Any

from ..core.article import Article
from ..core.fields import Correction
from ..entities import Entity, Kind
from .content import Site
from .labels import LABELS, LANGS
from .listings import Edition, Month, Paginator, Year, archive, editions, paginate
from .relations import Relations
from .urls import (
    archive_url,
    article_url,
    corrections_url,
    digest_url,
    edition_url,
    entity_url,
    home_url,
    kind_url,
    month_url,
    other,
    search_url,
    year_url,
)


class PageKind(enum.Enum):
    """What a page is; each kind has its template (an article's in each language)."""

    HOME = "home.html"
    ARTICLE = "article.html"
    ENTITY_INDEX = "entity_index.html"
    ENTITY = "entity.html"
    ARCHIVE = "archive.html"
    YEAR = "archive_year.html"
    MONTH = "archive_month.html"
    SEARCH = "search.html"
    CORRECTIONS = "corrections.html"
    EDITIONS = "editions.html"  # the index of the daily digest editions
    EDITION = "edition.html"  # one day's digest
    REDIRECT = "redirect.html"  # an old address sending readers on; in no listing or sitemap
    PAGE = "main.html"  # a plain content page MkDocs builds (about, contact…)

    def template(self, lang: str) -> str:
        return "article_en.html" if self is PageKind.ARTICLE and lang == "en" else self.value


# What each kind of page hands its template besides the site-wide values (`Values.context`).


@dataclass(frozen=True)
class Values:
    """A page's own template values; the field names are the names the templates use."""

    @property
    def context(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(frozen=True)
class NoValues(Values):
    """The home page, the search page, a plain page: site-wide values only."""


@dataclass(frozen=True)
class ArticleValues(Values):
    """An article's page: the same in both languages, made once."""

    article: Article
    entity_groups: list[tuple[Kind, list[Entity]]]
    related: list[Article]


@dataclass(frozen=True)
class KindValues(Values):
    """The index of one kind of entity, each with how many articles name it."""

    kind: Kind
    entities: list[tuple[Entity, int]]


@dataclass(frozen=True)
class EntityValues(Values):
    entity: Entity
    kind: Kind
    named_with: list[tuple[Entity, int]]
    parent: Entity | None
    children: list[Entity]
    country: Entity | None


@dataclass(frozen=True)
class ArchiveValues(Values):
    years: list[Year]


@dataclass(frozen=True)
class YearValues(Values):
    year: Year


@dataclass(frozen=True)
class MonthValues(Values):
    month: Month


@dataclass(frozen=True)
class CorrectionsValues(Values):
    """Every correction of the site, newest first, each with its article."""

    corrections: list[tuple[Article, Correction]]


@dataclass(frozen=True)
class EditionsValues(Values):
    """The index of the daily editions: its pages list days (`paginator.items`)."""


@dataclass(frozen=True)
class EditionValues(Values):
    edition: Edition


@dataclass(frozen=True)
class RedirectValues(Values):
    """An old address of a page: where the page is now."""

    target: str  # its URL, relative to the site root


@dataclass(frozen=True)
class Listing(Values):
    """One page of a paginated list: the list's own values and the page's `paginator`."""

    of: Values
    paginator: Paginator

    @property
    def context(self) -> dict[str, Any]:
        return {**self.of.context, "paginator": self.paginator}


@dataclass(frozen=True)
class Route:
    """One page of the site: where it goes, what it is and what its template is given."""

    url: str
    lang: str
    kind: PageKind
    title: str
    counterpart: str
    values: Values = NoValues()
    source: str | None = None  # content file shown on this page, if any
    updated: dt.date | None = None  # newest content on the page, for the sitemap

    @property
    def template(self) -> str:
        return self.kind.template(self.lang)

    @property
    def context(self) -> dict[str, Any]:
        """The page's own template values by name."""
        return self.values.context

    def template_values(self, common: Mapping[str, Any]) -> dict[str, Any]:
        """Everything the page's template is given but what only rendering knows (`page`,
        `base_url`…): `common`, the site-wide values of its language, and its own."""
        return {**common, **self.context, "route": self, "alternates": self.alternates}

    @property
    def is_listing(self) -> bool:
        return isinstance(self.values, Listing)

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
    #: "translated": English listings show only articles with an English title.
    english_listing: str = "all"

    def shown(self, lang: str, articles: Sequence[Article]) -> Sequence[Article]:
        """The articles a listing in `lang` shows, of those it is about."""
        return tuple(a for a in articles if a.title_en) if self._filters(lang) else articles

    def _filters(self, lang: str) -> bool:
        return lang == "en" and self.english_listing == "translated"

    def _years(self, lang: str, years: list[Year]) -> list[Year]:
        """The archive in `lang`: every month of both languages (so each page has its
        counterpart), with the articles that language's listings show."""
        if not self._filters(lang):
            return years
        return [
            Year(y.year, tuple(Month(m.year, m.month, tuple(self.shown(lang, m.articles))) for m in y.months))
            for y in years
        ]

    def build(self) -> list[Route]:
        relations = Relations(self.site)
        years = archive(self.site.articles)
        # What an article's page shows besides the article, the same in both languages: made once.
        shown = {
            a.src_uri: ArticleValues(a, entity_groups(a, self.site), relations.related(a))
            for a in self.site.articles
        }
        named_with = {e.id: relations.named_with(e) for e in self.site.registry}
        corrections = sorted(
            ((a, c) for a in self.site.articles for c in a.corrections),
            key=lambda pair: (pair[1].date, pair[0].published_at, pair[0].src_uri),
            reverse=True,
        )
        days = editions(self.site.articles, self.site.registry)
        routes: list[Route] = []
        for lang in LANGS:
            routes += self._listing(
                lang, self.site.articles, home_url, PageKind.HOME, self.site_names[lang], NoValues()
            )  # fmt: skip
            routes += [self._article(article, lang, shown[article.src_uri]) for article in self.site.articles]
            routes += self._entities(lang, named_with)
            routes += self._archives(lang, years)
            routes.append(self._page(search_url, lang, PageKind.SEARCH, LABELS[lang].search))
            routes.append(self._corrections(lang, corrections))
            routes += self._editions(lang, days)
        return routes

    def article_pages(self, article: Article, related: list[Article]) -> list[Route]:
        """One article's pages in both languages, as `build` makes them."""
        shown = ArticleValues(article, entity_groups(article, self.site), related)
        return [self._article(article, lang, shown) for lang in LANGS]

    def _page(
        self, url_of: Callable[[str], str], lang: str, kind: PageKind, title: str, values: Values = NoValues()
    ) -> Route:
        return Route(url_of(lang), lang, kind, title, url_of(other(lang)), values)

    def _listing(
        self,
        lang: str,
        articles: Sequence[Article],
        url_of: Callable[[str, int], str],
        kind: PageKind,
        title: str,
        values: Values,
    ) -> Iterator[Route]:
        """The pages of one paginated list of `articles` (those of them `lang` shows);
        `url_of(lang, number)` places them. A page the other language's list has not (it shows
        fewer) has that list's last page as its counterpart."""
        there = max(1, -(-len(self.shown(other(lang), articles)) // self.per_page))
        for paginator in paginate(self.shown(lang, articles), lambda n: url_of(lang, n), self.per_page):
            suffix = LABELS[lang].page.format(number=paginator.number, count=paginator.count)
            yield Route(
                url=url_of(lang, paginator.number),
                lang=lang,
                kind=kind,
                title=title if paginator.number == 1 else f"{title} – {suffix}",
                counterpart=url_of(other(lang), min(paginator.number, there)),
                values=Listing(values, paginator),
                updated=_newest(paginator.items),
            )

    def _corrections(self, lang: str, corrections: list[tuple[Article, Correction]]) -> Route:
        values = CorrectionsValues(corrections)
        route = self._page(corrections_url, lang, PageKind.CORRECTIONS, LABELS[lang].corrections, values)
        return dataclasses.replace(route, updated=corrections[0][1].date if corrections else None)

    def _editions(self, lang: str, days: list[Edition]) -> Iterator[Route]:
        """The daily digest: an index of the days (paginated), and a page per day."""
        labels = LABELS[lang]
        pages: list[Any] = paginate(days, lambda n: digest_url(lang, n), self.per_page)  # type: ignore[arg-type]
        for paginator in pages:  # of days, not articles
            suffix = labels.page.format(number=paginator.number, count=paginator.count)
            yield Route(
                url=digest_url(lang, paginator.number), lang=lang, kind=PageKind.EDITIONS,
                title=labels.digest if paginator.number == 1 else f"{labels.digest} – {suffix}",
                counterpart=digest_url(other(lang), paginator.number),
                values=Listing(EditionsValues(), paginator),
                updated=max((e.day for e in paginator.items), default=None),
            )  # fmt: skip
        for edition in days:
            yield Route(
                url=edition_url(edition.day, lang), lang=lang, kind=PageKind.EDITION,
                title=labels.edition_title.format(date=labels.day(edition.day)),
                counterpart=edition_url(edition.day, other(lang)), values=EditionValues(edition),
                updated=max(a.modified or a.date for a in edition.articles),
            )  # fmt: skip

    def _article(self, article: Article, lang: str, shown: ArticleValues) -> Route:
        english = lang == "en"
        return Route(
            url=article_url(article, lang),
            lang=lang,
            kind=PageKind.ARTICLE,
            title=(article.title_en or article.title) if english else article.title,
            counterpart=article_url(article, other(lang)),
            values=shown,
            source=None if english else article.src_uri,
            updated=max(article.date, article.modified or article.date),
        )

    def _entities(self, lang: str, named_with: Mapping[str, list[tuple[Entity, int]]]) -> Iterator[Route]:
        registry, about = self.site.registry, self.site.about
        for kind in Kind:
            # only the entities articles name have pages
            entities = [e for e in registry.of_kind(kind) if self.site.about(e.id)]
            yield Route(
                url=kind_url(kind, lang),
                lang=lang,
                kind=PageKind.ENTITY_INDEX,
                title=LABELS[lang].kind_plural(kind),
                counterpart=kind_url(kind, other(lang)),
                values=KindValues(kind, [(e, len(self.shown(lang, about(e.id)))) for e in entities]),
                updated=_newest(a for e in entities for a in self.site.about(e.id)[:1]),
            )
            for entity in entities:
                values = EntityValues(
                    entity=entity,
                    kind=kind,
                    named_with=named_with[entity.id],
                    parent=self._named(entity.parent),
                    children=[c for c in registry.children(entity.id) if self.site.about(c.id)],
                    country=self._named(entity.country),
                )
                yield from self._listing(
                    lang, self.site.about(entity.id), partial(entity_url, entity), PageKind.ENTITY,
                    entity.name_in(lang), values,
                )  # fmt: skip

    def _named(self, entity_id: str | None) -> Entity | None:
        """The entity, if an article names it (only those have pages)."""
        return self.site.registry.get(entity_id) if entity_id and self.site.about(entity_id) else None

    def _archives(self, lang: str, years: list[Year]) -> Iterator[Route]:
        shown = self._years(lang, years)  # what the pages say (counts, months) in this language
        yield self._page(archive_url, lang, PageKind.ARCHIVE, LABELS[lang].archive, ArchiveValues(shown))
        for year, year_shown in zip(years, shown, strict=True):
            yield from self._listing(
                lang, year.articles, partial(year_url, year.year), PageKind.YEAR,
                LABELS[lang].year_title.format(year=year.year), YearValues(year_shown),
            )  # fmt: skip
            for month, month_shown in zip(year.months, year_shown.months, strict=True):
                yield from self._listing(
                    lang, month.articles, partial(month_url, month.year, month.month), PageKind.MONTH,
                    LABELS[lang].month_title(month.year, month.month), MonthValues(month_shown),
                )  # fmt: skip


def build_routes(
    site: Site, *, site_names: Mapping[str, str], per_page: int = 20, english_listing: str = "all"
) -> list[Route]:
    """Every page of the site, in both languages."""
    return RouteBuilder(site, site_names, per_page, english_listing).build()
