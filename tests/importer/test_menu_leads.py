"""A page's header run into a lead of any kind: a lead opening with a name, a quotation, a place or
a word no list of starters holds, with few stop words or many, after a menu of sections, a login
bar or a share bar, with the summary given or not: the header goes, the whole lead stays."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert
from bantin.importer.menus import peel_menu

from .scrapes import vnsum

LEADS = (
    "Ông Trần Văn Bảy, 61 tuổi, vừa được công nhận là nông dân sản xuất giỏi cấp tỉnh năm nay.",
    "“Nước lên nhanh quá, chúng tôi chỉ kịp mang theo giấy tờ”, bà Hà Thị Lụa kể lại đêm 12/9.",
    "Mẫu Sơn và Lạng Giang ký kết chương trình hợp tác phát triển du lịch giai đoạn 2024 - 2030.",
    "Mưa đá bất ngờ khiến hàng chục ngôi nhà ở huyện Mẫu Sơn bị tốc mái chiều qua.",
)
HEADERS = (
    "Trang chủ Thời sự Kinh tế Xã hội Văn hóa Thể thao",
    "Thời sự Chính trị Kinh tế Văn hóa - Xã hội Quốc tế Pháp luật",
    "Đăng nhập Đăng ký Tìm kiếm",
    "Chia sẻ Facebook Zalo Copy link",
)
REST = (
    "Chủ tịch UBND huyện cho biết sẽ tiếp tục hỗ trợ người dân trong thời gian tới. "
    "Năm nay huyện đặt mục tiêu giảm 2% số hộ nghèo. Minh Khôi"
)


def body(header: str, lead: str, summary: str) -> str:
    raw = vnsum(
        "Tin tức huyện Mẫu Sơn",
        "https://baomau.vn/tin-tuc-huyen-a123456.html",
        f"{header} {lead} {REST}",
        summary=summary,
    )
    return convert(raw, "trang.txt", year=2024, sources={}).body


@pytest.mark.parametrize("summarised", [False, True])
@pytest.mark.parametrize("header", HEADERS)
@pytest.mark.parametrize("lead", LEADS)
def test_the_header_goes_and_the_whole_lead_stays(lead: str, header: str, summarised: bool) -> None:
    text = body(header, lead, lead[:70] + "..." if summarised else "")
    assert text.startswith(lead)


def test_a_menu_of_sections_before_a_name_is_cut_there() -> None:
    menu = "Thời sự Kinh tế Xã hội Văn hóa Thể thao"
    assert peel_menu(f"{menu} {LEADS[0]}") == (menu, LEADS[0])


def test_a_lead_opening_with_words_of_sections_is_no_menu() -> None:
    lead = "Kinh tế Xã hội Mẫu Sơn phát triển ổn định, thu ngân sách đạt 1.200 tỷ đồng trong năm 2023."
    assert peel_menu(lead) is None


@pytest.mark.parametrize(
    "first", ["Việt Nam trúng cử Hội đồng Nhân quyền LHQ.", "Thủ tướng dự Hội nghị Cấp cao ASEAN."]
)
def test_a_first_sentence_ending_with_an_acronym_stays_after_a_menu(first: str) -> None:
    text = body("Thời sự Quốc tế Kinh tế Xã hội", f"{first} {LEADS[0]}", "")
    assert first.removesuffix(".") in text


@pytest.mark.parametrize(
    "lead",
    [
        "Thành đoàn Hà Nội phát động Tháng Thanh niên với hơn 1.000 công trình, phần việc của đoàn viên.",
        "Sở Văn hóa tỉnh khai mạc Năm Du lịch quốc gia bằng một đêm nghệ thuật bên bờ sông Lam.",
    ],
)
def test_a_lead_naming_a_month_or_a_year_of_an_event_stays_whole(lead: str) -> None:
    """`Tháng Thanh niên`, `Năm Du lịch quốc gia`: an event's name, not a lead's `Tháng 3,` after a menu."""
    assert lead.removesuffix(".") in body("Thời sự Văn hóa", f"{lead} {LEADS[0]}", "")


def test_a_title_and_what_it_heads_are_never_parted() -> None:
    lead = (
        "Thủ tướng Chính phủ vừa phê duyệt nhiệm vụ điều chỉnh quy hoạch chung thành phố Hội An đến năm 2045, "
        "tầm nhìn đến năm 2060."
    )
    assert peel_menu(f"Quy hoạch Công trình Nội thất Cảnh quan {lead}") == (
        "Quy hoạch Công trình Nội thất Cảnh quan",
        lead,
    )  # the cut before the title, not inside it (`Thủ tướng | Chính phủ`)
