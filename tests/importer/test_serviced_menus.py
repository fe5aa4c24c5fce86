"""A portal's menu of its own sections closed by two of its services or more, run into the lead (`Giới thiệu
Tin tức - Sự kiện Người có công Lao động - Việc làm Giảm nghèo Bảo trợ xã hội Thủ tục hành chính Dịch vụ
công trực tuyến Ngày 19/11, …`), is cut off it (`portal_menus.peel_serviced_menu`, in `page_header`); a
menu whose last item is the link to the site in English, further than twenty-four words into the unit,
is cut after the link (`boilerplate._link_after_menu`). A sentence naming the services in lower case, a
headline holding a name, a lead with nothing after the services stay whole."""

from __future__ import annotations

from bantin.importer.boilerplate import peel_language_link
from bantin.importer.convert import convert
from bantin.importer.portal_menus import peel_serviced_menu

_MENU = (
    "Giới thiệu Tin tức - Sự kiện Người có công Lao động - Việc làm Giảm nghèo Bảo trợ xã hội "
    "Thủ tục hành chính Dịch vụ công trực tuyến"
)
_LEAD = (
    "Ngày 19/11, tại cửa khẩu quốc tế Cầu Treo, Sở Lao động - Thương binh và Xã hội phối hợp với Bộ Chỉ "
    "huy Quân sự tỉnh tiếp nhận 12 hài cốt liệt sĩ quân tình nguyện hy sinh tại Lào."
)


def test_a_menu_closed_by_a_portals_services_is_cut_off_the_lead() -> None:
    assert peel_serviced_menu(f"{_MENU} {_LEAD}") == (_MENU, _LEAD)


def test_a_lead_opening_with_a_source_is_cut_too() -> None:
    menu = "Giới thiệu Tin tức Đào tạo nghề Việc làm Văn bản pháp quy Thủ tục hành chính"
    lead = "Theo Sở Nội vụ, năm 2024 toàn tỉnh có 312 lao động Lào được cấp giấy phép làm việc tại các khu công nghiệp."
    assert peel_serviced_menu(f"{menu} {lead}") == (menu, lead)


def test_what_no_portals_menu_holds_stays_whole() -> None:
    sentence = (
        "Người dân có thể làm thủ tục hành chính và dịch vụ công trực tuyến tại nhà, không phải đến "
        "trụ sở như trước."
    )
    assert peel_serviced_menu(sentence) is None  # the services in lower case, a sentence's words
    named = f"Bộ trưởng Nguyễn Văn An Thủ tục hành chính Dịch vụ công trực tuyến {_LEAD}"
    assert peel_serviced_menu(named) is None  # a name, which no menu holds
    assert (
        peel_serviced_menu(f"Giới thiệu Tin tức Thủ tục hành chính Dịch vụ công {_LEAD}") is None
    )  # four items
    assert peel_serviced_menu(f"{_MENU} Hỏi đáp") is None  # no lead after it


def test_the_menu_goes_and_the_lead_stays_on_the_page() -> None:
    page = (
        "Title: Tiếp nhận 12 hài cốt liệt sĩ quân tình nguyện hy sinh tại Lào\nSource: Sở LĐTBXH\n"
        "Link: https://sldtbxh.example.gov.vn/tin-tuc/tiep-nhan-hai-cot.html\nPublished Date: 20/11/2024 14:45\n"
        f"Author: \nTags: None\nSummary: \nContent: Trang chủ {_MENU} {_LEAD} Hài cốt được đưa về an táng "
        "tại Nghĩa trang liệt sĩ Nông trường Việt - Lào, huyện Hương Sơn, trong chiều cùng ngày.\n"
    )
    body = convert(page.encode(), "page.txt", year=2024).body
    assert body.startswith("Ngày 19/11, tại cửa khẩu"), body
    assert "Giảm nghèo" not in body


def test_a_long_menu_closed_by_the_english_link_is_cut_after_it() -> None:
    menu = (
        "Giới thiệu Tin tức Đầu tư nước ngoài vào Việt Nam Đầu tư ra nước ngoài Số liệu thống kê Văn bản "
        "pháp quy Thủ tục hành chính English"
    )
    lead = (
        "Theo Cục Đầu tư nước ngoài, 11 tháng năm 2024, các nhà đầu tư Việt Nam có 21 dự án mới tại Lào, "
        "tổng vốn đăng ký đạt 195,6 triệu USD."
    )
    assert peel_language_link(f"{menu} {lead}") == (menu, lead)
