"""A second blind round: pages of kinds no earlier round wrote (entertainment and lifestyle, sports
with scores, line-ups and tables, tech with spec boxes and price widgets, markets with tickers and
price boards, law Q&A portals, aggregators and re-posts, religion, culture and government portals),
in the four text layouts, with the site's chrome around the story and also INSIDE it (an inline
related link, an ad's slot, a video's title and length, a poll, a gallery's counter, a price
widget, a sponsor's box, `(Còn nữa)`), and the story's own quotes, Q&A, numbered steps, figures,
legal citations, editor's notes, captions and bylines with roles. The pages are in
fixtures/blind_inline.yml (the format of fixtures/blind_sites.yml, an item `{chrome: …}` of
`article` being the site's).

`python -m tests.importer.test_blind_inline` prints, page by page, the chrome lines that leak and
the story's lines that are lost."""

from __future__ import annotations

import pytest

from .blind import check_body, check_metadata, figures, load, params

PAGES = load("blind_inline.yml")


@pytest.mark.parametrize("page", params(PAGES, "known_gap"))
def test_the_story_stays_and_the_sites_chrome_inside_and_around_it_goes(page: dict) -> None:
    check_body(page)


@pytest.mark.parametrize("page", params(PAGES, "metadata_gap"))
def test_title_date_source_and_author_are_the_pages(page: dict) -> None:
    check_metadata(page)


if __name__ == "__main__":
    figures(PAGES)
