"""A fourth blind round: publishers writing about Laos (border provinces' papers and portals, the Lao
news agency's and Lao papers' Vietnamese editions), long-form e-magazines (many short paragraphs, pull
quotes, captions that are most of the text) and opinion columns (an author's box, `Ý kiến của bạn`), with
a `Summary:` that is not the lead's first sentence, teasers of other stories with and without a header,
a slogan right before the footer, a short last sentence and paragraphs glued with no space. The pages
are in fixtures/blind_borders.yml (the format of fixtures/blind_inline.yml).

`python -m tests.importer.test_blind_borders` prints, page by page, the chrome lines that leak and the
story's lines that are lost."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from .test_blind_sites import TABLE, _convert, _id, figures, leftover

PAGES: list[dict] = yaml.safe_load(
    (Path(__file__).parent / "fixtures" / "blind_borders.yml").read_text("utf-8")
)


BODIES = [
    pytest.param(
        p,
        id=_id(p),
        marks=[pytest.mark.xfail(reason=p["known_gap"], strict=True)] if "known_gap" in p else [],
    )
    for p in PAGES
]


@pytest.mark.parametrize("page", BODIES)
def test_the_story_stays_and_the_frame_of_the_page_goes(page: dict) -> None:
    lost, left = leftover(page, _convert(page).body)
    assert not lost, lost
    assert not left, left


METADATA = [
    pytest.param(
        p,
        id=_id(p),
        marks=[pytest.mark.xfail(reason=p["metadata_gap"], strict=True)] if "metadata_gap" in p else [],
    )
    for p in PAGES
]


@pytest.mark.parametrize("page", METADATA)
def test_title_date_source_and_author_are_the_pages(page: dict) -> None:
    front, expect = _convert(page, TABLE).front, page["expect"]
    assert front.title == expect.get("title", page["title"])
    assert str(front.date) == expect.get("date", str(front.date))
    assert front.source == expect.get("source", front.source)
    assert (front.author or "") == expect.get("author", front.author or "")


if __name__ == "__main__":
    figures(PAGES)
