"""A ticker of the site's latest headlines (`Tin nóng`, `Tin mới`) run into the story's first sentence on
a one-line page (bantin/importer/hot_tickers.py): the label and the headline go where the lead visibly
starts (its paper's dateline, its opening clause), else only the label goes and the headline stays glued
(a line of chrome kept, never a lead's opening words lost). The texts are written for these tests."""

from __future__ import annotations

import pytest

from bantin.importer.hot_tickers import peel_hot_ticker
from bantin.importer.units import split_units

LEAD = (
    "Ngày 14/5 (giờ địa phương), lực lượng cứu hộ Chile đã tìm thấy thêm 12 thi thể sau trận cháy rừng "
    "lớn nhất trong lịch sử vùng Valparaíso."
)
TAGGED = "CNO - Lực lượng cứu hộ Chile đã tìm thấy thêm 12 thi thể sau trận cháy rừng ở vùng Valparaíso."
PLAIN = "Kết quả kiểm phiếu cho thấy đảng Cấp tiến giành 212 trên tổng số 400 ghế Quốc hội khóa mới."


@pytest.mark.parametrize("label", ["Tin nóng:", "Tin mới |", "TIN NÓNG", "Tin nổi bật"])
@pytest.mark.parametrize("lead", [LEAD, TAGGED])
def test_the_label_and_its_headline_go_where_the_lead_starts(label: str, lead: str) -> None:
    ticker = f"{label} Giá cà phê hôm nay lập đỉnh mới"
    assert peel_hot_ticker(f"{ticker} {lead}") == (ticker, lead)


def test_with_no_sign_of_the_leads_start_only_the_label_goes() -> None:
    assert peel_hot_ticker(f"Tin nóng {PLAIN}") == ("Tin nóng", PLAIN)
    text = f"Tin nóng: Giá xăng giảm nhẹ {PLAIN}"  # where the headline ends is a guess: it stays
    assert peel_hot_ticker(text) == ("Tin nóng:", f"Giá xăng giảm nhẹ {PLAIN}")


def test_a_name_inside_the_lead_is_no_start_of_it() -> None:
    lead = "Cơ quan Hàng không Vũ trụ châu Âu cho biết tàu thăm dò đã gửi về những hình ảnh đầu tiên, mở ra giai đoạn mới."
    assert peel_hot_ticker(f"Tin mới: Giá vàng tăng {lead}") == ("Tin mới:", f"Giá vàng tăng {lead}")


def test_a_menu_before_the_label_goes_with_the_ticker() -> None:
    menu = "Thời sự Thế giới Đời sống Giới trẻ Giáo dục"
    assert peel_hot_ticker(f"{menu} Tin 24h {PLAIN}") == (f"{menu} Tin 24h", PLAIN)
    said = f"Ông Lâm cho biết bản tin Tin nóng {PLAIN}"  # the label inside a sentence: no menu before it
    assert peel_hot_ticker(said) is None


@pytest.mark.parametrize(
    "text",
    [
        "Tin nóng về vụ cháy được lan truyền nhanh trên mạng xã hội, khiến nhiều người hoang mang.",
        "Tin mới nhận được cho biết đoàn cứu hộ đã tiếp cận hiện trường.",
        "Tin nóng Giá vàng",  # a ticker with no sentence after it: left to the chrome detector whole
    ],
)
def test_no_ticker_without_its_label_and_a_sentence_after(text: str) -> None:
    assert peel_hot_ticker(text) is None


def test_the_units_of_a_one_line_page_part_the_ticker_from_the_lead() -> None:
    assert split_units(f"Tin nóng | Giá cà phê hôm nay lập đỉnh mới {LEAD}") == [
        "Tin nóng | Giá cà phê hôm nay lập đỉnh mới",
        LEAD,
    ]
