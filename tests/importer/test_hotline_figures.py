"""A hotline's groups of digits closing a header (`Cấp cứu 24/7: 0262 3919 115`) and a lead opening with
a year (`Năm 2026, Đơn vị …`) make no table: a figure's stop or comma is a sentence's, so `115.` and
`2026,` close no table's row (`tables._ROW_FIGURE`), and the lead is not cut after its year."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.tables import table_ends
from bantin.importer.units import split_units


def test_a_year_and_a_comma_close_no_row() -> None:
    text = "Tổng đài: 0251 3822 115. Năm 2026, Trung tâm Cấp cứu tiếp nhận 4.120 ca, tăng 8%."
    assert all(text[cut - 5 : cut] != "2026," for cut in table_ends(text))
    assert "Năm 2026, Trung tâm Cấp cứu tiếp nhận 4.120 ca, tăng 8%." in split_units(text)


def test_a_table_of_prices_still_ends_at_its_last_row() -> None:
    text = "Giá lúa như sau: OM 18 7.200 đồng/kg Đài Thơm 8 7.600 đồng/kg ST25 9.100 đồng/kg Minh Anh"
    assert text.index("Minh Anh") - 1 in table_ends(text)


def test_the_lead_after_the_headers_hotline_stays_whole() -> None:
    text = (
        "Title: Một năm cấp cứu đột quỵ\nSource: Bệnh viện Đa khoa khu vực\nLink: https://bvkv.vn/dot-quy\n"
        "Published Date: 2026-12-04T08:00:00+07:00\nAuthor: \nTags: None\nSummary: Hơn 900 ca được cấp cứu.\n"
        "Content: BỆNH VIỆN ĐA KHOA KHU VỰC Giới thiệu Chuyên khoa Đặt lịch khám Tin tức Cấp cứu 24/7: "
        "0251 3822 115 Năm 2026, Khoa Đột quỵ, Bệnh viện Đa khoa khu vực tiếp nhận 912 ca, tăng 15% so với "
        "năm trước. Nhiều bệnh nhân được chuyển đến trong giờ vàng. Lan Anh\n"
    )
    body = convert(text.encode(), "page.txt", year=2026).body
    assert body.startswith("Năm 2026, Khoa Đột quỵ")
