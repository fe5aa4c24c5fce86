"""A property site's project cards and classified listings beside a story (`property_cards`): a card's
`Từ` price per area after a dash or colon, a listing's trade, area and asking price or its `Tin rao:`
label go; a story's own prices, areas and sales, written in its sentences, stay. Texts written for
these tests."""

from __future__ import annotations

import pytest

from bantin.importer.property_cards import property_card


@pytest.mark.parametrize(
    "text",
    [
        "Khu đô thị Sông Mây - Từ 52 triệu/m² - Xem dự án",
        "Xem dự án: Căn hộ Bình Lợi - Từ 41 triệu/m²",
        "Nhà phố Hòa Khánh - Từ 4,2 tỷ/căn",
        "Tin rao: Bán đất Tân Phong 120m2, sổ hồng, giá 3,1 tỷ. Liên hệ 0912 000 111",
        "Bán nhà phố Thạnh Lộc 4x18m, giá 6,8 tỷ",
        "Cho thuê căn hộ Mỹ Đình 70m2, 11 triệu/tháng",
        "Tin rao: Bán đất mặt tiền Lê Lợi 90m2 -",
    ],
)
def test_a_card_or_a_listing_is_the_sites(text: str) -> None:
    assert property_card(text)


@pytest.mark.parametrize(
    "text",
    [
        "Giá bán đợt đầu từ 38 triệu đồng/m², căn hộ hai phòng ngủ 68 m² có giá khoảng 2,6 tỷ đồng.",
        "Các lô đất có diện tích từ 90 đến 125 m², giá khởi điểm từ 18 đến 22 triệu đồng/m².",
        "Bán đấu giá thành công 42 lô đất, thu về hơn 180 tỷ đồng cho ngân sách tỉnh.",
        "Người dân bán nhà 80m2 với giá 4 tỷ đồng để trả nợ, theo hồ sơ vụ án.",
        "Từ năm 2025, giá thuê văn phòng Hạng A dự kiến tăng 3%/năm.",
    ],
)
def test_a_storys_prices_and_sales_are_no_card(text: str) -> None:
    assert not property_card(text)
