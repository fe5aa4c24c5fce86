"""A run of a menu's last items left on a lead that opens with an organisation's name, after the
header before them was cut (`Giống lúa Chuyển giao công nghệ Liên hệ | Bộ Nông nghiệp và Môi trường
vừa …`), is cut from the lead (`org_leads.peel_item_before_body`); a lead's own opening words before a
body (a time, a group, a title) stay with it."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert
from bantin.importer.org_leads import peel_item_before_body

_LEAD = (
    "Bộ Nông nghiệp và Môi trường vừa ban hành quyết định công nhận lưu hành giống lúa mới cho các tỉnh "
    "phía Nam trong năm nay."
)


def test_a_menu_s_last_items_before_a_body_s_name_are_cut() -> None:
    assert peel_item_before_body(f"Giống lúa Chuyển giao công nghệ Liên hệ {_LEAD}") == (
        "Giống lúa Chuyển giao công nghệ Liên hệ",
        _LEAD,
    )


@pytest.mark.parametrize("opening", ["Sáng nay Lãnh đạo", "Chiều qua Đại diện", "Theo đó Thanh tra"])
def test_a_lead_s_own_opening_words_stay(opening: str) -> None:
    assert peel_item_before_body(f"{opening} {_LEAD}") is None


def test_the_items_go_and_the_lead_stays_on_a_page() -> None:
    page = (
        "Title: Giống lúa mới được công nhận lưu hành\nSource: Viện Lúa Mẫu\n"
        "Link: https://example.vn/giong-lua-moi-duoc-cong-nhan.html\nPublished Date: 2026-11-25T14:00:00+07:00\n"
        "Author: \nTags: None\nSummary: Giống lúa mới chịu mặn vừa được công nhận lưu hành.\n"
        "Content: Mưa rào nhẹ Trang chủ Giới thiệu Tin tức Giống lúa Chuyển giao công nghệ Liên hệ "
        f"{_LEAD} Giống có thời gian sinh trưởng 95-100 ngày, năng suất 7 tấn/ha.\n"
    ).encode()
    body = convert(page, "page.txt", year=2026).body
    assert _LEAD in body
    assert "Liên hệ" not in body and "Chuyển giao" not in body
