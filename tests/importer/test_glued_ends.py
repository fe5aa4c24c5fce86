"""Six misses known before the fifth blind round, each in two pages (fixtures/glued_ends.yml): a list of
most-read stories glued to its rank numbers (`Đọc nhiều1Hải Phòng …2Mở rộng …`), `In bài viết` after a
labelled byline, a caption glued to its photo's credit and then the byline, an audio player's label
opening the title (`Nghe bài: …`), a lunar date before the solar one glued to the lead, and a table of
prices glued to the byline and then other stories' headlines."""

from __future__ import annotations

import pytest

from .blind import check_body, check_metadata, figures, load, params

PAGES = load("glued_ends.yml")


@pytest.mark.parametrize("page", params(PAGES, "known_gap"))
def test_the_story_stays_and_the_glued_chrome_goes(page: dict) -> None:
    check_body(page)


@pytest.mark.parametrize("page", params(PAGES, "metadata_gap"))
def test_title_date_source_and_author_are_the_pages(page: dict) -> None:
    check_metadata(page)


if __name__ == "__main__":
    figures(PAGES)
