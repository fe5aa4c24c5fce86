"""A shop's box told by the call to act that closes it (blind round fixtures/blind_tech.yml): a price
or a calculator's fields, then a verb of buying, booking or pricing in a capital; and a readers'
rating with its count of votes. The story's price lists, steps and verdicts stay."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.furniture import signals
from bantin.importer.inline import inline_chrome
from bantin.importer.shop_calls import shop_call, shop_call_cuts
from bantin.importer.units import split_units

from .scrapes import vnsum


def test_a_price_then_a_capital_call_closes_a_shop_box() -> None:
    assert shop_call("Máy lọc không khí Sharp FP-J30E Giá chỉ từ 2.790.000₫ Đặt lịch giao hàng")
    assert shop_call("Ford Territory 2024 Giá từ 799 triệu Nhận ưu đãi tháng này")
    assert shop_call("Tính phí lăn bánh Chọn dòng xe Chọn nơi đăng ký Tính ngay")
    assert inline_chrome("Gói cước 5G mới chỉ 150.000đ Đăng ký") is not None


def test_the_story_s_prices_steps_and_a_call_wanting_its_shop_stay() -> None:
    assert not shop_call("Bản Cao cấp có giá 1,069 tỷ đồng.")  # a stop: the story's list
    assert not shop_call("Ford Everest Titanium: 1,468 tỷ đồng")  # no call after the price
    assert not shop_call("Giá bán 599 triệu, nhận xe từ tháng 8")  # lower case after a comma
    assert not shop_call("Bước 2: Chọn Cài đặt chung Chọn Giới thiệu")  # the settings' names in capitals
    assert not shop_call("Loa JBL Flip 6 giá 2.990.000đ Xem giá tại")  # a shop's name lost: the list's


def test_a_box_run_into_the_next_sentence_is_cut_after_its_call() -> None:
    text = "Kia Carens 2024 Giá từ 589 triệu Nhận báo giá Xe có bảy chỗ ngồi và ba phiên bản động cơ."
    cut = text.index(" Xe có")
    assert shop_call_cuts(text) == {cut}
    assert split_units(text)[-1].startswith("Xe có bảy chỗ")
    assert not shop_call_cuts("Giá từ 589 triệu Nhận báo giá Xe tốt")  # no sentence goes on after it


def test_a_readers_rating_with_its_count_of_votes_is_the_shop_s_a_verdict_is_not() -> None:
    units = split_units("Đánh giá: 4/5 (56 lượt) Máy vẫn mát khi chơi game nặng trong một giờ liền.")
    assert units[0] == "Đánh giá: 4/5 (56 lượt)" and signals(units[0]).sure
    assert not signals("Đánh giá chung: máy đáng mua trong tầm giá 10 triệu đồng.").sure


def test_a_shop_box_between_two_paragraphs_goes_and_the_story_stays() -> None:
    story = (
        "Realme vừa bán ra mẫu điện thoại C67 với pin 5.000 mAh và sạc nhanh 33 W tại Việt Nam. "
        "Realme C67 Giá từ 4.990.000₫ Đặt trước "
        "Máy có màn hình 6,72 inch, tần số quét 90 Hz và camera chính 108 MP."
    )
    raw = vnsum("Realme C67 lên kệ", "https://example.vn/realme-c67.html", story, source="example.vn")
    body = convert(raw, "page.txt", year=2024).body
    assert "Đặt trước" not in body and "4.990.000₫" not in body
    assert "pin 5.000 mAh" in body and "camera chính 108 MP." in body
