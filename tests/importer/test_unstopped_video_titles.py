"""A clip's title under its label on a line of its own right between two of the story's paragraphs
(`Video: Người dân Tam Đường che chắn chuồng trại cho trâu bò`) is no photo's credit though a place's
capitals open it: a phrase of five words or more in lower case, most of its words, running to the
line's end with no stop is a title (`credit_ends.unstopped_title`, `media_titles.clip_title`), and
between two paragraphs it goes (`media_titles.clips_between`). Its position is the signal: the same
line closing the story before the footer, or over a photo's caption, stays; a short credit (`Video:
Người dân cung cấp`, `Video: Trung tâm Truyền thông tỉnh Đồi Mây cung cấp`) is no title."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert
from bantin.importer.credit_ends import a_clips_title
from bantin.importer.media_titles import clip_title

BEFORE = "Dự báo đợt rét đậm, rét hại còn kéo dài đến hết ngày 3/12, vùng núi cao có nơi dưới 0 độ C."
AFTER = (
    "UBND tỉnh yêu cầu các xã hướng dẫn người dân che chắn chuồng trại, dự trữ thức ăn cho gia súc; không "
    "thả trâu bò lên rừng trong những ngày rét dưới 10 độ C."
)
FIRST = "Sáng 30/11, nhiệt độ thấp nhất tại đỉnh đèo Mây Trắng là 1 độ C, băng giá phủ trắng các bãi cỏ."
TITLE = "Người dân Tam Đường che chắn chuồng trại cho trâu bò"
CAPTION = "Băng giá phủ trắng mái nhà dưới chân đèo. Ảnh: Văn Tuấn"


def _body(*lines: str) -> str:
    page = ["Băng giá trên đèo Mây Trắng", "", "Băng giá phủ trắng đỉnh đèo sáng 30/11.", "", *lines]
    return convert("\n".join(page).encode(), "page.txt", year=2017, sources={}).body


def test_a_titles_phrase_to_the_lines_end_is_a_clips_title_not_a_credit() -> None:
    assert a_clips_title(TITLE) and clip_title(f"Video: {TITLE}") and clip_title(f"Video:{TITLE}")


@pytest.mark.parametrize(
    "credit", ["Người dân cung cấp", "Trung tâm Truyền thông tỉnh Đồi Mây cung cấp", "Công an huyện Mây"]
)
def test_a_short_credit_to_the_lines_end_is_no_title(credit: str) -> None:
    assert not a_clips_title(credit) and not clip_title(f"Video: {credit}")


@pytest.mark.parametrize("label", ["Video: ", "Video:", "Clip: "])
def test_a_clips_title_between_paragraphs_goes(label: str) -> None:
    body = _body(FIRST, BEFORE, f"{label}{TITLE}", AFTER, "Văn Tuấn")
    assert "chuồng trại cho trâu bò\n" not in body and "Tam Đường" not in body
    assert BEFORE in body and AFTER in body


def test_a_clips_title_closing_the_story_before_the_footer_stays() -> None:
    body = _body(FIRST, BEFORE, AFTER, f"Video: {TITLE}", "Cơ quan chủ quản: Hội Nông dân tỉnh Mây")
    assert f"Video: {TITLE}" in body and AFTER in body


def test_a_clips_title_over_a_photos_caption_stays() -> None:
    body = _body(FIRST, BEFORE, f"Video: {TITLE}", CAPTION, AFTER, "Văn Tuấn")
    assert f"Video: {TITLE}" in body and AFTER in body
