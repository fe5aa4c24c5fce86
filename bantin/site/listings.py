"""Lists of articles split into pages, and the archive grouped by year and month."""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..core.article import Article
from ..entities import Entity, Kind, Registry


@dataclass(frozen=True)
class Paginator:
    """One page of a listing, with links to its neighbours."""

    number: int
    count: int
    total: int  # articles in the whole listing
    items: tuple[Article, ...]
    newer_url: str | None
    older_url: str | None


def paginate(articles: Sequence[Article], url_of: Callable[[int], str], per_page: int) -> list[Paginator]:
    """Split a newest-first list into pages; an empty list still has one (empty) page."""
    count = max(1, math.ceil(len(articles) / per_page))
    return [
        Paginator(
            number=number,
            count=count,
            total=len(articles),
            items=tuple(articles[(number - 1) * per_page : number * per_page]),
            newer_url=url_of(number - 1) if number > 1 else None,
            older_url=url_of(number + 1) if number < count else None,
        )
        for number in range(1, count + 1)
    ]


@dataclass(frozen=True)
class Month:
    year: int
    month: int
    articles: tuple[Article, ...]


@dataclass(frozen=True)
class Year:
    year: int
    months: tuple[Month, ...]  # newest first

    @property
    def articles(self) -> tuple[Article, ...]:
        return tuple(a for m in self.months for a in m.articles)


def archive(articles: Sequence[Article]) -> list[Year]:
    """Years and months that have articles, newest first (articles keep their order)."""
    by_month: dict[tuple[int, int], list[Article]] = defaultdict(list)
    for article in articles:
        by_month[(article.date.year, article.date.month)].append(article)
    years: dict[int, list[Month]] = defaultdict(list)
    for (year, month), items in sorted(by_month.items(), reverse=True):
        years[year].append(Month(year, month, tuple(items)))
    return [Year(year, tuple(months)) for year, months in years.items()]


@dataclass(frozen=True)
class Group:
    """Articles of one day that name one entity (None: the day's other articles)."""

    entity: Entity | None
    articles: tuple[Article, ...]


@dataclass(frozen=True)
class Edition:
    """The daily digest of one day: its articles grouped by what they name, and its neighbours."""

    day: dt.date
    articles: tuple[Article, ...]
    groups: tuple[Group, ...]
    newer: dt.date | None  # the next day that has articles
    older: dt.date | None  # the previous one


def _named(article: Article) -> list[str]:
    return list(dict.fromkeys(i for kind in Kind for i in article.entity_ids(kind)))


def group_by_entities(articles: Sequence[Article], registry: Registry) -> tuple[Group, ...]:
    """A day's articles grouped by the entities most named that day.

    The entity named by most of the day's articles takes them as its group, then the next among
    the articles left, while an entity still has two of them; the rest are "other news"."""
    named = [(article, set(_named(article))) for article in articles]
    counts = Counter(i for _, ids in named for i in ids)
    ranked = sorted(
        (e for i, n in counts.items() if n >= 2 and (e := registry.get(i)) is not None),
        key=lambda e: (-counts[e.id], list(Kind).index(e.kind), e.sort_key),
    )
    left = named
    groups: list[Group] = []
    for entity in ranked:
        taken = tuple(article for article, ids in left if entity.id in ids)
        if len(taken) >= 2:
            groups.append(Group(entity, taken))
            left = [(article, ids) for article, ids in left if entity.id not in ids]
    if left:
        groups.append(Group(None, tuple(article for article, _ in left)))
    return tuple(groups)


def editions(articles: Sequence[Article], registry: Registry, newest: int | None = None) -> list[Edition]:
    """One edition per day that has articles, newest first (articles keep their order); only
    the `newest` days' when given (a feed's: the others are not grouped for nothing)."""
    by_day: dict[dt.date, list[Article]] = defaultdict(list)
    for article in articles:
        by_day[article.date].append(article)
    days = sorted(by_day, reverse=True)
    return [
        Edition(
            day=day,
            articles=tuple(by_day[day]),
            groups=group_by_entities(by_day[day], registry),
            newer=days[i - 1] if i > 0 else None,
            older=days[i + 1] if i + 1 < len(days) else None,
        )
        for i, day in enumerate(days[:newest])
    ]
