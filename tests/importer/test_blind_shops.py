"""A sixth blind round: small, commercial and niche sites no earlier round wrote. Company blogs and
news pages (a bank, an insurer, a telecom, an airline's press room, a retailer, a car dealer, a
real-estate portal, a hotel), clinic and pharmacy blogs with their medical-review boxes and
disclaimers, law firms' Q&A, a university, a training centre, recipe and lifestyle blogs, tech and
game sites, a football club's site, WordPress blogs, an NGO and an association, provincial
departments, a trade fair, a travel agent's guide, gold, exchange-rate and petrol price pages, a job
portal, classified ads; and their chrome: product boxes with prices, carts, star ratings, contact
forms, branch lists, store hours, coupons, chat widgets, disclaimers, tables of contents, FAQ lists,
newsletter forms, cookie notices, follow boxes, footers with tax codes. The pages are in
fixtures/blind_shops.yml (the format of fixtures/blind_inline.yml).

`python -m tests.importer.test_blind_shops` prints, page by page, the chrome lines that leak and the
story's lines that are lost."""

from __future__ import annotations

import pytest

from .blind import check_body, check_metadata, figures, load, params

PAGES = load("blind_shops.yml")


@pytest.mark.parametrize("page", params(PAGES, "known_gap"))
def test_the_story_stays_and_the_frame_of_the_page_goes(page: dict) -> None:
    check_body(page)


@pytest.mark.parametrize("page", params(PAGES, "metadata_gap"))
def test_title_date_source_and_author_are_the_pages(page: dict) -> None:
    check_metadata(page)


if __name__ == "__main__":
    figures(PAGES)
