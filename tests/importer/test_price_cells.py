"""A crypto, fintech or broker's page's units set in the story (fixtures/blind_crypto.yml): a trading
site's price cells and chart buttons (`price_cells`), an exchange's referral offer with its code
(`offer_boxes`), a call to join the site's Discord or Telegram group (`group_calls`), a risk notice that
the piece is no advice to invest (`disclaimers`); and a bank's warning telling its hotline in a sentence
of its own, which stays (`boilerplate.story_sentence`)."""

from __future__ import annotations

import itertools

from bantin.importer.boilerplate import story_sentence
from bantin.importer.disclaimers import DISCLAIMER
from bantin.importer.group_calls import group_call, group_call_cuts
from bantin.importer.offer_boxes import offer_cuts
from bantin.importer.price_cells import price_cell_cuts, price_cells
from bantin.importer.units import split_units


def _pieces(text: str, cuts: set[int]) -> list[str]:
    ends = sorted({0, len(text), *cuts})
    return [text[a:b].strip() for a, b in itertools.pairwise(ends) if text[a:b].strip()]


def test_a_coins_cell_between_two_sentences_is_cut_off_and_is_the_sites() -> None:
    text = "Mỗi ví nhận hơn 2.800 HYPE. HYPE $9,84 +48,2% Token HYPE mở giao dịch quanh 3,2 USD ngày 29/11."
    assert "HYPE $9,84 +48,2%" in _pieces(text, price_cell_cuts(text))
    assert price_cells("HYPE $9,84 +48,2%")
    assert price_cells("FPT 137.500 ▲ 2.000 (1,48%) KL: 4,2 triệu")
    text = "Công ty lỗ 1.018 tỷ đồng. VNZ 465.000 -2.500 (-0,53%) Khối lượng 1.200 Cập nhật 14:45 Mảng trò chơi vẫn đóng góp 70%."
    assert "VNZ 465.000 -2.500 (-0,53%) Khối lượng 1.200 Cập nhật 14:45" in _pieces(
        text, price_cell_cuts(text)
    )
    assert price_cells("VESAF 28.460 đ +0,6% DCDS 98.120 đ +0,4% SSISCA 39.250 đ -0,1%")


def test_a_charts_range_buttons_are_the_sites() -> None:
    text = "Vốn hóa vượt 3.200 tỷ USD. 1H 24H 7D 1M 1Y Tất cả Các quỹ ETF Bitcoin giao ngay hút ròng 773 triệu USD."
    assert "1H 24H 7D 1M 1Y Tất cả" in _pieces(text, price_cell_cuts(text))
    assert price_cells("Biểu đồ VN-Index 1D 1W 1M 3M 1Y")


def test_a_board_opening_a_paragraph_is_cut_off_the_sentence_after_it() -> None:
    text = "Mã | Giá | 24h | 7 ngày BTC 99.850 -0,3% +2,1% XRP 2,41 +3,2% +18,0%Tổng vốn hóa stablecoin đạt 200 tỷ USD, theo DefiLlama."
    assert _pieces(text, price_cell_cuts(text))[-1].startswith("Tổng vốn hóa")


def test_a_strip_of_cells_over_a_menu_is_left_to_the_headers_peel() -> None:
    text = "BTC $97.450 +2,3% ETH $3.105 +1,1% Coin68 Tin tức Bitcoin Bitcoin lập đỉnh mới trên 97.000 USD."
    assert not price_cell_cuts(text)


def test_a_writers_figures_are_no_cells() -> None:
    for text in (
        "Cổ phiếu FPT tăng 1,5% lên 137.500 đồng trong phiên sáng nay.",
        "Top tăng: VCB 92.300 (+2,1%), BID 48.650 (+1,8%), CTG 35.100 (+1,2%).",
        "Phiên 9/12, VNM 66.800 +0,5% so với hôm qua, thanh khoản thấp.",
        "Chỉ số tăng 3 điểm. Ông Minh cho biết 1H và 2H là hai dòng sản phẩm mới.",
    ):
        assert not price_cell_cuts(text), text
        assert not price_cells(text), text


def test_an_exchanges_offer_with_its_code_is_cut_off_the_next_sentence() -> None:
    text = (
        "Ông Thielen nhận định. Giao dịch ngay trên Binance - Giảm 20% phí với mã giới thiệu C68VIP"
        " Trong khi đó, Ethereum tăng chậm hơn, quanh mốc 3.100 USD."
    )
    pieces = _pieces(text, offer_cuts(text))
    assert "Giao dịch ngay trên Binance - Giảm 20% phí với mã giới thiệu C68VIP" in pieces
    text = (
        "Chỉ chọn khi chắc chắn. Mở tài khoản Cake ngay - Nhập mã giới thiệu CAKE2024 để nhận 50.000đ"
        " Người gửi cũng nên kiểm tra điều kiện tất toán trước hạn."
    )
    assert _pieces(text, offer_cuts(text))[-1].startswith("Người gửi cũng nên")  # not at `CAKE2024`


def test_a_call_to_join_the_sites_discord_or_telegram_group_is_the_sites() -> None:
    assert group_call("Tham gia nhóm Telegram Bitcoin Vietnam News")
    text = "Đội ngũ không nhận vốn. Tham gia nhóm Discord Allinstation để không bỏ lỡ airdrop tiếp theo Người nhận cần cảnh giác."
    assert "Tham gia nhóm Discord Allinstation để không bỏ lỡ airdrop tiếp theo" in _pieces(
        text, group_call_cuts(text)
    )
    assert not group_call("Tham gia nhóm Discord từ năm 2021, anh Minh học được cách đọc biểu đồ.")


def test_a_notice_that_the_piece_is_no_advice_to_invest_starts_a_unit() -> None:
    text = "cao nhất từ tháng 11/2021. Minh Quân Bài viết không phải lời khuyên đầu tư. Tiền mã hóa có rủi ro cao."
    assert "Bài viết không phải lời khuyên đầu tư." in split_units(text)
    assert DISCLAIMER.search(
        "Hiệu quả đầu tư trong quá khứ không phải là cam kết cho kết quả trong tương lai."
    )
    assert not DISCLAIMER.search("Ông khuyên người mới không nên nghe lời khuyên đầu tư trên mạng.")


def test_a_bank_telling_its_hotline_in_a_sentence_keeps_it() -> None:
    assert story_sentence(
        "Khi nghi ngờ bị lừa đảo, liên hệ ngay hotline 1900 58 58 85 để được hỗ trợ khóa tài khoản."
    )
    assert not story_sentence("Quý khách vui lòng liên hệ hotline 1900 1234 để được hỗ trợ.")
    assert not story_sentence("Hotline: 1900 58 58 85")


def test_a_box_of_the_days_prices_or_rates_is_the_sites_and_a_storys_line_in_words_stays() -> None:
    text = ("Tổng tài sản đạt 1,5 tỷ USD. Tỷ giá hôm nay: USD 21.850 LAK | VND 0,86 LAK Dịp này, ngân hàng ra mắt "
            "ứng dụng mới cho phép chuyển tiền trong 30 giây.")  # fmt: skip
    assert "Tỷ giá hôm nay: USD 21.850 LAK | VND 0,86 LAK" in _pieces(text, price_cell_cuts(text))
    assert price_cells("Giá vàng hôm nay: SJC mua 83,5 - bán 85,5 triệu đồng/lượng")
    assert price_cells("Giá vàng hôm nay: 84,5 - 86,5 triệu đồng/lượng")
    assert not price_cells("Giá cà phê hôm nay: Tăng vọt, vượt mốc 120.000 đồng/kg, nông dân tiếc nuối")
    assert not price_cells("Giá vàng hôm nay tăng 500.000 đồng mỗi lượng.")
