"""A ticker of prices in a unit of its own over the lead, under its label and with a last cell that has
not moved (`Giá nông sản hôm nay: Cà phê nhân 118.500 đ/kg ▲ Xoài 22.000 đ/kg ▼ Mận 0 đ/kg`), is the
site's (`tickers.tickers_over_lead`), though its colon reads as a table's the story introduces: a
story never writes those arrows. The story's own figures stay."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert
from bantin.importer.tickers import tickers_over_lead

_STORY = (
    "Những ngày đầu tháng 12, nông dân xã Mẫu Sơn tập trung thu hoạch cà phê niên vụ 2026 - 2027. "
    "Giá cà phê quả tươi hiện ở mức 22.000 - 24.000 đồng/kg, cao hơn cùng kỳ năm trước."
)


def _page(ticker: str) -> bytes:
    return (
        "Title: Vụ cà phê được giá\nSource: Sở Nông nghiệp tỉnh Mẫu\nLink: https://snn.mau.example.vn/cf.html\n"
        "Published Date: 2026-12-02T10:00:00+07:00\nAuthor: \nTags: None\nSummary: Cà phê được giá.\n"
        f"Content: {ticker} Trang chủ Tin tức Trồng trọt Chăn nuôi Khuyến nông Hỏi đáp {_STORY} Quàng Thủy\n"
    ).encode()


@pytest.mark.parametrize(
    "ticker",
    [
        "Giá nông sản hôm nay: Cà phê nhân 118.500 đ/kg ▲ Xoài tròn 22.000 đ/kg ▼ Mận hậu 0 đ/kg",
        "Giá hôm nay: Chè búp tươi 9.000 đ/kg ↑ Sắn củ 2.800 đ/kg ↓ Ngô hạt 6.100 đ/kg",
    ],
)
def test_a_ticker_over_the_menu_goes(ticker: str) -> None:
    body = convert(_page(ticker), "p.txt", year=2026).body
    assert "đ/kg" not in body
    assert "22.000 - 24.000 đồng/kg" in body


def test_a_ticker_with_a_line_after_its_last_arrow_keeps_its_unit() -> None:
    kinds = [
        ("story", "a row of a table the story introduces (a colon before it)"),
        ("story", "sentence-like"),
    ]
    texts = ["USD 25.120 ▲ 15 | EUR 27.080 ▼ 10 Tỷ giá trung tâm: 24.012 VND/USD.", _STORY]
    assert tickers_over_lead(kinds, texts) == kinds  # the label may be the story's first line
    texts[0] = "Giá hôm nay: Chè búp tươi 9.000 đ/kg ↑ Sắn củ 2.800 đ/kg ↓ Ngô hạt 6.100 đ/kg"
    assert tickers_over_lead(kinds, texts)[0][0] == "chrome"
