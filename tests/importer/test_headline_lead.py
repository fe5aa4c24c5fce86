"""A menu run into a lead that opens with the headline's first words (`headline_lead`): the menu
goes, the lead stays whole; a subject's title, an organisation's name or a sentence before the
headline's words is no menu."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert
from bantin.importer.headline_lead import split_at_headline

from .scrapes import vnsum

LEAD = "Hải Phong Motor thông báo triệu hồi hơn 3.000 xe máy điện để thay bộ sạc bị lỗi."
HEADLINE = "Hải Phong Motor triệu hồi 3.000 xe máy điện"


@pytest.mark.parametrize(
    "menu",
    [
        "Xe Thị trường Đánh giá Tư vấn",
        "Biển đảo Biên giới Quốc phòng Tư liệu Ảnh",
        "Trang chủ » Kinh tế » Doanh nghiệp - Thị trường",
        "Thời sự Thế giới Nhật Bản Châu Á Mỹ",
    ],
)
def test_a_menu_before_the_headlines_words_is_cut_off(menu: str) -> None:
    assert split_at_headline(f"{menu} {LEAD}", HEADLINE) == (menu, LEAD)


@pytest.mark.parametrize(
    "before",
    [
        "Giám đốc Sở Công Thương",  # a subject's title, too short for a menu
        "Sở Giao thông Vận tải tỉnh",  # an organisation and its place: the name goes on
        "Phó Tổng giám đốc Tập đoàn Điện lực Việt Nam",  # a title and an organisation
        "Chủ tịch Hội đồng Quản trị Tập đoàn Mẫu Group",  # an organisation's name goes on
        "Sáng nay, tại Hà Nội,",  # the lead's own clause
        "Theo báo cáo của Bộ Công Thương",  # grammar words: a sentence's
    ],
)
def test_the_headlines_words_after_a_subject_or_a_clause_cut_nothing(before: str) -> None:
    assert split_at_headline(f"{before} {LEAD}", HEADLINE) is None
    place = "Hải Phong vừa khởi công tuyến đường mới dài 12 km nối trung tâm huyện với cửa khẩu."
    assert split_at_headline(f"{before} {place}", "Hải Phong khởi công đường ra cửa khẩu") is None


def test_a_headline_of_one_word_or_words_only_inside_the_lead_cut_nothing() -> None:
    assert split_at_headline(f"Xe Thị trường Đánh giá Tư vấn {LEAD}", "Motor") is None
    assert split_at_headline(LEAD, HEADLINE) is None  # the lead opens the unit: nothing before it


def _body(content: str, title: str, summary: str = "") -> str:
    raw = vnsum(title, "https://xemau.vn/thi-truong/bai-a12345.html", content, summary=summary)
    return convert(raw, "trang.txt", year=2024, sources={}).body


REST = "Các xe được sản xuất từ tháng 3 đến tháng 6 năm nay. Khách hàng có thể đến đại lý để thay miễn phí. Minh Khôi"


def test_the_page_loses_the_menu_and_keeps_the_lead() -> None:
    body = _body(f"Xe Thị trường Đánh giá Tư vấn {LEAD} {REST}", HEADLINE)
    assert LEAD in body and "Đánh giá Tư vấn" not in body


def test_a_lead_whose_first_words_look_like_a_menu_stays_whole() -> None:
    lead = "Kinh tế Việt Nam năm 2024 được dự báo tăng trưởng khoảng 6,5% nhờ xuất khẩu phục hồi mạnh."
    body = _body(f"{lead} {REST}", "Kinh tế Việt Nam năm 2024 nhìn từ xuất khẩu")
    assert lead in body
    lead = "Thời sự quốc tế tuần qua ghi nhận nhiều diễn biến đáng chú ý ở Trung Đông và châu Âu."
    body = _body(f"Trang chủ Thế giới Bình luận {lead} {REST}", "Thời sự quốc tế tuần qua", summary=lead)
    assert lead in body


def test_a_weather_widget_closing_the_menu_is_cut_off_with_it() -> None:
    menu = "Nông Mẫu Nhà nông Giá cả thị trường Hà Nội 16°C Sương mù 7 ngày tới"  # `tới`: the widget's
    assert split_at_headline(f"{menu} {LEAD}", HEADLINE) == (menu, LEAD)
    assert split_at_headline(f"Xe chạy tới {LEAD}", HEADLINE) is None  # `tới` a sentence's, before a name


def test_a_city_in_capitals_before_the_headlines_words_is_the_subject_going_on() -> None:
    lead = (
        "Đà Lạt vừa công bố quy hoạch phân khu khu vực hồ Xuân Hương với diện tích 1.200 ha, tỷ lệ 1/2.000."
    )
    assert (
        split_at_headline(f"Quy hoạch Đô thị UBND TP {lead}", "Đà Lạt công bố quy hoạch hồ Xuân Hương")
        is None
    )
