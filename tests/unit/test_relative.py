"""Our relative URLs are MkDocs' own (`normalize_url`, `get_relative_url`), path for path."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jinja2 import Environment
from mkdocs.utils import get_relative_url, normalize_url

from bantin.site.relative import page_url, relative_url
from bantin.site.templates import QuickCallContext, url_filter

SEGMENTS = st.sampled_from(
    ["", ".", "..", "a", "b", "2021", "10", "en", "x.html", "style.css", "page", "tin-a"]
)
PATHS = st.builds(
    lambda lead, parts, tail: lead + "/".join(parts) + tail,
    st.sampled_from(["", "/", "./", "../", "#", "https://example.org/", "//host/", "mailto:"]),
    st.lists(SEGMENTS, max_size=5),
    st.sampled_from(["", "/", "#top", "?q=1", "/."]),
)
PAGES = st.one_of(st.none(), PATHS.map(lambda url: SimpleNamespace(url=url)))
BASES = st.sampled_from(["", ".", "..", "../..", "../../..", "bantinbase0123"])

SITE = [
    "", "en/", "2021/10/tin-a/", "en/2021/10/tin-a/", "2021/10/tin-b/", "2021/", "2021/10/",
    "to-chuc/dang-cong-san/", "en/organizations/x/page/2/", "404.html", "feed.xml", "en/feed.json",
    "assets/style.css", "assets/favicon.svg", "tim-kiem/", ".", "./", "sitemap.xml",
]  # fmt: skip


def test_every_pair_of_a_sites_urls_as_mkdocs_makes_it() -> None:
    for url in SITE:
        for other in SITE:
            assert relative_url(url, other) == get_relative_url(url, other), (url, other)
            page = SimpleNamespace(url=other)
            assert page_url(url, page) == normalize_url(url, page=page), (url, other)
        for base in ("", ".", "..", "../../.."):
            assert page_url(url, None, base) == normalize_url(url, page=None, base=base)


@settings(max_examples=3000, deadline=None)
@given(PATHS, PATHS)
def test_relative_url_is_mkdocs_get_relative_url(url: str, other: str) -> None:
    assert relative_url(url, other) == get_relative_url(url, other)


@settings(max_examples=3000, deadline=None)
@given(PATHS, PAGES, BASES)
def test_page_url_is_mkdocs_normalize_url(path: str, page: SimpleNamespace | None, base: str) -> None:
    assert page_url(path, page, base) == normalize_url(path, page=page, base=base)  # type: ignore[arg-type]


def test_the_url_filter_reads_page_and_base_url_as_the_context_does() -> None:
    """The template's own `page` before the one it was given; `base_url` where there is none."""
    env = Environment(autoescape=True)
    env.context_class = QuickCallContext
    env.filters["url"] = url_filter
    given = {"page": SimpleNamespace(url="2021/10/tin-a/"), "base_url": "../../.."}
    template = env.from_string(
        "{{ 'en/2021/10/tin-b/'|url }} {% set page = other %}{{ 'en/2021/10/tin-b/'|url }}"
        " {% set page = none %}{{ 'en/2021/10/tin-b/'|url }} {{ '2021/10/'|url }}"
    )
    rendered = template.render(given, other=SimpleNamespace(url="en/2021/10/tin-a/"))
    assert rendered == "../../../en/2021/10/tin-b/ ../tin-b/ ../../../en/2021/10/tin-b/ ../../../2021/10/"
    with pytest.raises(KeyError):
        env.from_string("{{ 'x/'|url }}").render()
