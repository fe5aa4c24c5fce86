"""A provincial site's page on one line (the vnsum layout): the boxes of its header run into the menu
and the lead (the site's hotline, the weather with its label, the day's prices), cut off as units of
their own and dropped with the header (`header_boxes`, read by `units` and `page_header`); the related
list's header opening a footer's contact label is no sentence sending the reader to an office
(`office_contacts`); and three glues of a list's items or a credit (`core.glued_words`): an acronym
opening a sentence after a name (`Mạnh CườngUBND thị xã …`), a closing quote before the next item
(`… Mùa hoa Ban"Chợ phiên …`), a count repeated by the list's items (`công nghệ cao4 dự án …`)."""

from __future__ import annotations

import itertools

from bantin.core.glued_words import glued_words
from bantin.importer.convert import convert
from bantin.importer.header_boxes import header_box_alone, header_box_cuts
from bantin.importer.office_contacts import office_contact


def _vnsum(content: str) -> str:
    return (
        "Title: Tân Phước khuyến cáo lịch xuống giống lúa Hè Thu\nSource: https://sonn.example.gov.vn\n"
        "Link: https://sonn.example.gov.vn/tin-tuc/tan-phuoc-khuyen-cao-lich-xuong-giong-lua-he-thu-12.html\n"
        "Published Date: 28/03/2024 14:10\nAuthor: \nTags: None\nSummary: \nContent: " + content + "\n"
    )


def _pieces(text: str) -> list[str]:
    cuts = sorted({0, len(text), *header_box_cuts(text)})
    return [text[a:b].strip() for a, b in itertools.pairwise(cuts)]


def test_the_headers_boxes_are_cut_off_the_menu_and_the_lead() -> None:
    text = "Trang chủ Tin tức Văn bản Đường dây nóng của Đài: 0216.3852.689 Mưa lũ khiến nhiều nơi bị ngập."
    assert _pieces(text)[1] == "Đường dây nóng của Đài: 0216.3852.689"
    text = (
        "Trang chủ Văn bản Dự báo thời tiết Cao Lãnh: 34°C, nắng nóng Giá lúa hôm nay: IR 50404 7.400 đ/kg; "
        "OM 18 7.800 đ/kg Vụ lúa Hè Thu năm nay, toàn huyện xuống giống 18.000 ha."
    )
    box = _pieces(text)[1]
    assert box.startswith("Dự báo thời tiết") and box.endswith("7.800 đ/kg") and header_box_alone(box)
    assert _pieces(
        "Trang chủ Giá vàng SJC: Mua 66.550.000 Bán 67.150.000 Toàn tỉnh trồng xoài trên diện tích lớn."
    )[1].endswith("67.150.000")


def test_the_storys_own_hotline_and_prices_after_its_first_stop_stay_in_their_sentence() -> None:
    text = (
        "Sáng 14/3, phường ra quân. Người dân phản ánh qua Đường dây nóng 0297.3862.456 Phòng Quản lý đô thị."
    )
    assert header_box_cuts(text) == set()
    assert header_box_cuts("Tổng đài 111 bảo vệ trẻ em hoạt động suốt ngày đêm.") == set()


def test_a_provincial_pages_header_boxes_go_and_its_lead_stays() -> None:
    page = (
        "Sở Nông nghiệp tỉnh Tân Phước Trang chủ Tin tức Trồng trọt Chăn nuôi Văn bản Dự báo thời tiết Tân "
        "Phước: 34°C, nắng nóng Giá lúa hôm nay: IR 50404 7.400 đ/kg; OM 18 7.800 đ/kg Vụ lúa Hè Thu 2024, "
        "toàn tỉnh dự kiến xuống giống khoảng 85.000 ha. Sở khuyến cáo nông dân xuống giống tập trung trong "
        "3 đợt để né rầy nâu. Tấn Phát Bài viết cùng chuyên mục Nông dân Lai Vung trúng mùa quýt hồng Thông "
        "tin liên hệ: Sở Nông nghiệp tỉnh Tân Phước. Số 5 Võ Trường Toản, phường 1. Chịu trách nhiệm: Giám đốc Sở"
    )
    body = convert(_vnsum(page).encode(), "page.txt").body
    assert body.startswith("Vụ lúa Hè Thu 2024")
    assert "thời tiết" not in body and "Giá lúa" not in body
    assert "Bài viết cùng chuyên mục" not in body and "Võ Trường Toản" not in body


def test_a_related_lists_header_is_no_sentence_sending_the_reader_to_an_office() -> None:
    line = "Mọi thắc mắc xin liên hệ Phòng Đào tạo, số 175 Tây Sơn, điện thoại 0243 563 1537."
    assert office_contact(line)
    related = "Bài viết cùng chuyên mục Nông dân trúng mùa quýt Thông tin liên hệ: Sở Nông nghiệp tỉnh, số 5."
    assert not office_contact(related)


def test_a_list_or_a_credit_glued_to_the_next_item_is_cut_there() -> None:
    text = "Ảnh: Mạnh CườngUBND thị xã khuyến cáo du khách mặc đủ ấm"
    assert [text[c:][:4] for c in glued_words(text)] == ["UBND"]
    text = 'Triển lãm ảnh "Điện Biên - Mùa hoa Ban"Chợ phiên vùng cao'
    assert [text[c:][:3] for c in glued_words(text)] == ["Chợ"]
    text = "Danh mục gồm 5 dự án nông nghiệp công nghệ cao4 dự án du lịch tại Đắk Nông"
    assert [text[c:][:6] for c in glued_words(text)] == ["4 dự á"]
    assert glued_words("Sân bay Long Thành có 4 làn đường cao4 tầng") == []  # no other item counts it
    assert glued_words("Đội tuyển U23 Việt Nam và VPBank tài trợ") == []


def test_a_weather_box_is_not_cut_inside_its_icons_name() -> None:
    assert header_box_cuts("Nhà nông Hà Nội 16°C Sương mù 7 ngày tới Giá heo hơi hôm nay đi ngang.") == set()
    assert header_box_cuts("AQI 112 Trung bình") == set()
    assert (
        header_box_cuts("Thời tiết Hà Nội 14°C Sương mù Xem thời tiết 10 ngày Do không khí lạnh, trời rét.")
        == set()
    )
    assert (
        header_box_cuts("Biển Đà Nẵng Gió Đông Bắc 12 km/h Sóng 2,5 m Hiện nay, vịnh có gió mạnh.") == set()
    )


def test_a_weather_box_after_a_bracket_is_cut_before_its_place_whole() -> None:
    text = "Bản in Thứ Hai, 13/10/2025 (22/8 Âm lịch) Cà Mau 29°C Những ngày qua, triều cường gây sạt lở."
    start = text.index("Cà Mau")
    assert header_box_cuts(text) == {start, start + len("Cà Mau 29°C")}
