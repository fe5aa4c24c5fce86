"""A seventh blind round: the news-please layout (`vfnd`) of 2017–2019 pages, from national papers
(VnExpress, Tuổi Trẻ, Dân trí, Người Lao Động, Zing, VietNamNet, Tiền Phong …), a blog and a forum;
and what news-please leaves in their text: related-article links before or between paragraphs
(`Xem thêm: …`, `>> …`, headlines alone on a line), `TTO - ` and `(Dân trí) - ` datelines, `- Ảnh 1.`
caption stubs, photo and video credits, quotes, interview Q&A, lists, bylines and sources at the end
(`Theo …`, `(Nguồn: …)`), comment prompts and tags. The pages are in fixtures/blind_newsplease.yml
(the format of fixtures/blind_inline.yml).

`python -m tests.importer.test_blind_newsplease` prints, page by page, the chrome lines that leak and
the story's lines that are lost."""

from __future__ import annotations

import pytest

from .blind import check_body, check_metadata, figures, load, params

PAGES = load("blind_newsplease.yml")


@pytest.mark.parametrize("page", params(PAGES, "known_gap"))
def test_the_story_stays_and_the_frame_of_the_page_goes(page: dict) -> None:
    check_body(page)


@pytest.mark.parametrize("page", params(PAGES, "metadata_gap"))
def test_title_date_source_and_author_are_the_pages(page: dict) -> None:
    check_metadata(page)


if __name__ == "__main__":
    figures(PAGES)
