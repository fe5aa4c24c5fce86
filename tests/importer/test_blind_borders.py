"""A fourth blind round: publishers writing about Laos (border provinces' papers and portals, the Lao
news agency's and Lao papers' Vietnamese editions), long-form e-magazines (many short paragraphs, pull
quotes, captions that are most of the text) and opinion columns (an author's box, `Ý kiến của bạn`), with
a `Summary:` that is not the lead's first sentence, teasers of other stories with and without a header,
a slogan right before the footer, a short last sentence and paragraphs glued with no space. The pages
are in fixtures/blind_borders.yml (the format of fixtures/blind_inline.yml).

`python -m tests.importer.test_blind_borders` prints, page by page, the chrome lines that leak and the
story's lines that are lost."""

from __future__ import annotations

import pytest

from .blind import check_body, check_metadata, figures, load, params

PAGES = load("blind_borders.yml")


@pytest.mark.parametrize("page", params(PAGES, "known_gap"))
def test_the_story_stays_and_the_frame_of_the_page_goes(page: dict) -> None:
    check_body(page)


@pytest.mark.parametrize("page", params(PAGES, "metadata_gap"))
def test_title_date_source_and_author_are_the_pages(page: dict) -> None:
    check_metadata(page)


if __name__ == "__main__":
    figures(PAGES)
