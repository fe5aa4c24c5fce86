"""A page's header in a unit of its own over the lead, its site's name, its menu's link home and the
items after it, then the header's boxes with no sentence's stop (a sea-weather strip, a tide's reading:
`ĐỒN BIÊN PHÒNG CỬA ĐẠI Trang chủ Tin hoạt động … Vùng biển Cửa Đại: gió Đông Bắc cấp 6, sóng cao 2 - 3
m`), goes whole (`home_menus`), though the strip's words (`với`, `cao`) read as a sentence's. A line of
the story naming a page's `Trang chủ` has its stop, or no capital after it."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.home_menus import home_menu_alone

_HEADER = (
    "ĐỒN BIÊN PHÒNG CỬA ĐẠI Trang chủ Tin hoạt động Biên phòng với nhân dân Quốc phòng - An ninh Pháp luật "
    "biên giới Bản tin thời tiết biển Vùng biển Cửa Đại: gió Đông Bắc cấp 6, giật cấp 8, sóng cao 2 - 3 m"
)


def test_a_header_with_its_link_home_and_no_stop_is_the_page_s() -> None:
    assert home_menu_alone(_HEADER)
    assert home_menu_alone("Trang chủ Giới thiệu Tin tức Thông báo Liên hệ")


def test_a_line_of_the_story_is_not() -> None:
    assert not home_menu_alone("Người dân truy cập Trang chủ Cổng dịch vụ công để nộp hồ sơ.")  # a stop
    assert not home_menu_alone("Trang chủ của cổng có thêm mục tra cứu")  # no item in a capital after it
    assert not home_menu_alone(
        "Sáng 3/12, đơn vị cập nhật giao diện mới của Cổng thông tin gồm Trang chủ Tin tức"
    )  # the link home far into the line, no site's name before it


def test_the_header_goes_and_the_lead_stays() -> None:
    text = (
        "Title: Cứu 6 ngư dân trên tàu cá bị chìm\nSource: Đồn Biên phòng Cửa Đại\n"
        "Link: https://bienphong.example.vn/cuu-nan.html\nPublished Date: 2026-12-03T09:00:00+07:00\n"
        "Author: \nTags: None\nSummary: Sáu ngư dân được cứu an toàn.\n"
        f"Content: {_HEADER} Thủy triều Cửa Đại: 05:40 cao 1,6 mSáng 3/12, tàu cá QNa 90123 TS bị sóng đánh "
        "chìm khi đang hành nghề cách bờ khoảng 12 hải lý. Đồn Biên phòng Cửa Đại phối hợp các tàu cá gần đó "
        "cứu vớt toàn bộ 6 thuyền viên. Hoài An\n"
    )
    body = convert(text.encode(), "page.txt", year=2026).body
    assert body.startswith("Sáng 3/12, tàu cá QNa 90123 TS")
    assert "Trang chủ" not in body and "gió Đông Bắc" not in body
