"""A breadcrumb alone over the lead that says its section twice, the page's section after it (`Bộ
Ngoại giao Tin hoạt động Tin hoạt động của Lãnh đạo Bộ`), goes with the page's header; a subheading,
a refrain with its comma, a heading that says nothing twice stay."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert
from bantin.importer.repeated_crumbs import repeated_crumb

from .scrapes import vnsum


@pytest.mark.parametrize(
    "text",
    [
        "Bộ Ngoại giao Tin hoạt động Tin hoạt động của Lãnh đạo Bộ",
        "Quân sự - Quốc phòng Quân sự - Quốc phòng Diễn tập",
        "Trang chủ Tin tức > Tin tức sự kiện",
    ],
)
def test_a_breadcrumb_saying_its_section_twice_is_one(text: str) -> None:
    assert repeated_crumb(text)


@pytest.mark.parametrize(
    "text",
    [
        "Y tế Thời sự y tế",  # nothing said twice back to back
        "Hà Nội ơi, Hà Nội",  # a refrain with its comma
        "Đi đi em đi",  # a word, not a section's name
        "Những con số biết nói",
        "Từng bước từng bước vững chắc",  # in lower case
    ],
)
def test_a_heading_or_a_refrain_is_no_such_breadcrumb(text: str) -> None:
    assert not repeated_crumb(text)


def test_the_breadcrumb_goes_and_the_lead_stays() -> None:
    lead = (
        "Ngày 8/11/2024, tại trụ sở Bộ Ngoại giao, Thứ trưởng Nguyễn Minh Hằng đã tiếp Đại sứ Lào đến chào "
        "kết thúc nhiệm kỳ công tác tại Việt Nam."
    )
    text = vnsum(
        "Thứ trưởng Ngoại giao tiếp Đại sứ Lào",
        "https://mofa.gov.vn/tin-hoat-dong/thu-truong-tiep-dai-su-lao",
        "Bộ Ngoại giao Tin hoạt động Tin hoạt động của Lãnh đạo Bộ "
        + lead
        + " Hai bên nhất trí tiếp tục phối hợp chặt chẽ tổ chức các hoạt động kỷ niệm 50 năm Quốc khánh Lào.",
        summary="Thứ trưởng Nguyễn Minh Hằng tiếp Đại sứ Lào đến chào kết thúc nhiệm kỳ.",
    )
    body = convert(text, "page.txt", year=2024).body
    assert "Tin hoạt động" not in body
    assert "Thứ trưởng Nguyễn Minh Hằng đã tiếp" in body and "50 năm Quốc khánh Lào" in body
