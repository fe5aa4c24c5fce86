"""A price list's rows a scraper glued with no space, each row's figure in thousands run into the next
row's label (`OM 18: 7.200Jasmine 85: 7.400ST25: 9.100`): the label between the figure and its own colon
and figure opens a row (`glued_words._GLUED_PRICE_ROW`), a code's figures (`ST25`) and all; a code glued
to capitals elsewhere (`ST25`, `QL1A`, `Su30`) stays whole. On lists written for these tests."""

from __future__ import annotations

from itertools import pairwise

from bantin.core.glued_words import glued_words
from bantin.importer.convert import convert


def _parts(text: str) -> list[str]:
    cuts = [0, *glued_words(text), len(text)]
    return [text[a:b].strip() for a, b in pairwise(cuts)]


def test_rows_of_prices_part_at_each_label() -> None:
    text = "Bảng giá (đồng/kg): Khang Dân 18: 6.900IR 50404: 6.500Nàng Hoa 9: 8.100RVT: 8.300"
    assert _parts(text) == [
        "Bảng giá (đồng/kg): Khang Dân 18: 6.900",
        "IR 50404: 6.500",
        "Nàng Hoa 9: 8.100",
        "RVT: 8.300",
    ]


def test_a_code_glued_to_capitals_outside_a_row_stays_whole() -> None:
    for text in (
        "Giống ST25 đạt 9.100 đồng/kg.",
        "Xe đi theo QL1A: 12 km.",
        "Giá: 1.200 đồng, loại ST25 cao hơn.",
    ):
        assert glued_words(text) == []


def test_a_figure_without_its_label_colon_opens_no_row() -> None:
    assert glued_words("Sản lượng đạt 7.200CTy Minh Phú: 5 tấn") == []  # no colon before the figure


def test_a_glued_price_list_keeps_every_row() -> None:
    text = (
        "Title: Giá thu mua cà phê vụ mới\nSource: Công ty Cà phê Tây Nguyên\nLink: https://caphetn.vn/gia\n"
        "Published Date: 2026-12-03T08:00:00+07:00\nAuthor: \nTags: None\nSummary: Công ty công bố giá thu mua.\n"
        "Content: Công ty Cà phê Tây Nguyên vừa công bố giá thu mua cà phê nhân xô vụ mới cho các hộ liên kết "
        "tại Đắk Lắk và Gia Lai.Giá thu mua (đồng/kg):Robusta R1: 118.500Robusta R2: 116.200TR4: 117.000"
        "Arabica Cầu Đất: 142.000Giá trên áp dụng đến hết tháng 12, khi thị trường tăng công ty mua theo giá "
        "thị trường.\n"
    )
    body = convert(text.encode(), "page.txt", year=2026).body
    assert "Giá thu mua (đồng/kg):Robusta R1: 118.500\n" in body  # the header as printed, glued to its row
    for row in ("Robusta R2: 116.200", "TR4: 117.000", "Arabica Cầu Đất: 142.000"):
        assert f"\n{row}\n" in body, body
