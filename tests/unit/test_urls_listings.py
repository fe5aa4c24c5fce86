"""The URL scheme (README's table), pagination and the archive, without a build."""

from __future__ import annotations

import datetime as dt

import pytest

from bantin.core.article import Article
from bantin.entities import Entity, Kind
from bantin.site.listings import archive, paginate
from bantin.site.urls import (
    archive_url,
    article_url,
    entity_url,
    feed_url,
    home_url,
    join_url,
    kind_url,
    month_url,
    search_url,
    year_url,
)

ARTICLE = Article(title="Hai nước ký thỏa thuận", date=dt.date(2021, 10, 15), src_uri="a.md")
PERSON = Entity(id="tran-cam-tu", kind=Kind.PERSON, name="Trần Cẩm Tú", name_en="Tran Cam Tu",
                description="Một người.", description_en="A person.")  # fmt: skip


@pytest.mark.parametrize(
    ("url", "vi", "en"),
    [
        (home_url, "", "en/"),
        (lambda lang: home_url(lang, 2), "page/2/", "en/page/2/"),
        (
            lambda lang: article_url(ARTICLE, lang),
            "2021/10/hai-nuoc-ky-thoa-thuan/",
            "en/2021/10/hai-nuoc-ky-thoa-thuan/",
        ),
        (lambda lang: entity_url(PERSON, lang), "nhan-vat/tran-cam-tu/", "en/people/tran-cam-tu/"),
        (lambda lang: kind_url(Kind.ORGANIZATION, lang), "to-chuc/", "en/organizations/"),
        (archive_url, "luu-tru/", "en/archive/"),
        (lambda lang: year_url(2021, lang), "2021/", "en/2021/"),
        (lambda lang: month_url(2021, 3, lang, 2), "2021/03/page/2/", "en/2021/03/page/2/"),
        (search_url, "tim-kiem/", "en/search/"),
        (feed_url, "feed.xml", "en/feed.xml"),
        (
            lambda lang: feed_url(lang, PERSON),
            "nhan-vat/tran-cam-tu/feed.xml",
            "en/people/tran-cam-tu/feed.xml",
        ),
    ],
)
def test_the_url_of_each_page_in_each_language(url, vi: str, en: str) -> None:  # type: ignore[no-untyped-def]
    assert (url("vi"), url("en")) == (vi, en)


def test_urls_join_the_site_url_as_urljoin_would() -> None:
    site = "https://example.github.io/tin-viet-lao/"
    assert join_url(site, "2021/") == "https://example.github.io/tin-viet-lao/2021/"
    assert join_url(site, "/other/") == "https://example.github.io/other/"
    assert join_url("https://example.org/x", "a/") == "https://example.org/a/"


def _articles(*days: tuple[int, int, int]) -> list[Article]:
    return [Article(title=f"Bài {n}", date=dt.date(*d), src_uri=f"{n}.md") for n, d in enumerate(days)]


def test_a_list_is_cut_into_pages_linked_to_their_neighbours() -> None:
    items = _articles(*[(2022, 1, d) for d in range(5, 0, -1)])
    pages = paginate(items, lambda n: f"p{n}/", per_page=2)
    assert [(p.number, p.count, p.total, len(p.items)) for p in pages] == [
        (1, 3, 5, 2),
        (2, 3, 5, 2),
        (3, 3, 5, 1),
    ]
    assert (pages[0].newer_url, pages[0].older_url) == (None, "p2/")
    assert (pages[2].newer_url, pages[2].older_url) == ("p2/", None)
    assert [a for p in pages for a in p.items] == items
    empty = paginate([], lambda n: f"p{n}/", per_page=2)
    assert len(empty) == 1 and empty[0].items == () and empty[0].older_url is None


def test_the_archive_has_years_and_months_newest_first_with_articles_in_order() -> None:
    items = _articles((2022, 3, 4), (2022, 3, 1), (2022, 1, 20), (2021, 12, 8))
    years = archive(items)
    assert [y.year for y in years] == [2022, 2021]
    assert [(m.year, m.month, len(m.articles)) for m in years[0].months] == [(2022, 3, 2), (2022, 1, 1)]
    assert years[0].articles == tuple(items[:3])
