"""Stock-market and banking pages (the blind round `blind_finance`): a board of quotes and a row of
share codes run into the story (`quote_boards`), a disclaimer's heading, in the text (`Tuyên bố miễn trừ
trách nhiệm …`, `disclaimers.DISCLAIMER`) or on a line of its own over it (`disclaimer_heads`), a writer
under `Tác giả` with its colon lost (`bylines`), a firm's analysts signing as one (`teams`), and the
site's brand atop a page of its sub-domain (`Investing.com` on vn.investing.com, `unit_kinds`)."""

from __future__ import annotations

import pytest

from bantin.importer.bylines import parse_byline
from bantin.importer.convert import convert
from bantin.importer.disclaimer_heads import disclaimer_heads
from bantin.importer.disclaimers import DISCLAIMER
from bantin.importer.quote_boards import board_cuts, quote_board
from bantin.importer.units import split_units

from .scrapes import vnsum


def _body(content: str, link: str = "https://chungkhoanmau.vn/tin-tuc/thi-truong-1234.html") -> str:
    scrape = vnsum(
        "Cổ phiếu thép hút dòng tiền",
        link,
        content,
        summary="Nhóm thép tăng mạnh nhờ giá quặng sắt phục hồi.",
        date="2024-07-02T15:00:00+07:00",
    )
    return convert(scrape, "trang.txt", year=2024, sources={}).body


@pytest.mark.parametrize(
    ("text", "board"),
    [
        (
            "Mã CK Giá Thay đổi KLGD HPG 28.400 +900 12.500.300 HSG 21.150 +650 6.204.100",
            "Mã CK Giá Thay đổi KLGD HPG 28.400 +900 12.500.300 HSG 21.150 +650 6.204.100",
        ),
        ("NKG 22.300 -0,4% TLH 7.150 +1,1%", "NKG 22.300 -0,4% TLH 7.150 +1,1%"),
        ("Xem thêm mã HPG HSG NKG", "Xem thêm mã HPG HSG NKG"),
    ],
)
def test_a_board_of_quotes_or_a_row_of_codes_stands_apart_from_the_next_sentence_and_goes(
    text: str, board: str
) -> None:
    units = split_units(f"{text} Khối ngoại mua ròng 120 tỷ đồng ở nhóm thép.")
    assert units[0] == board
    assert quote_board(units[0])
    assert units[1] == "Khối ngoại mua ròng 120 tỷ đồng ở nhóm thép."


@pytest.mark.parametrize(
    "text",
    [
        "HPG tăng 3,2%, HSG tăng 2,9% và NKG tăng 2,1%.",  # a story names its figures in words
        "Nhóm thép dẫn dắt thị trường: HPG +3,2%, HSG +2,9%, NKG +2,1%.",
        "Lãi suất 12 tháng ABBank 5,7 NCB 5,6 Bắc Á 5,5",  # a story's table flattened, no signed change
        "HOA MAI LINH",  # bare words in capitals, no label: a name may be
        "Theo AFP BBC CNN",  # a credit, its label in a capital
        "Đội Trận Hiệu số HAG 10 +5 18 SLN 10 +3 17",  # a league's table: no price
        "Các mã HPG, HSG và NKG đều tăng trần.",
    ],
)
def test_figures_and_codes_the_story_writes_are_no_board(text: str) -> None:
    assert not quote_board(text)


@pytest.mark.parametrize(
    "text",
    [
        "Xem trực tiếp HTV7 HTV9 HTV Thể thao Các tin khác",  # channels' call signs, no sentence after
        "Xem thêm mã HPG HSG NKG Tin liên quan",  # no sentence after: nothing to cut it from
    ],
)
def test_no_cut_after_codes_without_a_sentence_of_prose_after_them(text: str) -> None:
    assert not board_cuts(text)


def test_the_sentence_after_a_board_in_the_story_stays_and_the_board_goes() -> None:
    body = _body(
        "Nhóm thép tăng mạnh nhờ giá quặng sắt phục hồi. HPG tăng 3,2% và HSG tăng 2,9% trong phiên. "
        "Mã CK Giá Thay đổi HPG 28.400 +900 HSG 21.150 +650 Khối ngoại mua ròng 120 tỷ đồng ở nhóm thép. "
        "Giá quặng sắt tại Đại Liên đã tăng 6% trong tuần. Minh Anh"
    )
    assert "28.400" not in body and "Mã CK" not in body
    assert "Khối ngoại mua ròng 120 tỷ đồng ở nhóm thép." in body
    assert "Giá quặng sắt tại Đại Liên đã tăng 6% trong tuần." in body


def test_a_disclaimers_heading_starts_it_wherever_it_stands() -> None:
    text = "Tuyên bố miễn trừ trách nhiệm rủi ro Giao dịch các công cụ tài chính có mức độ rủi ro cao."
    assert DISCLAIMER.match(text)
    assert not DISCLAIMER.search("Bị cáo không được miễn trừ trách nhiệm hình sự.")
    units = split_units(f"Minh Anh {text}")
    assert units[-1] == text


def test_a_disclaimers_heading_on_its_own_line_goes_with_it_not_over_the_story() -> None:
    texts = [
        "Khuyến cáo",
        "Báo cáo này chỉ nhằm mục đích cung cấp thông tin và không phải là lời chào mua chứng khoán.",
        "Khuyến cáo",
        "Bộ Y tế khuyến cáo người dân rửa tay bằng xà phòng.",
    ]
    kinds = [("short", ""), ("chrome", "disclaimer"), ("short", ""), ("prose", "")]
    assert [k for k, _ in disclaimer_heads(kinds, texts)] == ["chrome", "chrome", "short", "prose"]


@pytest.mark.parametrize(
    ("line", "author"), [("Tác giả Hà Linh", "Hà Linh"), ("Tác giả: Hà Linh", "Hà Linh")]
)
def test_a_writer_under_tac_gia_is_the_byline_with_its_colon_or_without(line: str, author: str) -> None:
    assert (parse_byline(line) or pytest.fail(line)).author == author


@pytest.mark.parametrize("line", ["Nhóm phân tích Simplize", "Phòng Phân tích", "Trung tâm Phân tích VPS"])
def test_a_firms_analysts_signing_its_note_are_its_writer(line: str) -> None:
    assert (parse_byline(line) or pytest.fail(line)).author == line


def test_tac_gia_in_a_sentence_names_no_writer() -> None:
    assert parse_byline("Khối phân tích của SSI dự báo lợi nhuận tăng") is None
    assert parse_byline("Tác giả bài viết cho biết đã gửi đơn") is None


def test_the_sites_brand_atop_a_page_of_its_sub_domain_is_no_credit() -> None:
    body = _body(
        "Investing.com Nhóm thép tăng mạnh nhờ giá quặng sắt phục hồi. HPG tăng 3,2% và HSG tăng 2,9% trong "
        "phiên. Giá quặng sắt tại Đại Liên đã tăng 6% trong tuần.",
        link="https://vn.investing.com/news/stock-market-news/co-phieu-thep-123",
    )
    assert not body.startswith("Investing.com")
    assert body.startswith("Nhóm thép tăng mạnh")
