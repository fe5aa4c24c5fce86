"""A place's card in a travel or food story (its address with its opening hours or its prices) stays,
at the end of the story too, before the page's related links and footer; the site's own address,
hotline and licence after it still go, and so does a tour's box with its button set between a story's
sentence and the organizers' hotline it announces, and is cut from the next sentence at its
booking button (`Đặt ngay`); a header of related articles (`Bài viết liên quan …`) opening a
unit after the card ends the story."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.inline import inline_chrome
from bantin.importer.units import split_units
from bantin.importer.venue_cards import venue_cards

from .scrapes import vnsum

LEAD = "Quán bún cá nhỏ ở chợ Châu Long đã bán hơn 30 năm, mỗi sáng chỉ mở vài tiếng là hết hàng."
STORY = "Chả cá được rán vàng từ sớm, nước dùng ninh xương cá với cà chua và thì là nên thơm mà không tanh."
CARD = "Địa chỉ: 7 Châu Long, Trúc Bạch, Ba Đình. Mở cửa từ 6h30 đến 11h. Giá: 45.000 đồng/bát."
FOOTER = (
    "Tin liên quan Ăn gì ở phố Nguyễn Trường Tộ "
    "Tòa soạn: 15 Hàng Chuối, Hai Bà Trưng, Hà Nội. Điện thoại: 024 3971 2233. Giấy phép số 45/GP-BTTTT"
)


def body(content: str, title: str = "Bát bún cá ba mươi năm ở chợ Châu Long") -> str:
    scrape = vnsum(title, "https://amthucmau.vn/bun-ca-chau-long-a1234.html", content, summary=LEAD)
    return convert(scrape, "trang.txt", year=2024, sources={}).body


def test_a_places_card_closing_the_story_stays_and_the_footer_after_it_goes() -> None:
    text = body(f"Ẩm thực {LEAD} {STORY} {CARD} {FOOTER}")
    for field in ("7 Châu Long, Trúc Bạch", "Mở cửa từ 6h30 đến 11h", "45.000 đồng/bát"):
        assert field in text
    assert "Hàng Chuối" not in text and "Giấy phép" not in text and "024 3971 2233" not in text


def test_the_organizers_hotline_stays_and_the_tours_box_beside_it_goes() -> None:
    hotline = "Mọi thông tin chi tiết xin liên hệ Ban tổ chức, đường dây nóng: 0225 3822 456."
    box = "Tour Hải Phòng - Cát Bà 3N2Đ giá từ 2.490.000đ Xem chi tiết"
    text = body(
        f"{LEAD} Lễ hội diễn ra trong ba ngày với nhiều hoạt động văn hóa. {hotline} {box} "
        f"Nhiều khách sạn giảm giá phòng 20-30% trong dịp này. {STORY}",
        title="Lễ hội mùa hè ở chợ Châu Long",
    )
    assert "0225 3822 456" in text and "2.490.000đ" not in text


def test_a_sites_address_and_hotline_with_no_hours_nor_price_are_no_card() -> None:
    texts = [
        "Món ăn được nhiều du khách tìm đến.",
        "Địa chỉ: 15 Hàng Chuối, Hà Nội.",
        "Hotline: 024 3971 2233",
    ]
    kinds = [("prose", "sentence"), ("chrome", "address"), ("chrome", "hotline")]
    assert venue_cards(kinds, texts) == kinds


def test_a_card_stops_at_the_first_unit_that_is_none_of_its_fields() -> None:
    texts = [
        "Món ăn được nhiều du khách tìm đến.",
        "Địa chỉ: 7 Châu Long.",
        "Giờ mở cửa: 6h-11h.",
        "Tin liên quan",
    ]
    kinds = [("prose", "sentence"), ("chrome", "address"), ("short", "short"), ("chrome", "related")]
    out = venue_cards(kinds, texts)
    assert [kind for kind, _ in out] == ["prose", "prose", "prose", "chrome"]


def test_a_tours_box_with_its_booking_button_run_into_the_next_sentence_is_cut_from_it() -> None:
    box = "Combo Phú Quốc 3N2Đ vé máy bay + khách sạn 4 sao chỉ 3.590.000đ Đặt ngay"
    night = "Chợ đêm Dương Đông mở từ 17h đến 23h, hải sản tươi có giá 300.000-600.000 đồng/kg."
    assert split_units(f"{box} {night}") == [box, night]
    assert inline_chrome(box)


def test_a_header_of_related_articles_opening_a_unit_after_the_card_ends_the_story() -> None:
    related = "Đặt tour Hà Nội - Ninh Bình 2 ngày 1 đêm chỉ từ 1.290.000đ Đặt ngay Bài viết liên quan 10 món bún ngon nhất Hà Nội Tạp chí Ẩm thực Mẫu."
    text = body(f"{LEAD} {STORY} {CARD} {related} Địa chỉ: 15 Hàng Chuối, Hà Nội. Giấy phép số 45/GP-BTTTT")
    assert "45.000 đồng/bát" in text and "10 món bún" not in text and "Hàng Chuối" not in text
