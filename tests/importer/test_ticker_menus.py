"""A ticker of the site's headlines over its menu on a one-line page (`Tin nóng: Lịch tiếp công dân …
Trang chủ Giới thiệu … Ngày 3/12, …`): the menu's link home ends the ticker's headline, so the ticker
goes, then the menu is parted from the lead (`hot_tickers`); a lead opening with `Trang chủ` words
inside a sentence is no menu."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.hot_tickers import peel_hot_ticker

_LEAD = (
    "Ngày 2/12, HĐND phường tổ chức kỳ họp cuối năm, xem xét kết quả thực hiện nhiệm vụ năm 2026 và "
    "quyết định nhiệm vụ năm 2027."
)
_MENU = "Trang chủ Giới thiệu Tin tức - Sự kiện Chính quyền Thủ tục hành chính Hỏi đáp"


def _page(content: str) -> bytes:
    return (
        "Title: HĐND phường họp kỳ cuối năm\nSource: Cổng thông tin điện tử phường Mẫu\n"
        "Link: https://phuongmau.example.vn/ky-hop-cuoi-nam.html\nPublished Date: 2026-12-03T08:15:00+07:00\n"
        "Author: \nTags: None\nSummary: HĐND phường thông qua các nghị quyết năm 2027.\n"
        f"Content: {content}\n"
    ).encode()


def test_the_home_link_ends_the_ticker_s_headline() -> None:
    peeled = peel_hot_ticker(f"Tin nóng: Thông báo lịch cắt điện ngày 8/12 {_MENU} {_LEAD}")
    assert peeled is not None
    assert peeled[0] == "Tin nóng: Thông báo lịch cắt điện ngày 8/12"
    assert peeled[1].startswith("Trang chủ")


def test_no_home_link_leaves_the_ticker_as_before() -> None:
    assert peel_hot_ticker(f"Tin nóng: Thông báo lịch cắt điện ngày 8/12 {_LEAD}") is not None
    assert peel_hot_ticker("Tin nóng là chuyên mục được nhiều người đọc nhất trên Trang chủ của báo.") is None


def test_the_ticker_and_the_menu_go_and_the_lead_stays() -> None:
    second = "Tổng thu ngân sách trên địa bàn năm 2026 ước đạt 86,4 tỷ đồng, bằng 112% dự toán."
    converted = convert(
        _page(f"Tin nóng: Thông báo lịch cắt điện ngày 8/12 {_MENU} {_LEAD} {second}"), "p.txt"
    )
    assert _LEAD in converted.body and second in converted.body
    assert "Tin nóng" not in converted.body and "Giới thiệu" not in converted.body
