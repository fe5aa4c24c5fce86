"""A menu run into a lead that opens with `Ông` or `Bà` and a full name (`honorific_lead`): the menu
goes, the lead stays; a place named after someone, a subject's clause or a sentence cut nothing."""

from __future__ import annotations

import pytest

from bantin.importer.honorific_lead import peel_honorific_lead

LEAD = "Bà Trần Thị Mai, 68 tuổi, ở xã Hòa Bình, đã mở lớp dạy đàn bầu miễn phí cho trẻ em suốt 20 năm."


@pytest.mark.parametrize(
    "menu",
    [
        "Thời sự Văn hóa Đời sống Pháp luật",
        "Trang chủ Tin tức Sự kiện Nhân vật",
        "Xã hội » Giáo dục » Gương sáng",
    ],
)
def test_a_menu_before_an_honorific_and_a_name_is_cut_off(menu: str) -> None:
    assert peel_honorific_lead(f"{menu} {LEAD}") == (menu, LEAD)


@pytest.mark.parametrize(
    "text",
    [
        "Thời sự Văn hóa Đời sống Pháp luật Bà Rịa - Vũng Tàu đón hơn hai triệu lượt khách trong dịp nghỉ lễ vừa qua.",
        f"Sáng nay, tại hội nghị, {LEAD}",  # the lead's own clause
        f"Theo lời kể của người dân {LEAD}",  # grammar words: a sentence's
        LEAD,  # nothing before it
    ],  # a place named after someone (no surname after `Bà`), a clause, a sentence, nothing before
)
def test_no_menu_before_the_honorific_cuts_nothing(text: str) -> None:
    assert peel_honorific_lead(text) is None
