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

from pathlib import Path

import pytest
import yaml

from .test_blind_sites import TABLE, _convert, _id, figures, leftover

PAGES: list[dict] = yaml.safe_load(
    (Path(__file__).parent / "fixtures" / "blind_inline.yml").read_text("utf-8")
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
def test_the_story_stays_and_the_sites_chrome_inside_and_around_it_goes(page: dict) -> None:
    lost, left = leftover(page, _convert(page).body)
    assert not lost, lost
    assert not left, left


@pytest.mark.parametrize("page", PAGES, ids=[_id(p) for p in PAGES])
def test_title_date_source_and_author_are_the_pages(page: dict) -> None:
    front, expect = _convert(page, TABLE).front, page["expect"]
    assert front.title == expect.get("title", page["title"])
    assert str(front.date) == expect.get("date", str(front.date))
    assert front.source == expect.get("source", front.source)
    assert (front.author or "") == expect.get("author", front.author or "")


if __name__ == "__main__":
    figures(PAGES)
