"""A list's or a programme's rows a one-line scrape glued with no space: the body keeps each row whole
and apart. A programme's item opening with its hour or its day and a label's colon after a letter, the
list's colon, a quote or a year (`… tổng kết năm 20239h30: Tham luận …`, `… Lâm Viên13-19/12: Không
gian …`; `numbered_items.glued_times`), with two more such items; a table's change with its sign glued to
the next row's first cell before its bar (`+12CPTPP | 262`); a figure's unit in capitals glued to the next
row's label in capitals (`2,23 tỷ USDTPHCM: 1,71 tỷ USD`, the unit printed alone after a figure
elsewhere); a brand with small letters inside glued to a marked word opening a date (`VNeIDTừ ngày 1/12`,
`core.glued_words`). Codes stay whole: `8GB`, `5G`, `HDBank`, a time in a sentence."""

from __future__ import annotations

import itertools

from bantin.core.glued_words import glued_words
from bantin.importer.convert import convert
from bantin.importer.numbered_items import glued_times

from .scrapes import vnsum


def _parts(text: str, cuts: list[int]) -> list[str]:
    bounds = [0, *sorted(set(cuts)), len(text)]
    return [text[a:b].strip() for a, b in itertools.pairwise(bounds) if text[a:b].strip()]


def test_a_programme_s_hours_and_days_glued_part() -> None:
    text = "Chương trình:7h30: Đón đại biểu năm 20248h00: Khai mạc hội nghị của tỉnh11h30: Bế mạc"
    assert _parts(text, glued_times(text)) == [
        "Chương trình:",
        "7h30: Đón đại biểu năm 2024",
        "8h00: Khai mạc hội nghị của tỉnh",
        "11h30: Bế mạc",
    ]
    days = 'Lịch:9/1: Khai mạc tại Nhà văn hóa Trung tâm10-12/1: Hội chợ nông sản "Xuân quê"15/1: Bế mạc'
    assert _parts(days, glued_times(days))[1:] == [
        "9/1: Khai mạc tại Nhà văn hóa Trung tâm",
        '10-12/1: Hội chợ nông sản "Xuân quê"',
        "15/1: Bế mạc",
    ]


def test_one_or_two_such_times_part_nothing() -> None:
    assert glued_times("Hội nghị tổng kết năm 20238h00: Khai mạc") == []
    assert glued_times("Tàu rời cảng lúc 8h00: Theo lịch, tàu đến Đà Nẵng 15h30: Cập cầu") == []


def test_a_signed_change_glued_to_the_next_row_parts() -> None:
    text = "Nhật Bản | 210 | +6Hàn Quốc | 95 | -2ASEAN | 88 | +11"
    assert _parts(text, glued_words(text)) == [
        "Nhật Bản | 210 | +6",
        "Hàn Quốc | 95 | -2",
        "ASEAN | 88 | +11",
    ]
    assert glued_words("Điện thoại 8GB RAM | 5G | 12 triệu đồng") == []


def test_a_unit_in_capitals_glued_to_the_next_label_parts() -> None:
    text = "Vốn đạt 1,2 tỷ USD, tăng 5%. Hà Nội: 0,9 tỷ USDĐBSCL: 0,4 tỷ USD"
    assert "ĐBSCL: 0,4 tỷ USD" in _parts(text, glued_words(text))
    assert glued_words("Mã CK: 12 HDBANK: 24") == []  # no unit printed alone after a figure


def test_a_brand_glued_to_a_dated_opening_parts() -> None:
    text = "Tỉnh triển khai dịch vụ trên VNeIDTừ ngày 1/12/2026, người dân nộp hồ sơ trực tuyến."
    assert _parts(text, glued_words(text))[1].startswith("Từ ngày 1/12/2026")
    assert glued_words("Ứng dụng VNeID đã có 20 triệu tài khoản.") == []


def test_the_programme_stays_whole_in_the_body() -> None:
    lead = "Ngày 10/1, Hội Nông dân tỉnh tổ chức hội nghị tổng kết công tác hội năm 2024 và triển khai nhiệm vụ năm 2025."
    content = (
        f"Trang chủ Tin tức {lead} Chương trình hội nghị:8h00: Báo cáo tổng kết năm 20249h30: Tham luận của "
        "các huyện hội11h00: Khen thưởng tập thể, cá nhân tiêu biểu Hội nghị cũng phát động phong trào thi đua "
        "sản xuất, kinh doanh giỏi trong năm 2025. Minh Hà"
    )
    scrape = vnsum(
        "Hội Nông dân tỉnh tổng kết năm 2024",
        "https://hoinongdan.example.vn/tin-tuc/a5.html",
        content,
        date="2025-01-10T10:00:00+07:00",
    )
    body = convert(scrape, "page.txt", year=2025).body
    for row in ("8h00: Báo cáo tổng kết năm 2024", "9h30: Tham luận của các huyện hội", "11h00: Khen thưởng"):
        assert row in body
