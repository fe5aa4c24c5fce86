"""Daily editions: one per day, the day's articles grouped by the entities most named that day."""

from __future__ import annotations

import datetime as dt

from bantin.core.article import Article
from bantin.entities import Entity, Kind, Registry
from bantin.site.content import Site
from bantin.site.listings import editions, group_by_entities


def _person(entity_id: str, name: str) -> Entity:
    return Entity(id=entity_id, kind=Kind.PERSON, name=name, description="x")


REGISTRY = Registry([_person("an", "An"), _person("binh", "Bình"), _person("chi", "Chi")])


def _article(n: int, day: int, *people: str) -> Article:
    return Article(title=f"Bài {n}", date=dt.date(2021, 10, day), people=list(people), src_uri=f"{n}.md")


def test_the_most_named_entity_takes_its_articles_first_then_the_next() -> None:
    articles = [
        _article(1, 15, "an", "binh"), _article(2, 15, "an"), _article(3, 15, "binh", "chi"),
        _article(4, 15, "binh", "chi"), _article(5, 15, "an"), _article(6, 15, "chi"), _article(7, 15),
    ]  # fmt: skip
    groups = group_by_entities(articles, REGISTRY)
    # An: 3 articles, Bình: 3, Chi: 3 — a tie goes by name; Bình then has 2 left, Chi 1 (no group)
    assert [(g.entity.id if g.entity else None, [a.title for a in g.articles]) for g in groups] == [
        ("an", ["Bài 1", "Bài 2", "Bài 5"]),
        ("binh", ["Bài 3", "Bài 4"]),
        (None, ["Bài 6", "Bài 7"]),
    ]


def test_an_entity_named_once_makes_no_group() -> None:
    groups = group_by_entities([_article(1, 15, "an"), _article(2, 15, "binh")], REGISTRY)
    assert [(g.entity, len(g.articles)) for g in groups] == [(None, 2)]


def test_one_edition_per_day_newest_first_with_neighbours() -> None:
    site = Site.of([_article(1, 14), _article(2, 15), _article(3, 15), _article(4, 20)], REGISTRY)
    days = editions(site.articles, site.registry)
    assert [(e.day.day, len(e.articles), e.newer, e.older) for e in days] == [
        (20, 1, None, dt.date(2021, 10, 15)),
        (15, 2, dt.date(2021, 10, 20), dt.date(2021, 10, 14)),
        (14, 1, dt.date(2021, 10, 15), None),
    ]
    assert editions(site.articles, site.registry, newest=2) == days[:2]  # a feed's newest days only
