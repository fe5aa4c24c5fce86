"""Transport and traffic pages (the blind round `blind_transport`): a list of a section's stories
headed by the section's name alone (`Tin giao thông`) run into the closing byline or the office
signing the story (`section_tails`, `section_lists.bare_section_header`), and a booking form's labels
read as prose over the lead the summary opens (`menus_over_lead`)."""

from __future__ import annotations

import pytest

from bantin.importer.convert import Converted, convert
from bantin.importer.furniture import Unit
from bantin.importer.section_lists import bare_section_header
from bantin.importer.section_tails import section_list_apart

from .scrapes import vnsum

LAST = "Cơ quan chức năng đang điều tra làm rõ nguyên nhân vụ việc."


def _cut(*texts: str) -> list[str]:
    return [u.text for u in section_list_apart([Unit(0, t) for t in texts])]


@pytest.mark.parametrize(
    "header", ["Tin giao thông", "Tin an toàn giao thông", "Tin hàng không", "Tin đường sắt"]
)
def test_a_sections_name_alone_heads_its_list(header: str) -> None:
    assert bare_section_header(header)


@pytest.mark.parametrize("text", ["Tin Lành", "Tin tưởng vào sự lãnh đạo của Đảng", "Tin nhắn.", "Tin"])
def test_no_name_sentence_or_word_alone_is_such_a_header(text: str) -> None:
    assert not bare_section_header(text)


def test_the_header_run_into_the_closing_byline_is_cut_from_it_and_from_its_headlines() -> None:
    headlines = "Khánh thành ga hàng hóa Kim Thành Chạy thêm tàu khách dịp cuối năm"
    units = _cut(LAST, f"Quang Vinh Tin đường sắt {headlines}")
    assert units == [LAST, "Quang Vinh", "Tin đường sắt", headlines]


def test_the_office_signing_the_story_stays_apart_from_the_list() -> None:
    headlines = "Phân luồng qua cầu Thăng Long Xử lý xe quá tải trên quốc lộ 5"
    units = _cut(LAST, f"Đội Cảnh sát giao thông số 6 Tin giao thông {headlines}")
    assert units == [LAST, "Đội Cảnh sát giao thông số 6", "Tin giao thông", headlines]


@pytest.mark.parametrize(
    "text",
    [
        "Tin nhắn của ông Nguyễn Văn Nam gửi cơ quan công an đã giúp tìm ra chiếc xe.",  # a sentence
        "Minh Hà Tin vui Hà Nội",  # a few words after it: no list of headlines
    ],
)
def test_no_sentence_and_no_short_line_is_cut(text: str) -> None:
    assert _cut(LAST, text) == [LAST, text]


def test_before_the_storys_last_sentence_nothing_is_cut() -> None:
    line = "Ông Lê Văn Hải Tin tưởng Nhà nước sẽ sớm hoàn thành cầu Phong Lâm Xã Kim Sơn trông đợi"
    assert _cut(line, LAST) == [line, LAST]


def _converted(content: str, summary: str) -> Converted:
    scrape = vnsum(
        "Mở đường bay mới Đà Nẵng - Busan",
        "https://hangkhongmau.vn/mo-duong-bay-da-nang-busan-a123.html",
        content,
        summary=summary,
        date="05/12/2024 10:00",
    )
    return convert(scrape, "trang.txt", year=2024, sources={})


def _body(content: str, summary: str) -> str:
    return _converted(content, summary).body


LEAD = "Từ ngày 20/12, hãng khai thác bốn chuyến mỗi tuần giữa Đà Nẵng và Busan bằng máy bay A321."
STORY = f"{LEAD} Chuyến bay cất cánh từ Đà Nẵng lúc 23h40 và đến Busan lúc 6h05 sáng hôm sau."


def test_a_section_list_after_the_byline_goes_whole() -> None:
    tail = "Lê Quân Tin hàng không Sân bay Chu Lai đón chuyến bay quốc tế Giá vé Tết giảm nhẹ"
    converted = _converted(f"{STORY} {tail} Tổng đài 1900 1234", LEAD)
    assert converted.body.rstrip().endswith("sáng hôm sau."), converted.body
    assert converted.front.author == "Lê Quân"


def test_a_booking_forms_labels_over_the_lead_the_summary_opens_go() -> None:
    form = (
        "Đặt vé Quản lý đặt chỗ Làm thủ tục trực tuyến Hành lý Khứ hồi Một chiều Nhiều chặng "
        "Điểm khởi hành Điểm đến Ngày đi Ngày về Người lớn Trẻ em Em bé Mã khuyến mãi Tìm chuyến bay"
    )
    body = _body(f"{form} {STORY}", LEAD)
    assert body.startswith(LEAD), body


def test_a_run_in_lower_case_over_the_lead_is_no_form() -> None:
    run = (
        "Theo thông báo của hãng hàng không về việc mở thêm đường bay quốc tế đến các thành phố lớn của "
        "Hàn Quốc trong mùa đông năm nay và những năm tới cho khách du lịch"
    )
    body = _body(f"{run} {STORY}", LEAD)
    assert body.startswith("Theo thông báo"), body


@pytest.mark.parametrize("header", ["Tin khác", "Tin liên quan", "Tin mới nhất"])
def test_a_header_with_its_tie_is_left_as_it_stands(header: str) -> None:
    line = f"{header} Người Dao trình diễn lễ cấp sắc Chương trình tháng 12 tại Làng Văn hóa"
    assert _cut(LAST, line) == [LAST, line]
