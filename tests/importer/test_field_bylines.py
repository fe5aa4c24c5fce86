"""The closing byline run on from a field the story ends with (bantin/importer/field_bylines.py, the
round tests/importer/fixtures/blind_showbiz.yml): a review's score or a film's card printed as `Nhãn:
giá trị`, the writer's name right after it, is cut into the field, which stays, and the byline."""

from __future__ import annotations

import pytest

from bantin.importer.edges import closing_byline_apart
from bantin.importer.field_bylines import field_byline
from bantin.importer.furniture import Unit

STORY = "Diễn xuất của nữ chính là điểm sáng lớn nhất của bộ phim, dù kịch bản còn nhiều chỗ lỏng lẻo."


@pytest.mark.parametrize(
    ("text", "field", "name"),
    [
        ("Điểm: 7/10 Đăng Khoa", "Điểm: 7/10", "Đăng Khoa"),
        ("Thời lượng: 112 phút Hà My", "Thời lượng: 112 phút", "Hà My"),
        ("Khởi chiếu: 8/11/2024 Lê Minh Quân", "Khởi chiếu: 8/11/2024", "Lê Minh Quân"),
    ],
)
def test_a_field_then_a_writers_name_are_cut_apart(text: str, field: str, name: str) -> None:
    assert field_byline(text) == (field, name)


@pytest.mark.parametrize(
    "text",
    [
        "Điểm: 7/10",  # the field alone
        "Tỷ số: 2-1 Hà Nội FC",  # a team after a score: a place's name
        "Kết quả: 3-0 Việt Nam",
        "Giá vé: 300.000 đồng một người",  # the value goes on in lower case
        "Điểm: 6,5/10 Minh Anh Bình luận",  # more than a name after the value
        "Đạo diễn: Trần Khải Minh",  # no figure: a film's card, not a field run into a byline
    ],
)
def test_no_other_field_is_cut(text: str) -> None:
    assert field_byline(text) is None


def test_the_closing_byline_after_the_storys_last_field_is_cut_off_it() -> None:
    units = [Unit(0, STORY), Unit(0, "Điểm: 7/10 Đăng Khoa"), Unit(0, "Tin liên quan")]
    assert [u.text for u in closing_byline_apart(units)] == [
        STORY,
        "Điểm: 7/10",
        "Đăng Khoa",
        "Tin liên quan",
    ]
