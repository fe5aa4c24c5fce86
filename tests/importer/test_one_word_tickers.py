"""A ticker under a one-word label (`Nóng Lịch cắt điện tuần tới …`) over the menu, or after a menu in
sentence case that opens with its link home (`Trang chủ Tin tức Hoạt động công đoàn … Gương điển hình
Nóng Hội chợ Tết 2027 Sở Công Thương …`), goes with the menu, and the lead stays (`hot_tickers`); a
text-size bar's sizes in capitals right after its label (`Kích thước chữ Nhỏ Vừa Lớn Theo …`) go with it
(`widgets`), and the same words inside a sentence stay."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.hot_tickers import peel_hot_ticker
from bantin.importer.widgets import widget_spans

_LEAD = (
    "Sở Công Thương tỉnh vừa phối hợp các siêu thị tổ chức hội chợ hàng Việt cuối năm với hơn 200 gian "
    "hàng, giá nhiều mặt hàng thiết yếu giảm từ 5 đến 15%."
)
_SECOND = "Hội chợ mở cửa từ 8h đến 22h hằng ngày, kéo dài đến hết ngày 20/12 tại nhà thi đấu tỉnh."
_MENU = "Trang chủ Tin tức Hoạt động thương mại Xúc tiến đầu tư Thị trường giá cả"


def _page(content: str) -> bytes:
    return (
        "Title: Hội chợ hàng Việt cuối năm\nSource: Sở Công Thương tỉnh Mẫu\n"
        "Link: https://socongthuong.example.vn/hoi-cho-hang-viet.html\nPublished Date: 2026-12-06T09:00:00+07:00\n"
        f"Author: \nTags: None\nSummary: \nContent: {content}\n"
    ).encode()


def test_a_one_word_label_opens_a_ticker() -> None:
    peeled = peel_hot_ticker(f"Nóng Lịch cắt điện tuần tới {_MENU} Nhập từ khóa tìm kiếm...")
    assert peeled == ("Nóng Lịch cắt điện tuần tới", f"{_MENU} Nhập từ khóa tìm kiếm...")
    after = peel_hot_ticker(f"Thứ Bảy, 06/12/2026 {_MENU} Thông báo Nóng Hội chợ Tết 2027 {_LEAD}")
    assert after is not None and after[1] == _LEAD
    assert peel_hot_ticker("Nóng lòng chờ ngày về quê, nhiều công nhân đã mua vé từ sớm.") is None


def test_the_ticker_and_the_menu_go_and_the_lead_stays() -> None:
    top = convert(
        _page(f"Nóng Lịch cắt điện tuần tới {_MENU} Nhập từ khóa tìm kiếm... {_LEAD} {_SECOND}"), "p.txt"
    )
    assert top.body.startswith(_LEAD) and "Lịch cắt điện" not in top.body
    run = convert(
        _page(f"Thứ Bảy, 06/12/2026 {_MENU} Xúc tiến Nóng Hội chợ Tết 2027 {_LEAD} {_SECOND}"), "p.txt"
    )
    assert run.body.startswith(_LEAD) and "Hội chợ Tết 2027" not in run.body


def test_a_text_size_bar_s_sizes_go_with_its_label() -> None:
    text = f"Kích thước chữ Nhỏ Vừa Lớn {_LEAD}"
    assert [text[s:e] for s, e in widget_spans(text)][:1] == ["Kích thước chữ Nhỏ Vừa Lớn"]
    said = "Người cao tuổi chọn kích thước chữ lớn trên điện thoại để dễ đọc tin nhắn."
    assert [said[s:e] for s, e in widget_spans(said)] == ["kích thước chữ"]
    page = convert(_page(f"{_MENU} Kích thước chữ Nhỏ Vừa Lớn {_LEAD} {_SECOND}"), "p.txt")
    assert page.body.startswith(_LEAD)
