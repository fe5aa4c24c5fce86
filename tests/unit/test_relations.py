"""Related articles (the most shared entities, then the newest) and co-named entities."""

from __future__ import annotations

import datetime as dt

from bantin.core.article import Article
from bantin.entities import Entity, Kind, Registry
from bantin.site.content import Site
from bantin.site.relations import Relations


def _entity(id: str, name: str, kind: Kind = Kind.PLACE) -> Entity:
    return Entity(id=id, kind=kind, name=name, name_en=name, description="Mô tả.", description_en="About.")


def _site() -> Site:
    registry = Registry([_entity("lao", "Lào"), _entity("viet-nam", "Việt Nam"),
                         _entity("tran-cam-tu", "Trần Cẩm Tú", Kind.PERSON)])  # fmt: skip

    def article(n: int, day: int, places: list[str], people: list[str] = []) -> Article:  # noqa: B006
        return Article(
            title=f"Bài {n}", date=dt.date(2022, 3, day), places=places, people=people, src_uri=f"{n}.md"
        )

    return Site.of(
        [
            article(1, 1, ["lao", "viet-nam"], ["tran-cam-tu"]),
            article(2, 2, ["lao", "viet-nam"]),
            article(3, 3, ["lao"]),
            article(4, 4, ["viet-nam"]),
            article(5, 5, []),
        ],
        registry,
    )


def test_related_articles_share_the_most_entities_then_are_newest() -> None:
    site = _site()
    by_title = {a.title: a for a in site.articles}
    related = Relations(site).related(by_title["Bài 1"])
    assert [a.title for a in related] == ["Bài 2", "Bài 4", "Bài 3"]  # two shared; then one, newest first
    assert Relations(site).related(by_title["Bài 5"]) == []  # names nothing
    assert [a.title for a in Relations(site).related(by_title["Bài 1"], limit=1)] == ["Bài 2"]


def test_entities_named_together_are_counted_most_first() -> None:
    site = _site()
    lao = site.registry.get("lao")
    assert lao is not None
    named = [(e.id, n) for e, n in Relations(site).named_with(lao)]
    assert named == [("viet-nam", 2), ("tran-cam-tu", 1)]
