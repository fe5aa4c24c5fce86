"""A publisher's or a bookshop's units around a book's details (blind round fixtures/blind_books.yml):
its buttons (`Mua sách`, `Đọc thử`, `Đặt trước`), its readers' rating with the count after a dash,
its shipping offer, its priced list items and its lists of other books (`Sách cùng tác giả`) go; the
book's details, its excerpts, its author's bio and a review's own verdict stay."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.furniture import signals
from bantin.importer.shop_calls import shop_call, shop_call_cuts
from bantin.importer.units import split_units

from .scrapes import vnsum


def test_a_bookshop_s_buttons_alone_are_the_shop_s() -> None:
    assert shop_call("Mua sách")
    assert shop_call("Đọc thử Đặt trước")
    assert shop_call("Đọc thử 20 trang đầu")
    assert shop_call("Mua sách: 493.000đ")
    assert shop_call("Miễn phí giao hàng cho đơn từ 250.000đ")
    assert shop_call("Ưu đãi đặt trước: giảm 20% kèm bookmark Đặt sách ngay")
    assert not shop_call("Đặt trước Tết, nhiều gia đình đã mua sách tặng con.")  # a sentence: its stop
    assert not shop_call("Nhà xuất bản Trẻ, 2023, 320 trang, giá bìa 120.000 đồng.")  # the book's details


def test_a_button_run_into_the_story_is_cut_only_where_the_box_shows() -> None:
    boxed = "Giá bìa 98.000 đồng. Đọc thử Đặt trước Nhà văn sinh năm 1976 tại Cà Mau, nay sống ở Cà Mau."
    assert boxed.index(" Nhà văn") in shop_call_cuts(boxed)
    alone = "Sách ra mắt tháng này. Đặt trước Tết Nguyên đán, nhiều nhà sách đã nhập thêm hàng."
    assert not shop_call_cuts(alone)  # one button-like word opening a sentence: no box shows around it


def test_a_rating_counted_after_a_dash_or_in_bare_brackets_is_the_shop_s() -> None:
    units = split_units(
        "Giá bìa 135.000 đồng. 4.6/5 - 312 đánh giá Mua sách Cuốn sách kể về một người phụ nữ."
    )
    assert "4.6/5 - 312 đánh giá" in units and signals("4.6/5 - 312 đánh giá").sure
    assert signals("Đánh giá: 5/5 (48)").sure
    assert not signals("Điểm của người viết: 4/5").sure  # a review's own verdict counts no votes


def test_a_priced_list_item_ends_before_the_story_s_next_sentence() -> None:
    text = "Chí Phèo (bản phổ thông) - 45.000đ Nam Cao tên thật là Trần Hữu Tri, quê ở Hà Nam."
    assert text.index(" Nam Cao") in shop_call_cuts(text)
    assert not shop_call_cuts("Sách có giá 45.000 đồng Nam Cao viết truyện này năm 1941.")  # no shop's price


def test_a_book_page_keeps_the_book_and_drops_the_shop() -> None:
    story = (
        "Tập truyện gồm 14 truyện ngắn viết trong ba năm gần đây. "
        "Nhà xuất bản Mẫu, 2024, 212 trang, giá bìa 98.000 đồng. 4.5/5 - 230 đánh giá Mua sách "
        'Trích đoạn: "Chiều nào má cũng ra bến ngồi." Sách cùng tác giả Cánh đồng xa - 45.000đ '
        "Tác giả sinh năm 1976 tại Cà Mau, từng nhận giải thưởng Hội Nhà văn năm 2006. "
        "Minh Anh Sách cùng thể loại Biển của mỗi người Bạn đọc cũng mua Gió chướng"
    )
    raw = vnsum("Tập truyện mới", "https://example.vn/tap-truyen.html", story, source="example.vn")
    body = convert(raw, "page.txt", year=2024).body
    for chrome in ("đánh giá", "Mua sách", "Sách cùng", "45.000đ", "Bạn đọc cũng mua", "Gió chướng"):
        assert chrome not in body, chrome
    for line in ("giá bìa 98.000 đồng.", "Chiều nào má cũng ra bến ngồi", "sinh năm 1976 tại Cà Mau"):
        assert line in body, line
