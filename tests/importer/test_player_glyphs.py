"""A video player scraped as text inside a multimedia page's story (bantin/importer/live_controls.py,
blind round fixtures/blind_laos12.yml): its notice while it loads (`Đang tải trình phát…`) and its bar,
the time with the settings' glyphs and the picture's size after it (`00:00 / 02:36 ⚙ 720p ⛶`), go; the
paragraph the bar runs into stays whole."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.live_controls import live_control

from .scrapes import vnsum


def test_the_loading_notice_and_the_bar_with_its_glyphs_are_controls() -> None:
    assert live_control("Đang tải trình phát…")
    assert live_control("Đang tải video...")
    assert live_control("00:00 / 02:36 ⚙ 720p ⛶")
    assert not live_control("Đang tải hàng lên xe, anh Minh cho biết mỗi chuyến chở 12 tấn…")


def test_the_player_inside_the_story_goes_and_the_next_paragraph_stays() -> None:
    page = vnsum(
        "Bác sĩ quân y mổ nội soi cho bệnh nhân ở Luông Pha-bang",
        "https://quanymau.vn/multimedia/bac-si-quan-y-mo-noi-soi-o-luong-pha-bang.html",
        "Ngày 10/5, kíp mổ của Bệnh viện Quân y 7 mổ nội soi cắt túi mật cho một bệnh nhân ở Luông "
        "Pha-bang. Ca mổ kéo dài 90 phút, bệnh nhân xuất viện sau 3 ngày. Đang tải trình phát… 00:00 / "
        "02:36 ⚙ 720p ⛶ Từ năm 2024, bệnh viện đã chuyển giao 6 kỹ thuật cho bệnh viện bạn. Trần Minh Đức",
        summary="Ca mổ kéo dài 90 phút.",
        date="2026-05-11T09:00:00+07:00",
    )
    body = convert(page, "a.txt").body
    assert "Đang tải" not in body and "720p" not in body and "00:00" not in body
    assert "Từ năm 2024, bệnh viện đã chuyển giao 6 kỹ thuật cho bệnh viện bạn." in body
