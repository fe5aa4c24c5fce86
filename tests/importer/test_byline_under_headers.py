"""The closing byline glued to the comments' label (`Hoàng Anh Bình luận`) is cut from it even when a
related headline under its header (`Tin cùng chuyên mục`) runs into the footer's name with a stop, which
reads as a sentence (blind round fixtures/blind_environment.yml): a unit right under a header of other
stories alone is their headline, never the story's last sentence."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.edges import closing_byline_apart
from bantin.importer.furniture import Unit

from .scrapes import vnsum

_LAST = "Thành phố đặt mục tiêu đến năm 2027 mọi hộ gia đình đều phân loại rác, hộ không phân loại sẽ trả phí cao hơn."
_HEADLINE = "Hà Nội xử phạt hộ không phân loại rác từ năm 2026 Tạp chí Môi trường và Đô thị Việt Nam."


def test_the_headline_under_a_header_is_no_last_sentence() -> None:
    units = [
        Unit(0, _LAST),
        Unit(0, "Hoàng Anh Bình luận"),
        Unit(0, "Tin cùng chuyên mục"),
        Unit(0, _HEADLINE),
    ]
    texts = [unit.text for unit in closing_byline_apart(units)]
    assert texts[1:3] == ["Hoàng Anh", "Bình luận"], texts


def test_the_page_keeps_its_writer() -> None:
    story = (
        "Sau một năm, 22 phường thí điểm đã thu gom riêng được khoảng 180 tấn rác tái chế mỗi ngày. Theo Sở"
        " Tài nguyên và Môi trường, lượng rác phải chôn lấp đã giảm khoảng 8% so với cùng kỳ."
        f" {_LAST} Hoàng Anh Bình luận Gửi bình luận Tin cùng chuyên mục {_HEADLINE} Giấy phép số 155/GP-BTTTT"
    )
    front = convert(vnsum("Phân loại rác", "https://example.vn/rac.html", story), "p.txt").front
    assert front.author == "Hoàng Anh"


def test_a_link_s_label_between_two_sentences_leaves_the_next_one_the_story_s() -> None:
    units = [
        Unit(0, "Từ đầu năm, xã đã vận động 126 hộ bàn giao hơn 8,5 ha đất cho dự án đường trục."),
        Unit(0, "Tin, bài liên quan:"),
        Unit(
            0, "Ý Yên đẩy nhanh tiến độ đường trục Ông Lâm, Trưởng thôn cho biết, nhiều gia đình đã tháo dỡ."
        ),
        Unit(0, "Thanh Huyền (Đài TT huyện) Thủ tục hành chính Dịch vụ công trực tuyến"),
    ]
    assert closing_byline_apart(units)[2] == units[2]  # the story's sentence, run on from the headline
