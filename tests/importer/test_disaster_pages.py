"""Weather, disaster and traffic pages (the blind_disaster round): a short banner, a weather widget or
an event's tag run into a lead that opens with its hour and day goes (bantin/importer/timed_leads.py);
a ticker's headline goes before a lead whose organisation acts (`Sở … vừa …`,
bantin/importer/hot_tickers.py); a saved page's breaking-news banner goes by its box's name
(bantin/importer/news_banners.py). The story's own lines stay: a dateline, a heading in capitals, a
caption, a byline, a list's label. The texts are written for these tests."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert
from bantin.importer.hot_tickers import peel_hot_ticker
from bantin.importer.markup import prepare
from bantin.importer.subject_leads import acting_subject
from bantin.importer.timed_leads import peel_timed_lead

from .scrapes import vnsum

LEAD = (
    "Khoảng 4h sáng 12/10, hàng nghìn m³ đất đá từ sườn núi đổ xuống quốc lộ 6 đoạn qua đèo Thung Khe, "
    "khiến giao thông qua khu vực ách tắc nhiều giờ."
)


@pytest.mark.parametrize(
    "header",
    [
        "Mai Châu 19°C Mưa nhỏ",  # the site's weather widget
        "Tin bão khẩn cấp: Áp thấp nhiệt đới cách Quảng Ngãi 200 km",  # a banner
        "Vụ sạt lở đèo Thung Khe",  # an event's tag
        "Báo Hòa Bình Xã hội Giao thông Tin nóng",  # the site's name, a menu, a ticker's label
    ],
)
def test_a_short_header_before_a_lead_opening_with_its_hour_and_day_goes(header: str) -> None:
    assert peel_timed_lead(f"{header} {LEAD}") == (header, LEAD)


@pytest.mark.parametrize(
    "lead",
    [
        "Rạng sáng 28/10, mưa lớn kéo dài gây sạt lở đất ở thôn 2, xã Trà Linh, vùi lấp một lán trại của người dân.",
        "Đến 17h chiều 28/9, tỉnh đã sơ tán hơn 18.000 người ở các vùng ven biển, vùng trũng thấp đến nơi an toàn.",
        "Ngày 14/10, xe tải chở gạch lưu thông trên quốc lộ 32 bất ngờ mất lái, lao qua hộ lan rồi rơi xuống vực.",
    ],
)
def test_the_leads_opening_may_be_a_day_a_part_of_it_or_an_hour(lead: str) -> None:
    assert peel_timed_lead(f"Sa Pa 17°C {lead}") == ("Sa Pa 17°C", lead)


@pytest.mark.parametrize(
    "before",
    [
        "HÒA BÌNH -",  # the story's dateline
        "SẠT LỞ TRÊN ĐÈO THUNG KHE",  # the story's heading in capitals
        "Hiện trường vụ sạt lở. Ảnh: Minh Hà",  # a caption with its stop
        "Lộ trình thay thế:",  # a list's label
        "Theo Ban Chỉ huy phòng thủ dân sự tỉnh, mưa lớn kéo dài",  # a clause of the story
        "Minh Hà",  # a writer's byline above the lead
        "Lực lượng cứu hộ tại hiện trường (Ảnh: CTV)",  # a caption with its credit, no stop
        "Mưa lớn kéo dài nhiều ngày ở các tỉnh miền núi phía Bắc khiến nhiều tuyến quốc lộ bị sạt lở nặng nề",
    ],
)
def test_the_storys_own_words_before_the_lead_are_never_cut_off(before: str) -> None:
    assert peel_timed_lead(f"{before} {LEAD}") is None


def test_a_time_inside_a_sentence_or_a_short_lead_is_no_cut() -> None:
    assert peel_timed_lead("Sa Pa 17°C Ngày 12/10, trời mưa.") is None  # too short to stand as the lead
    inside = (
        "Đường qua đèo bị chia cắt khoảng 4h sáng 12/10, khi mưa lớn kéo dài làm sạt lở hàng nghìn m³ đất đá."
    )
    assert peel_timed_lead(inside) is None


def test_an_organisation_acting_after_a_tickers_headline_starts_the_lead() -> None:
    lead = "Sở Xây dựng Hà Nội vừa có thông báo điều chỉnh tổ chức giao thông để sửa chữa mặt cầu Thăng Long."
    assert peel_hot_ticker(f"Tin nóng: Bão số 13 giật cấp 17 {lead}") == (
        "Tin nóng: Bão số 13 giật cấp 17",
        lead,
    )
    assert acting_subject("UBND tỉnh Quảng Nam đã sơ tán hơn 3.000 hộ dân khỏi vùng sạt lở.")
    assert not acting_subject("Bộ Y tế yêu cầu các bệnh viện sẵn sàng ứng phó với bão.")  # no `vừa`, `đã`
    assert not acting_subject("Nhiều tuyến đường ở Hà Nội vừa bị ngập sâu.")  # no organisation's subject


def test_a_vnsum_page_loses_the_widget_and_keeps_its_lead() -> None:
    content = (
        f"Báo Mẫu Xã hội Giao thông Mai Châu 19°C Mưa nhỏ {LEAD} Lực lượng chức năng đã thông một làn xe."
    )
    body = convert(
        vnsum("Sạt lở đèo Thung Khe", "https://baomau.vn/sat-lo.html", content), "p.txt", year=2025
    ).body
    assert body.startswith("Khoảng 4h sáng 12/10,") and "19°C" not in body


_STORY = "<p>Mưa lớn trên thượng nguồn khiến mực nước các sông ở Quảng Nam lên nhanh trong sáng nay, nhiều nơi ngập sâu.</p>"


@pytest.mark.parametrize(
    "banner",
    [
        '<div class="breaking-news"><span>Tin bão khẩn cấp</span></div>',
        '<div id="tin-nong"><b>Tin nóng</b> <a href="/a">Cháy xưởng gỗ ở Bình Dương</a></div>',
        "<marquee>Áp thấp nhiệt đới cách Đà Nẵng 180 km</marquee>",
    ],
)
def test_a_saved_pages_breaking_news_banner_goes_by_its_boxs_name(banner: str) -> None:
    page = prepare(f"<html><body><article><h1>Lũ lên nhanh</h1>{banner}{_STORY}</article></body></html>").page
    assert "Mưa lớn trên thượng nguồn" in page
    assert not any(word in page for word in ("Tin bão khẩn cấp", "Tin nóng", "Áp thấp"))


def test_a_wrapper_named_for_breaking_news_keeps_its_story() -> None:
    story = _STORY * 3
    page = prepare(
        f'<html><body><div class="breaking-wrap"><h1>Lũ lên nhanh</h1>{story}</div></body></html>'
    ).page
    assert page.count("Mưa lớn trên thượng nguồn") == 3
