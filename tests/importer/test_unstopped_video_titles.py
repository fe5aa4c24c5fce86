"""A clip's title under its label on a line of its own between two paragraphs (`Video: Người dân Tam
Đường che chắn chuồng trại cho trâu bò`) is no photo's credit though a place's capitals open it: a
phrase of five words or more in lower case, most of its words, running to the line's end with no stop
is a title (`credit_ends.unstopped_title`, `media_titles.clip_title`), and the line goes; a short credit (`Video: Người dân cung
cấp`, `Video: Trung tâm Truyền thông tỉnh Đồi Mây cung cấp`) stays a credit."""

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


def test_a_titles_phrase_to_the_lines_end_is_a_clips_title_not_a_credit() -> None:
    assert a_clips_title(TITLE) and clip_title(f"Video: {TITLE}")


@pytest.mark.parametrize(
    "credit", ["Người dân cung cấp", "Trung tâm Truyền thông tỉnh Đồi Mây cung cấp", "Công an huyện Mây"]
)
def test_a_short_credit_to_the_lines_end_is_no_title(credit: str) -> None:
    assert not a_clips_title(credit) and not clip_title(f"Video: {credit}")


def test_a_clips_title_between_paragraphs_goes() -> None:
    page = "\n".join(
        ["Băng giá trên đèo Mây Trắng", "", "Băng giá phủ trắng đỉnh đèo sáng 30/11.", "", FIRST, BEFORE,
         f"Video: {TITLE}", AFTER, "Văn Tuấn"]
    )  # fmt: skip
    done = convert(page.encode(), "page.txt", year=2017, sources={})
    assert "chuồng trại cho trâu bò" not in done.body
    assert BEFORE in done.body and AFTER in done.body
