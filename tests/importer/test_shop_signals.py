"""The signals of small and commercial sites' chrome (blind round six, fixtures/blind_shops.yml): a star
rating, a disclaimer, a shop's buttons and boxes, a bare date after a section's name, an offer over the
footer; and what stays the story's beside them."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.furniture import signals
from bantin.importer.stamps import peeled_stamp
from bantin.importer.units import split_units
from bantin.importer.widgets import buttons, shop_box

from .scrapes import vnsum

_STORY = (
    "Ngân hàng Nhà nước vừa công bố tỷ giá trung tâm ở mức 24.025 đồng/USD, tăng 8 đồng so với hôm qua. "
    "Các ngân hàng thương mại đồng loạt điều chỉnh giá mua và giá bán theo hướng tăng nhẹ trong phiên sáng."
)


def _body(content: str) -> str:
    raw = vnsum("Tỷ giá hôm nay tăng nhẹ", "https://example.vn/ty-gia.html", content, source="example.vn")
    return convert(raw, "page.txt", year=2024).body


def test_a_star_rating_ends_its_unit_and_is_chrome() -> None:
    units = split_units(
        "Đánh giá bài viết 4.8/5 (212 lượt đánh giá) Nhà thuốc Mẫu không đưa ra lời khuyên y khoa."
    )
    assert "4.8/5 (212 lượt đánh giá)" in units and units[-1].startswith("Nhà thuốc Mẫu")
    assert signals("4.8/5 (212 lượt đánh giá)").sure
    assert signals("Điểm trừ là bàn phím ngắn. Điểm đánh giá: 8,5/10").sure


def test_a_disclaimer_starts_a_unit_and_a_site_giving_no_advice_is_chrome() -> None:
    units = split_units("Công cụ chuyển đổi ngoại tệ Dữ liệu chỉ mang tính tham khảo.")
    assert units[-1] == "Dữ liệu chỉ mang tính tham khảo."
    assert signals(units[-1]).sure
    assert signals("Nhà thuốc Mẫu không đưa ra lời khuyên, chẩn đoán hay phương pháp điều trị y khoa.").sure
    assert not signals("Bác sĩ cho biết con số này giúp người bệnh yên tâm hơn.").sure


def test_before_it_is_no_teaser_time() -> None:
    assert signals("Máy hoạt động được 11 giờ 20 phút trước khi cạn pin.").strong is None
    assert signals("Giá vàng tăng mạnh 2 giờ trước").strong == "teaser time"


def test_a_shops_buttons_and_boxes() -> None:
    assert buttons("Đặt vé ngay") and buttons("Tạo CV ngay")
    assert shop_box("Áo sân nhà 2024/25 650.000đ Thêm vào giỏ hàng")
    assert shop_box("Nhận phòng Trả phòng Số khách Tìm phòng")
    assert not shop_box("Khách hàng có thể đặt phòng sớm để nhận giá tốt.")
    assert not buttons("Người dân nên đăng ký ngay khi có thông báo của xã.")


def test_a_bare_date_after_a_sections_name_is_the_pages_stamp() -> None:
    lead = "Sau nhiều tháng giảm liên tục, lãi suất huy động tại một số ngân hàng bắt đầu tăng nhẹ."
    assert peeled_stamp(f"Blog tài chính 08/05/2024 {lead}") == ("Blog tài chính 08/05/2024", lead)
    assert peeled_stamp(f"ngày 08/05/2024 {lead}") is None  # a sentence's words, no section's name
    assert peeled_stamp(f"Hôm qua tại Hà Nội, 08/05/2024 {lead}") is None
    menu = "Ô tô Nhà đất Đồ gia dụng Việc làm Mẹo hay 08/05/2024"  # sections in sentence case
    assert peeled_stamp(f"{menu} {lead}") == (menu, lead)
    sentence = "Trong tháng này các ngân hàng lớn đồng loạt điều chỉnh lãi suất từ ngày 08/05/2024"
    assert peeled_stamp(f"{sentence} {lead}") is None  # grammar words: a sentence's date


def test_an_offer_over_the_footer_goes_and_a_credit_there_stays() -> None:
    body = _body(f"{_STORY} Mở tài khoản online chỉ trong 5 phút Mã số thuế: 0100230800 Hotline 1800 588 822")
    assert "Mở tài khoản" not in body and "tăng nhẹ trong phiên sáng" in body
    body = _body(f"{_STORY} Nguồn: Ngân hàng Nhà nước Mã số thuế: 0100230800 Hotline 1800 588 822")
    assert "Nguồn: Ngân hàng Nhà nước" in body or "Ngân hàng Nhà nước" in body.splitlines()[-1]


def test_a_faq_after_the_story_goes_and_the_storys_closing_question_stays() -> None:
    faq = "Câu hỏi thường gặp Trường có xét học bạ không? Học phí năm học mới là bao nhiêu?"
    body = _body(f"{_STORY} {faq} Số 1 Đại Cồ Việt, Hà Nội. Điện thoại: 024.3869.4242")
    assert "học bạ" not in body and "Học phí" not in body and "tăng nhẹ trong phiên sáng" in body
    question = "Liệu tỷ giá có tiếp tục tăng trong những tuần tới khi nhu cầu ngoại tệ cuối năm còn lớn?"
    body = _body(f"{_STORY} {question} Bản quyền thuộc Báo Mẫu. Điện thoại: 024.3869.4242")
    assert "Liệu tỷ giá" in body


def test_links_to_the_series_other_pages_go_and_a_sentence_naming_the_series_stays() -> None:
    raw = (
        "Title: Tỷ giá hôm nay 6/3 tăng nhẹ\nSource: example.vn\nLink: https://example.vn/ty-gia.html\n"
        f"Published Date: N/A\nAuthor: \nTags: None\nSummary: \nContent: {_STORY} "
        "Biểu đồ 30 ngày Tỷ giá hôm nay 5/3 Tỷ giá hôm nay 4/3 Tỷ giá hôm nay 3/3\n"
    )
    body = convert(raw.encode(), "page.txt", year=2024).body
    assert "5/3" not in body and "tăng nhẹ trong phiên sáng" in body
    once = _STORY.replace("Ngân hàng Nhà nước vừa", "Tỷ giá hôm nay tăng vì Ngân hàng Nhà nước vừa")
    assert "Tỷ giá hôm nay tăng" in _body(once)


def test_a_ticket_boxs_buttons_go_and_the_storys_sentence_after_them_stays() -> None:
    assert buttons("Đặt vé ngay Chọn suất diễn") and buttons("Chọn rạp") and buttons("Mua vé")
    assert not buttons("Khán giả có thể chọn suất diễn phù hợp khi mua vé tại phòng vé nhà hát.")
    sentence = "Nhà hát dự kiến đưa vở diễn đi lưu diễn tại Hải Phòng và Nam Định vào đầu năm sau."
    body = _body(f"{_STORY} Đặt vé ngay Chọn suất diễn {sentence}")
    assert "Chọn suất diễn" not in body and sentence in body
