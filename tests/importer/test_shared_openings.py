"""The words the headline and the summary both open with (`Lễ hội Cà phê Buôn Ma Thuột`), four to
seven, are the story's subject: where the lead opens with them right after a menu's last item in title
case (`… Thông báo Tác giả Đắk Lắk Lễ hội Cà phê …`), the unit is cut there (`anchors._shared_opening`);
inside the lead's sentence, after a word in small letters, a date or a preposition, no cut. On lines
written for these tests."""

from __future__ import annotations

import pytest

from bantin.importer.anchors import cut_at_anchors
from bantin.importer.furniture import Unit

_ANCHORS = (
    'Lễ hội Cà phê Buôn Ma Thuột: "Hương cà phê - Kết nối"',
    "Lễ hội Cà phê Buôn Ma Thuột năm 2027 diễn ra từ ngày 8 đến 12/3 với hơn 40 hoạt động.",
)
_LEAD = "Lễ hội Cà phê Buôn Ma Thuột lần thứ IX với chủ đề “Hương cà phê - Kết nối” khai mạc tối 8/3/2027."


def _cut(text: str) -> list[str]:
    return [unit.text for unit in cut_at_anchors([Unit(None, text)], _ANCHORS)]


def test_a_menus_last_item_is_cut_off_the_lead() -> None:
    assert _cut(f"Trang chủ Văn học Thông báo Tác giả Đắk Lắk {_LEAD}") == [
        "Trang chủ Văn học Thông báo Tác giả Đắk Lắk",
        _LEAD,
    ]


@pytest.mark.parametrize(
    "before",
    ["Trang chủ Tin tức Tỉnh Đắk Lắk tổ chức", "Trang chủ Tin tức Tối 8/3", "Trang chủ Tin tức Tại"],
)
def test_the_subject_inside_the_leads_sentence_cuts_nothing(before: str) -> None:
    text = f"{before} {_LEAD}"
    assert _cut(text) == [text]
