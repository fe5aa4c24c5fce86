"""A third blind round: the page's metadata as scrapers and sites write it (titles cut with `...`, with
a section and a site after ` - ` or ` | `, a `[Video]` or `Infographic:` label, in capitals; `Source:`
values as an address, a masthead in capitals, `Báo điện tử …`, `… Online…`, a tagline; dates glued to a
menu, in the closing line, beside a lunar date, `Cập nhật` beside `Đăng`) and chrome of kinds no earlier
round wrote (paywalls and membership prompts, language menus, a site's name printed twice, cookie and
notification prompts, audio players, comment threads with replies and likes, an author's box with a
bio, photo essays of captions). The pages are in fixtures/blind_frames.yml (the format of
fixtures/blind_inline.yml).

`python -m tests.importer.test_blind_frames` prints, page by page, the chrome lines that leak and the
story's lines that are lost."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from .test_blind_sites import TABLE, _convert, _id, figures, leftover

PAGES: list[dict] = yaml.safe_load(
    (Path(__file__).parent / "fixtures" / "blind_frames.yml").read_text("utf-8")
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


@pytest.mark.parametrize("page", PAGES, ids=[_id(p) for p in PAGES])
def test_title_date_source_and_author_are_the_pages(page: dict) -> None:
    front, expect = _convert(page, TABLE).front, page["expect"]
    assert front.title == expect.get("title", page["title"])
    assert str(front.date) == expect.get("date", str(front.date))
    assert front.source == expect.get("source", front.source)
    assert (front.author or "") == expect.get("author", front.author or "")


if __name__ == "__main__":
    figures(PAGES)
