"""A menu run into a lead whose sentence the scraper glued to the next one with no stop (`Xã hội Kinh tế
Tiêu dùng Từ ngày 11/10, … của EVNNăm nay là …`): the lead, cut off at the glue, is still begun (a word
a lead opens with and its clause), so the menu is peeled off it."""

from __future__ import annotations

from bantin.importer.units import _peel


def test_a_lead_begun_without_its_stop_is_parted_from_the_menu() -> None:
    lead = "Từ ngày 11/10, giá bán lẻ điện bình quân tăng 4,8%, lên 2.103 đồng/kWh theo quyết định của EVN"
    assert _peel(f"Xã hội Kinh tế Tiêu dùng {lead}") == ["Xã hội Kinh tế Tiêu dùng", lead]


def test_a_heading_without_a_clause_is_no_lead() -> None:
    text = "Xã hội Kinh tế Tiêu dùng Từ điển tiếng Việt mới ra mắt"
    assert _peel(text) == [text]
