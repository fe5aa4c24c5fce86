"""A blind round: pages of publishers no earlier round wrote (provincial party papers, sector papers,
magazines, ministry portals, English-name brands), each in one of the four text layouts, with the
chrome such sites print above and below the story (glued to the lead or the closing byline at
times) and the story's own captions, credits, datelines, quotes, lists, figures, Q&A and editor's
notes. Every sentence of the story must stay, every line of chrome must go, and the title, stated
date, source and author must be the page's. The pages are in fixtures/blind_sites.yml.

`python -m tests.importer.test_blind_sites` prints, page by page, the chrome lines that leak and
the story's lines that are lost."""

from __future__ import annotations

import pytest

from .blind import check_body, check_metadata, figures, load, params

PAGES = load("blind_sites.yml")


@pytest.mark.parametrize("page", params(PAGES, "known_gap"))
def test_the_story_stays_and_the_sites_chrome_goes(page: dict) -> None:
    check_body(page)


@pytest.mark.parametrize("page", params(PAGES, "metadata_gap"))
def test_title_date_source_and_author_are_the_pages(page: dict) -> None:
    check_metadata(page)


if __name__ == "__main__":
    figures(PAGES)
