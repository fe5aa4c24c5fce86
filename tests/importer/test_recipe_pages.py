"""Cooking pages (the `blind_food` round): a recipe's labelled facts open the story even under a video
player's counters (`recipe_facts`); a shop's cart after a price is a button (`shop_calls`), a form's
submit after its field too (`inline`); an offer with its discount and button goes (`inline`); readers'
comments under their header go (`reader_comments`), so does a question to the reader over the comment
box (`bounds`); `Xem thêm các món … khác` heads a list of other recipes (`section_lists`); the head
above a labelled byline opening the story goes (`bounds`)."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.reader_comments import comments_at_the_end
from bantin.importer.recipe_facts import recipe_field, recipe_field_cuts
from bantin.importer.section_lists import opens_section_list
from bantin.importer.shop_calls import shop_call, shop_call_cuts

from .scrapes import vnsum

STEPS = (
    "Bước 1: Cá rửa sạch, cắt khúc vừa ăn, ướp với chút muối và nước mắm trong 15 phút. "
    "Bước 2: Đun sôi nước, cho cá vào nấu khoảng 10 phút rồi nêm lại cho vừa ăn."
)
MIDDLE = "Nếu thích vị chua, có thể thêm vài quả me hoặc một ít dứa vào nồi canh."
CLOSING = "Món canh ngon nhất khi ăn nóng cùng cơm trắng và một đĩa rau luộc."


def _body(content: str, summary: str = "") -> str:
    page = vnsum("Cách nấu canh cá mẫu", "https://bepmau.vn/canh-ca-mau", content, summary=summary)
    return convert(page, "page.txt", year=2017).body


def test_a_recipe_fact_is_told_from_a_header_field() -> None:
    assert recipe_field("Thời gian: 45 phút.")
    assert recipe_field("Khẩu phần: 4 người")
    assert recipe_field("Nguyên liệu cho 4 người: 500g cá")
    assert recipe_field("Độ khó: Trung bình")
    assert not recipe_field("Thời gian: 8h ngày 12/5 tại nhà văn hóa")  # an event's notice, no duration
    assert not recipe_field("Cập nhật: 12/05/2024")
    text = "Xem video hướng dẫn 1.234 lượt xem Thời gian: 45 phút."
    assert recipe_field_cuts(text) == {text.index("Thời gian")}
    assert recipe_field_cuts("Khẩu phần: 4 người. Thời gian: 30 phút.") == set()  # after a stop: a sentence's


def test_the_recipe_facts_under_a_video_player_stay() -> None:
    body = _body(
        "Bếp Mẫu Trang chủ Món chính Ăn vặt Video Xem video hướng dẫn 1.234 lượt xem "
        f"Thời gian: 40 phút. Khẩu phần: 4 người. Nguyên liệu: 1 con cá 800g, 2 quả cà chua, hành lá. {STEPS} "
        f"{CLOSING} Đăng ký kênh Video tiếp theo Cách làm chả cá"
    )
    assert "Thời gian: 40 phút. Khẩu phần: 4 người. Nguyên liệu: 1 con cá 800g" in body
    assert "lượt xem" not in body and "Món chính" not in body


def test_a_shops_cart_after_a_price_is_a_button() -> None:
    assert shop_call("Nồi gang mẫu 24 cm 590.000đ Thêm vào giỏ")
    assert not shop_call("Nồi gang giá 590.000 đồng, thêm vào giỏ quà Tết")
    text = "Muối hồng mẫu 200g 25.000đ Thêm vào giỏ Món ngon khác Cá kho mẫu Lẩu mắm mẫu"
    assert shop_call_cuts(text) == {text.index(" Món ngon")}  # before the page's headlines, no stop


def test_a_shop_box_an_offer_and_a_form_inside_a_recipe_go() -> None:
    body = _body(
        "Canh cá mẫu thanh mát, dễ nấu, hợp bữa cơm ngày hè của cả gia đình. "
        "Nồi inox mẫu 5 lít giữ nhiệt lâu Giá: 450.000đ Thêm vào giỏ "
        f"{STEPS} Đăng ký lớp nấu ăn cơ bản cho người mới bắt đầu, học phí ưu đãi 15% Đăng ký ngay "
        f"{MIDDLE} Tải thực đơn cả tuần miễn phí Nhập email của bạn Gửi "
        f"{CLOSING} Bài viết liên quan Cá kho mẫu"
    )
    assert STEPS.split(". ")[0] in body and MIDDLE in body and CLOSING in body
    assert "Thêm vào giỏ" not in body and "ưu đãi" not in body and "Nhập email" not in body


def test_readers_comments_and_the_question_over_them_go() -> None:
    opening = f"Canh cá mẫu thanh mát, dễ nấu, hợp bữa cơm ngày hè của cả gia đình. {STEPS} {CLOSING}"
    tail = "Công thức liên quan Cá kho mẫu Lẩu mắm mẫu Tải ứng dụng Bếp Mẫu trên App Store và Google Play"
    body = _body(f"{opening} Bạn đã thử nấu món này chưa? Gửi ảnh thành quả cho Bếp Mẫu {tail}")
    assert CLOSING in body and "Bạn đã thử" not in body
    body = _body(
        f"{opening} Bình luận Thu Lan: Công thức dễ làm, nhà mình ăn rất hợp, cảm ơn bếp nhiều! Trả lời Bài mới Cá kho mẫu"
    )
    assert CLOSING in body and "Thu Lan" not in body and "Trả lời" not in body


def test_a_comment_is_told_by_its_header_and_a_quote_of_the_story_stays() -> None:
    texts = ["Món canh được nhiều người yêu thích.", "Bình luận Thu Lan: Món này rất ngon, cảm ơn bếp!"]
    kinds = [("prose", ""), ("prose", "")]
    assert comments_at_the_end(kinds, texts)[1][0] == "chrome"
    texts = [*texts, "Bà Lan cho biết quán mở cửa từ năm 1990 và vẫn giữ công thức cũ của gia đình."]
    assert comments_at_the_end([*kinds, ("prose", "")], texts) == [*kinds, ("prose", "")]


def test_more_recipes_under_their_header_go() -> None:
    assert opens_section_list("Xem thêm các món gà khác Gà kho gừng Gà rang muối")
    assert opens_section_list("Món ngon khác Cá kho tộ")
    assert not opens_section_list("Xem thêm các món ăn của quán trên thực đơn.")


def test_the_head_over_a_labelled_byline_opening_the_story_goes() -> None:
    body = _body(
        "Siêu thị Mẫu Giao hàng nhanh trong 2 giờ Vào bếp Mẹo hay "
        f"Tác giả: Ngọc Mai Canh cá mẫu thanh mát, dễ nấu, hợp bữa cơm ngày hè của cả gia đình. {STEPS} {CLOSING}"
    )
    assert body.startswith("Tác giả: Ngọc Mai") or "Giao hàng nhanh" not in body
    assert "Canh cá mẫu thanh mát" in body and CLOSING in body


def test_a_one_word_button_before_the_share_buttons_is_no_byline() -> None:
    # `Lưu` (save) is a surname too: alone before the other buttons it was read as the writer's name
    # and kept over the lead. A writer signing `Lưu Quang Minh` keeps the byline.
    lead = "Canh cá nấu me là món quen trong bữa cơm ngày hè của nhiều gia đình miền Tây."
    head = "Bếp Mẫu Tìm kiếm công thức Thử thách Premium Lưu Chia sẻ In Báo cáo công thức"
    body = _body(" ".join([head, lead, STEPS, MIDDLE, CLOSING]))
    assert body.startswith(lead), body
    assert "Lưu" not in body
    signed = vnsum(
        "Cách nấu canh cá mẫu",
        "https://bepmau.vn/canh-ca-mau",
        " ".join([lead, STEPS, MIDDLE, CLOSING, "Lưu Quang Minh"]),
    )
    assert convert(signed, "page.txt", year=2017).front.author == "Lưu Quang Minh"
