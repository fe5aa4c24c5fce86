"""A bank's savings rate in its header (`Lãi suất tiết kiệm 12 tháng: 5,6%/năm`) between the menu's items,
run into the lead on a one-line scrape: a header box like the day's gold price or exchange rate
(`header_boxes`), cut off at both ends, so the menu and the box go and the lead stays. The story's own
rates after its first sentence are its rows and stay."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.header_boxes import header_box_alone

from .scrapes import vnsum

_LEAD = (
    "Ngân hàng TMCP Mẫu (MauBank) triển khai chương trình tặng 0,5%/năm lãi suất cho khách hàng gửi tiết "
    "kiệm trực tuyến từ ngày 1/12/2026 đến hết ngày 31/1/2027."
)
_ROW = "Lãi suất tiết kiệm 6 tháng: 4,8%/năm"


def test_a_rate_is_a_header_box() -> None:
    assert header_box_alone("Lãi suất tiết kiệm 12 tháng: 5,6%/năm")
    assert header_box_alone("Lãi suất: 6%")
    assert not header_box_alone("Lãi suất tiết kiệm tăng nhẹ trong tháng 12")


def test_the_header_s_rate_goes_and_the_lead_and_the_story_s_rates_stay() -> None:
    content = (
        "MAUBANK Khách hàng cá nhân Khách hàng doanh nghiệp Ngân hàng điện tử Lãi suất Tỷ giá Mạng lưới ATM "
        f"Lãi suất tiết kiệm 12 tháng: 5,6%/năm Tin tức Tin khuyến mãi {_LEAD} Mức lãi suất sau ưu đãi: {_ROW} "
        "Khách hàng đăng ký qua ứng dụng MauBank Mobile để nhận ưu đãi trong thời gian chương trình."
    )
    scrape = vnsum(
        "MauBank tặng thêm lãi suất cho tiền gửi trực tuyến",
        "https://maubank.example.vn/tin-tuc/a7.html",
        content,
        source="MauBank",
        summary="Khách hàng gửi tiết kiệm trực tuyến được cộng 0,5%/năm.",
        date="2026-12-02T09:00:00+07:00",
    )
    body = convert(scrape, "page.txt", year=2026).body
    assert _LEAD in body and _ROW in body
    assert "5,6%" not in body and "Mạng lưới" not in body
