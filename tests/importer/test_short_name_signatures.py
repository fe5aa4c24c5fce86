"""An organisation's short name, introduced by the story in brackets (`Hiệp hội Cà phê - Ca cao Việt
Nam (Vicofa)`), signing the story and run on into the price box after it with no stop (`Vicofa Giá cà
phê hôm nay …`): the name is cut off the box (`short_name_signatures`), the box goes and the name,
the publisher's own, is no writer's; a subhead opening with the name, a paragraph after it, stays
whole. On pages written for these tests."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.furniture import Unit
from bantin.importer.short_name_signatures import short_name_apart

_LEAD = (
    "Theo Hiệp hội Cà phê - Ca cao Việt Nam (Vicofa), 11 tháng năm 2026, cả nước xuất khẩu khoảng 1,4 triệu "
    "tấn cà phê, trị giá 7,9 tỷ USD, tăng 12% so với cùng kỳ năm trước."
)


def _page(content: str) -> bytes:
    return (
        "Title: Xuất khẩu cà phê 11 tháng đạt 7,9 tỷ USD\nSource: Hiệp hội Cà phê - Ca cao Việt Nam\n"
        "Link: https://vicofa.org.vn/tin/xuat-khau-ca-phe-11-thang.html\n"
        "Published Date: 2026-12-06T08:00:00+07:00\nAuthor: \nTags: None\nSummary: Xuất khẩu cà phê tăng.\n"
        f"Content: {content}\n"
    ).encode()


def test_the_short_name_is_cut_off_the_box_after_it() -> None:
    content = (
        f"Trang chủ Giới thiệu Hội viên Thị trường {_LEAD} Vicofa cho biết giá xuất khẩu bình quân đạt 5.600 "
        "USD/tấn, cao nhất từ trước đến nay. Vicofa Giá cà phê hôm nay Đắk Lắk: 118.000 - 119.500 đ/kg Lâm "
        "Đồng: 117.200 đ/kg Xem bảng giá đầy đủ Tin thị trường khác Hội chợ cà phê quốc tế 2027 sẽ diễn ra tại "
        "Buôn Ma Thuột HIỆP HỘI CÀ PHÊ - CA CAO VIỆT NAM Số 6 Nguyễn Công Trứ, Hà Nội"
    )
    converted = convert(_page(content), "page.txt", year=2026)
    assert converted.body.rstrip().endswith("cao nhất từ trước đến nay."), converted.body
    assert "đ/kg" not in converted.body
    assert not converted.front.author


def test_a_subhead_opening_with_the_short_name_stays_whole() -> None:
    texts = [
        _LEAD,
        "Vicofa Đắk Lắk mở rộng vùng trồng bền vững",
        "Năm nay, chi hội tỉnh Đắk Lắk cấp chứng nhận cho thêm 2.000 ha cà phê của các hộ hội viên.",
    ]
    units = [Unit(None, text) for text in texts]
    assert short_name_apart(units) == units


def test_a_name_no_bracket_introduced_is_not_cut() -> None:
    units = [
        Unit(None, text) for text in (_LEAD.replace(" (Vicofa)", ""), "Vicofa Giá cà phê hôm nay Đắk Lắk")
    ]
    assert short_name_apart(units) == units


def test_a_word_in_brackets_is_no_short_name() -> None:
    lead = "Hậu vệ: Kieran Trippier (Anh), Raphael Varane (Pháp), Diego Godin (Uruguay)."
    units = [
        Unit(None, text) for text in (lead, "Modric cũng nhận Quả bóng vàng.", "Anh Khôi Video bàn thắng")
    ]
    assert short_name_apart(units) == units  # `Anh` is a word and a writer's name's, no body's coined name
