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

import pytest

from .blind import check_body, check_metadata, figures, load, params

PAGES = load("blind_frames.yml")


@pytest.mark.parametrize("page", params(PAGES, "known_gap"))
def test_the_story_stays_and_the_frame_of_the_page_goes(page: dict) -> None:
    check_body(page)


@pytest.mark.parametrize("page", params(PAGES, "metadata_gap"))
def test_title_date_source_and_author_are_the_pages(page: dict) -> None:
    check_metadata(page)


if __name__ == "__main__":
    figures(PAGES)
