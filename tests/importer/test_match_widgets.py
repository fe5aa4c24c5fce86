"""A football page's live widgets around the report (blind round fixtures/blind_football.yml): a match's
stats box, the other matches' live scores, a betting box's odds, a player's card, the player of the
match's box, a fan poll's answers and the live stream's button go, run into the story or alone; the
report's own line-ups, scorers with their minutes, its results after their label, its stats said in a
sentence and its own prediction stay."""

from __future__ import annotations

import itertools

from bantin.importer.convert import convert
from bantin.importer.match_widgets import match_widget, match_widget_cuts

from .scrapes import vnsum


def _pieces(text: str) -> list[str]:
    cuts = sorted({0, len(text), *match_widget_cuts(text)})
    return [text[a:b].strip() for a, b in itertools.pairwise(cuts)]


def test_a_match_s_stats_box_run_into_the_report_is_cut_out() -> None:
    text = (
        "Leo Artur, Alan, Đình Bắc Thống kê trận đấu Kiểm soát bóng 46% - 54% Sút bóng 11 - 9 "
        "Phạt góc 6 - 4 Với chiến thắng này, đội có 14 điểm."
    )
    assert "Thống kê trận đấu Kiểm soát bóng 46% - 54% Sút bóng 11 - 9 Phạt góc 6 - 4" in _pieces(text)
    assert match_widget("Kiểm soát bóng 58% - 42%")
    assert not match_widget_cuts("Inter kiểm soát bóng 58% và có 7 cú sút trúng đích, gấp đôi đội khách.")
    assert not match_widget("Kiểm soát bóng 58% - 42%, nhưng đội khách thắng.")  # a sentence's


def test_live_scores_go_and_the_report_s_results_stay() -> None:
    text = "Rodrygo, Mbappe, Vinicius Atalanta 1-3 Club Brugge FT Benfica 3-3 Monaco FT Xem tất cả kết quả Bốc thăm"
    assert "Atalanta 1-3 Club Brugge FT Benfica 3-3 Monaco FT Xem tất cả kết quả" in _pieces(text)
    assert match_widget("Arsenal 2-1 Tottenham FT") and match_widget("Nam Định 2-0 Hà Tĩnh 67'")
    assert not match_widget("Kết quả các trận khác: Huế 0-2 Đồng Nai; Đồng Tháp 2-1 Bình Phước")
    assert not match_widget("Dự đoán: Man City 1-2 Liverpool")  # a score with no state after it
    assert not match_widget("Ghi bàn: Quang Hải 27', Alan 81'")


def test_a_betting_box_ends_after_its_odds() -> None:
    text = (
        "Xuân Son, Tiến Linh Tỷ lệ kèo Thái Lan vs Việt Nam Châu Á 0:1/2 Tài xỉu 2 1/4 Châu Âu 1.85 3.40 "
        "4.10 Trận đấu bắt đầu lúc 20h."
    )
    assert "Tỷ lệ kèo Thái Lan vs Việt Nam Châu Á 0:1/2 Tài xỉu 2 1/4 Châu Âu 1.85 3.40 4.10" in _pieces(text)
    assert match_widget("Tỷ lệ kèo: Hà Nội FC chấp 1/4 Tài xỉu 2 1/4 Cược ngay")
    assert not match_widget("Tỷ lệ kèo vòng 9")  # a headline: no odds


def test_a_player_s_card_and_the_player_of_the_match_s_box_go() -> None:
    text = (
        "Tiến Linh mở tỷ số. Nguyễn Tiến Linh Tiền đạo Số áo: 22 Năm sinh: 1997 Mùa này: 9 trận, 6 bàn "
        "Xem hồ sơ Hải Phòng gỡ hòa ở phút 40."
    )
    assert "Nguyễn Tiến Linh Tiền đạo Số áo: 22 Năm sinh: 1997 Mùa này: 9 trận, 6 bàn Xem hồ sơ" in _pieces(
        text
    )
    assert match_widget("Lucao Tiền đạo · Số áo 9 · 13 trận · 8 bàn")
    star = "Cầu thủ hay nhất trận Lamine Yamal 9.4 điểm 2 kiến tạo Chiến thắng giúp đội có 42 điểm."
    assert "Chiến thắng giúp đội có 42 điểm." in _pieces(star)
    assert not match_widget("Cầu thủ xuất sắc nhất trận: Quang Hải")  # the report's, after its colon


def test_a_fan_poll_and_the_live_button_go() -> None:
    text = "Bạn dự đoán kết quả? Hà Tĩnh thắng 45% Hòa 30% Nam Định thắng 25% Bình chọn HLV nói gì."
    assert (
        _pieces(text)[-1] == "HLV nói gì."
    )  # the answers end at their button (the question's stop cuts too)
    assert match_widget("Hà Tĩnh thắng 45% Hòa 30% Nam Định thắng 25% Bình chọn")
    assert match_widget("Việt Nam thắng Hòa Thái Lan thắng Gửi dự đoán")
    assert match_widget("Xem trực tiếp") and match_widget("Xem lại trận đấu")
    assert match_widget("Xem trực tiếp U22 Việt Nam vs U22 Uzbekistan 14:00 26/03 Đặt lịch nhắc")
    run = "Hậu vệ Văn Vĩ Xem trực tiếp trên FPT Play Đây là danh hiệu đầu tiên."
    assert "Xem trực tiếp trên FPT Play" in _pieces(run)


def test_a_match_report_keeps_its_lines_and_drops_the_widgets() -> None:
    story = (
        "Tối 17/11, đội A thắng đội B 2-0 ở vòng 8. Đội A mở tỷ số ở phút 27 nhờ cú đệm bóng cận thành. "
        "Xem trực tiếp V.League trên FPT Play Đội B chơi tốt hơn sau giờ nghỉ nhưng không thể gỡ hòa. "
        "Ghi bàn: Quang Hải 27', Alan 81' Thống kê trận đấu Kiểm soát bóng 46% - 54% Sút bóng 11 - 9 "
        "Với chiến thắng này, đội A có 14 điểm sau 8 trận. Hoàng Minh Tin liên quan Đội B thay HLV"
    )
    raw = vnsum("Đội A thắng đội B", "https://example.vn/a-b.html", story, source="example.vn")
    body = convert(raw, "page.txt", year=2024).body
    for chrome in ("FPT Play", "Kiểm soát bóng", "Sút bóng"):
        assert chrome not in body, chrome
    for line in ("Ghi bàn: Quang Hải 27', Alan 81'", "Đội B chơi tốt hơn", "đội A có 14 điểm"):
        assert line in body, line
