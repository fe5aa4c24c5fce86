"""A fifth blind round: kinds of page no earlier round wrote. Live blogs and timelines whose entries
open with a time, sports results and standings printed as rows, weather, gold, exchange-rate and
farm-price bulletins, an obituary, a notice, a court report, an interview's questions and answers,
provincial radio and TV stations, trade-union, youth and university sites, a ministry's press release
with its `Nơi nhận:` block, a report scraped from a PDF with its page numbers, a list of donors, a
wanted notice, a power-cut schedule; chrome glued with no space (`Xem nhiều1…2…`) and chrome in words
no round used. The pages are in fixtures/blind_ends.yml (the format of fixtures/blind_inline.yml).

`python -m tests.importer.test_blind_ends` prints, page by page, the chrome lines that leak and the
story's lines that are lost."""

from __future__ import annotations

import pytest

from .blind import check_body, check_metadata, figures, load, params

PAGES = load("blind_ends.yml")


@pytest.mark.parametrize("page", params(PAGES, "known_gap"))
def test_the_story_stays_and_the_frame_of_the_page_goes(page: dict) -> None:
    check_body(page)


@pytest.mark.parametrize("page", params(PAGES, "metadata_gap"))
def test_title_date_source_and_author_are_the_pages(page: dict) -> None:
    check_metadata(page)


if __name__ == "__main__":
    figures(PAGES)
