"""Routes: every page of a site, each knowing its kind, its template and its counterpart."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from bantin.core.article import Article
from bantin.entities import Entity, Kind, Registry
from bantin.site.content import Site
from bantin.site.routes import ArticleValues, EntityValues, Listing, PageKind, Route, build_routes


def _site() -> Site:
    lao = Entity(id="lao", kind=Kind.PLACE, name="Lào", name_en="Laos", description="Một nước.",
                 description_en="A country.")  # fmt: skip
    articles = [
        Article(title=f"Bài {n}", date=dt.date(2022, 3, n), places=["lao"], src_uri=f"articles/2022/{n}.md")
        for n in range(1, 4)
    ]
    return Site.of(articles, Registry([lao]))


def test_each_kind_has_its_template_and_an_article_one_per_language() -> None:
    assert PageKind.ARTICLE.template("vi") == "article.html"
    assert PageKind.ARTICLE.template("en") == "article_en.html"
    assert Route("", "en", PageKind.HOME, "Home", "").template == "home.html"


def test_every_page_has_a_counterpart_in_the_other_language() -> None:
    routes = build_routes(_site(), site_names={"vi": "Tin", "en": "News"}, per_page=2)
    urls = {(r.lang, r.url) for r in routes}
    assert len(urls) == len(routes)  # no two pages at one URL
    for route in routes:
        other = "en" if route.lang == "vi" else "vi"
        assert (other, route.counterpart) in urls, route
    kinds = Counter(r.kind for r in routes if r.lang == "vi")
    assert kinds[PageKind.ARTICLE] == 3 and kinds[PageKind.HOME] == 2  # two pages of two
    assert kinds[PageKind.ENTITY] == 2 and kinds[PageKind.SEARCH] == 1


def test_a_route_carries_typed_values_and_its_templates_names() -> None:
    routes = build_routes(_site(), site_names={"vi": "Tin", "en": "News"}, per_page=2)
    article = next(r for r in routes if r.kind is PageKind.ARTICLE and r.lang == "vi")
    assert isinstance(article.values, ArticleValues)
    assert set(article.context) == {"article", "entity_groups", "related"}
    assert article.source == article.values.article.src_uri and not article.is_listing
    english = next(r for r in routes if r.kind is PageKind.ARTICLE and r.url == "en/" + article.url)
    assert english.values is article.values and english.source is None  # made once for both
    entity = next(r for r in routes if r.kind is PageKind.ENTITY)
    assert isinstance(entity.values, Listing) and isinstance(entity.values.of, EntityValues)
    assert set(entity.context) == {
        "entity",
        "kind",
        "named_with",
        "parent",
        "children",
        "country",
        "paginator",
    }
    values = entity.template_values({"lang": "vi"})
    assert values["route"] is entity and values["alternates"] == {"vi": entity.url, "en": entity.counterpart}
