"""A menu's last items with an item's own comma run into a lead opening with its day, after the header
before them was cut (`timed_leads`): the items go, the lead stays; a sentence's clause before the day
(its grammar words) and a header's comma on a page with no header cut before it are left whole."""

from __future__ import annotations

from bantin.importer.timed_leads import peel_timed_lead

_ITEMS = "Đối ngoại quân sự Tìm kiếm, quy tập hài cốt liệt sĩ Đọc báo in"
_LEAD = (
    "Ngày 9/4, tại cửa khẩu quốc tế Bờ Y, Đội K52 phối hợp với Bộ Chỉ huy Quân sự tỉnh Át-tạ-pư tổ chức "
    "lễ bàn giao, tiếp nhận 14 hài cốt liệt sĩ quân tình nguyện và chuyên gia Việt Nam hy sinh tại Lào."
)


def test_a_menus_last_items_with_an_items_comma_go_after_a_header() -> None:
    assert peel_timed_lead(f"{_ITEMS} {_LEAD}", headed=True) == (_ITEMS, _LEAD)


def test_with_no_header_cut_before_them_they_stay() -> None:
    assert peel_timed_lead(f"{_ITEMS} {_LEAD}") is None


def test_a_clause_with_its_grammar_words_stays() -> None:
    text = f"Đội quy tập đã về, các cán bộ của tỉnh Quảng Ngãi cùng đón {_LEAD}"
    assert peel_timed_lead(text, headed=True) is None
    text = f"Tìm kiếm, quy tập hài cốt liệt sĩ {_LEAD}"  # no item in capitals after the comma's words
    assert peel_timed_lead(text, headed=True) is None
