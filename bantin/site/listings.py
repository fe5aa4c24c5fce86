"""Lists of articles split into pages, and the archive grouped by year and month."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..core.article import Article


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
