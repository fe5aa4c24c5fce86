"""A lifestyle magazine's shop boxes by the products its story prices (blind round
fixtures/blind_lifestyle.yml): an affiliate's button naming its shop, a discount code with its button,
a cart's button run into the next sentence, a quiz's labelled question with its button, and the site's
notice that it earns from its shop links. The story's own prices, and its sentences about a sale, a
test or a commission, stay."""

from __future__ import annotations

from bantin.importer.affiliate_notes import note_starts
from bantin.importer.convert import convert
from bantin.importer.furniture import SURE
from bantin.importer.quiz_boxes import quiz_boxes, quiz_cuts
from bantin.importer.shop_calls import shop_call, shop_call_cuts
from bantin.importer.units import split_units

from .scrapes import vnsum


def test_an_affiliate_s_button_naming_its_shop_is_a_shop_box() -> None:
    assert shop_call("Xem tại Shopee")
    assert shop_call("Mua ngay tại Tiki")
    assert shop_call("Xem giá trên Lazada")
    assert shop_call("Xem tại Shopee - Giá tham khảo: 4.500.000đ")
    assert shop_call("Giá tham khảo: 495.000đ Xem tại Sendo")
    assert not shop_call("Chị mua tại Shopee với giá 200.000 đồng.")  # a stop: the story's sentence
    assert not shop_call("Xem tại nhà")  # no shop named


def test_an_affiliate_s_button_run_into_the_story_is_cut_on_both_sides() -> None:
    text = (
        "Máy pha cà phê có giá khoảng 3 triệu đồng. Mua ngay tại Tiki "
        "Người dùng nên tẩy cặn máy mỗi tháng một lần để giữ vị cà phê."
    )
    start, end = text.index("Mua ngay"), text.index(" Người dùng")
    assert shop_call_cuts(text) == {start, end}
    assert "Mua ngay tại Tiki" in split_units(text)


def test_a_discount_code_and_its_button_are_a_shop_box_a_sentence_about_a_sale_is_not() -> None:
    assert shop_call("Nhập mã BEAUTY20 giảm 20%")
    assert shop_call("Nhập mã LAMDEP15 giảm 15% khi mua tại Lazada Sao chép mã")
    assert not shop_call("Khách hàng nhập mã GIAM50 khi thanh toán sẽ được giảm 50%.")
    text = "Nhập mã LAMDEP15 giảm 15% khi mua tại Lazada Sao chép mã Ban đêm nên thoa kem dưỡng ẩm dày hơn."
    assert shop_call_cuts(text) == {text.index(" Ban đêm")}


def test_a_cart_s_button_run_into_a_caption_goes_and_the_caption_stays() -> None:
    story = (
        "Một đôi giày chạy bộ tốt có giá từ 1,5 đến 3 triệu đồng, đủ cho người mới tập. "
        "Giá tham khảo: 1.890.000đ Thêm vào giỏ Vận động viên Lê Hoa chạy thử đôi giày mới tại công viên. "
        "Ảnh: Minh Hà"
    )
    raw = vnsum("Chọn giày chạy bộ", "https://example.vn/giay-chay.html", story, source="example.vn")
    body = convert(raw, "page.txt", year=2024).body
    assert "Thêm vào giỏ" not in body and "1.890.000đ" not in body
    assert "Vận động viên Lê Hoa chạy thử đôi giày mới tại công viên." in body


def test_a_quiz_s_labelled_question_and_its_button_go_a_quoted_question_stays() -> None:
    text = "Trắc nghiệm: Bạn hợp với kiểu tóc nào? Bắt đầu Theo chuyên gia, tóc ngắn dễ chăm sóc hơn."
    assert quiz_cuts(text) == {text.index(" Theo chuyên gia")}
    texts = ["Trắc nghiệm: Bạn hợp với kiểu tóc nào?", "Bắt đầu", "Theo chuyên gia, tóc ngắn dễ chăm hơn."]
    kinds = quiz_boxes([("story", "")] * 3, texts)
    assert [kind for kind, _ in kinds] == ["chrome", "chrome", "story"]
    texts = ["Câu hỏi: Bạn hợp với kiểu tóc nào?", "Bắt đầu từ tóc ngắn là lựa chọn an toàn."]
    assert [kind for kind, _ in quiz_boxes([("story", "")] * 2, texts)] == ["story", "story"]


def test_an_affiliate_s_disclosure_goes_a_story_s_commission_stays() -> None:
    text = (
        "Elle Man Phong cách Elle Man có thể nhận hoa hồng khi bạn mua hàng qua liên kết trong bài. "
        "Chiếc áo len cổ lọ là món đồ nên có trong tủ quần áo mùa đông của mọi quý ông."
    )
    assert text.index("Elle Man có thể") in note_starts(text)
    raw = vnsum("Áo len cổ lọ cho quý ông", "https://example.vn/ao-len.html", text, source="example.vn")
    body = convert(raw, "page.txt", year=2024).body
    assert "hoa hồng" not in body and "Chiếc áo len cổ lọ là món đồ" in body
    assert not note_starts("Môi giới nhận hoa hồng 2% giá trị mỗi căn hộ bán được.")
    assert SURE.search("Chúng tôi có thể nhận được một khoản hoa hồng nhỏ từ các đường link dưới đây.")


def test_a_place_or_a_vietnamese_name_after_tai_is_no_shop() -> None:
    assert not shop_call("Xem tại Hà Nội")
    assert not shop_call("Mua tại Paris")
    text = "Nhà máy mới khởi công hôm qua. Xem tại Long An, dự án rộng 50 ha và có ba phân xưởng."
    assert not shop_call_cuts(text)
