"""An institution's menu run into the lead whose first words are a body's name with a head of one
word (`… Tài liệu kỹ thuật Viện Khoa học Nông nghiệp Việt Nam phối hợp …`, fixtures/blind_laos10.yml):
`item_menus` no longer cuts inside the name (`Viện Khoa học | Nông nghiệp …`), which took the lead's
subject with the menu; a menu before a lead that opens with its own words is still cut. The pages are
written for these tests."""

from __future__ import annotations

from bantin.importer.item_menus import peel_item_menu

MENU = "Giới thiệu Tin tức Nghiên cứu Chuyển giao công nghệ Hợp tác quốc tế Tài liệu kỹ thuật"
LEAD = (
    "Viện Khoa học Nông nghiệp Việt Nam phối hợp với Sở Nông Lâm nghiệp tỉnh Chăm-pa-xắc (Lào) khảo "
    "nghiệm 6 giống lúa Việt Nam trên 12 ha tại bản Pha Pho, huyện Chăm-pa-xắc, vụ hè thu 2025."
)


def test_no_cut_inside_a_body_s_name_after_its_head_of_one_word() -> None:
    peeled = peel_item_menu(f"{MENU} {LEAD}")
    assert peeled is None or peeled[1].endswith(LEAD)  # the lead's subject stays whole


def test_a_menu_before_a_lead_opening_with_its_day_is_still_cut() -> None:
    lead = (
        "Sáng 13/9, các nhà khoa học Việt Nam và Lào tổng kết vụ khảo nghiệm giống lúa tại bản Pha Pho, "
        "huyện Chăm-pa-xắc."
    )
    assert peel_item_menu(f"{MENU} {lead}") == (MENU, lead)
