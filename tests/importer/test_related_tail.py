"""Other stories about the SAME event under the story: a box under its header right after the
story's close (`related_tail`), and another lead opening with the paper's own tag (`tagged_leads`).
Their leads share the story's names and words, so only where they stand tells them apart; a box of
links inside the story, with the story going on to its byline after it, stays where it is."""

from __future__ import annotations

from bantin.importer.convert import convert

from .scrapes import vnsum

STORY = (
    "Chiều 14/8, Tòa án nhân dân tỉnh Hòa Vân tuyên phạt bị cáo Lê Văn Khánh 12 năm tù về tội lừa đảo.",
    "Theo cáo trạng, Khánh đã rao bán 80 lô đất tại xã Tân Lạc khi dự án chưa được giao đất.",
    "Hơn 60 khách hàng đã nộp tiền cọc với tổng số tiền gần 40 tỷ đồng cho công ty của bị cáo.",
    "Tòa buộc bị cáo bồi thường toàn bộ số tiền đã chiếm đoạt cho các bị hại trong vụ án.",
)
# The same court, the same defendant, the same numbers: a lead with no headline, then a headline.
BOX = (
    "Ngày 12/8, Tòa án nhân dân tỉnh Hòa Vân mở phiên tòa xét xử bị cáo Lê Văn Khánh về tội lừa đảo. "
    "Truy tố Lê Văn Khánh vì bán đất nền khi dự án chưa được giao đất"
)
FOOTER = "Giấy phép số 21/GP-BTTTT. Bản quyền thuộc Báo Hòa Vân"


def body(content: str, title: str = "Lê Văn Khánh lĩnh 12 năm tù vì bán đất nền") -> str:
    page = vnsum(title, "https://baohoavan.vn/le-van-khanh-linh-12-nam-tu-a321.html", content)
    return convert(page, "trang.txt", year=2024, sources={}).body


def test_a_box_under_its_header_after_the_byline_goes_though_it_tells_the_same_event() -> None:
    text = body(f"{' '.join(STORY)} Thanh Hà Tin cùng chuyên mục {BOX} {FOOTER}")
    assert STORY[-1] in text
    assert "mở phiên tòa xét xử" not in text
    assert "Truy tố Lê Văn Khánh" not in text


def test_a_box_after_the_last_photo_and_a_writer_in_capitals_goes_too() -> None:
    caption = "Bị cáo Lê Văn Khánh tại phiên tòa. Ảnh: Thanh Hà THANH HÀ"
    text = body(f"{' '.join(STORY)} {caption} Bài liên quan {BOX} {FOOTER}")
    assert STORY[-1] in text
    assert "mở phiên tòa xét xử" not in text


def test_a_box_inside_the_story_leaves_the_sentences_the_byline_signs_after_it() -> None:
    rest = (
        "Sau phiên tòa, nhiều bị hại cho biết sẽ làm đơn đề nghị cơ quan thi hành án sớm xử lý tài sản. "
        "Bà Nguyễn Thị Lan, một bị hại ở xã Tân Lạc, đã nộp 800 triệu đồng cho công ty từ năm 2021."
    )
    text = body(f"{' '.join(STORY)} Tin liên quan {BOX} {rest} Thanh Hà {FOOTER}")
    assert "sẽ làm đơn đề nghị cơ quan thi hành án" in text
    assert "đã nộp 800 triệu đồng" in text


def test_the_papers_own_tag_opening_a_lead_again_ends_the_story() -> None:
    story = ("(HVO) - " + STORY[0], *STORY[1:])
    teaser = "(HVO) - Sáng 12/8, hơn 60 bị hại trong vụ án Lê Văn Khánh đã có mặt tại tòa từ sớm."
    text = body(f"{' '.join(story)} Thanh Hà Bị hại chờ phiên xử Lê Văn Khánh {teaser} {FOOTER}")
    assert STORY[-1] in text
    assert "có mặt tại tòa từ sớm" not in text


def test_the_tag_the_story_opens_with_stays() -> None:
    story = ("(HVO) - " + STORY[0], *STORY[1:])
    text = body(f"{' '.join(story)} Thanh Hà {FOOTER}")
    assert text.startswith("(HVO) - Chiều 14/8") or STORY[0] in text
    assert STORY[-1] in text


def test_after_a_photo_inside_the_story_a_box_of_links_leaves_the_sentences_going_on_after_it() -> None:
    caption = "Bị cáo Lê Văn Khánh tại phiên tòa. Ảnh: Thanh Hà"
    rest = (
        "Tuy nhiên, tài sản kê biên của bị cáo mới bảo đảm khoảng một nửa số tiền phải bồi thường. "
        "Các bị hại đề nghị cơ quan thi hành án sớm xử lý những tài sản này."
    )
    text = body(
        f"{' '.join(STORY)} {caption} Tin liên quan Truy tố Lê Văn Khánh về tội lừa đảo {rest} {FOOTER}"
    )
    assert "mới bảo đảm khoảng một nửa" in text
    assert "sớm xử lý những tài sản này" in text


def test_after_the_byline_a_box_of_five_leads_goes_so_long_as_it_is_shorter_than_the_story() -> None:
    leads = (
        "Ngày 10/8, Công an tỉnh Hòa Vân khởi tố Lê Văn Khánh. Hòa Vân kê biên 20 lô đất của Lê Văn Khánh. "
        "Chiều 13/8, hơn 60 bị hại trong vụ án Lê Văn Khánh đến tòa."
    )
    text = body(f"{' '.join(STORY)} Thanh Hà Tin cùng chuyên mục {BOX} {leads} {FOOTER}")
    assert STORY[-1] in text
    assert "kê biên 20 lô đất" not in text
    assert "mở phiên tòa xét xử" not in text


MATCH = (
    "Chiều 5/4, trận đấu HAGL - Thanh Hóa tại vòng 15 V-League diễn ra trên sân Pleiku trước 8.000 khán giả. "
    "Đội khách nhập cuộc tốt và sớm có bàn thắng ở phút 12 sau pha dứt điểm của Rimario. "
    "Sang hiệp hai, đội chủ nhà dồn lên tấn công nhưng không thể xuyên thủng hàng thủ đối phương. "
    "Huấn luyện viên Vũ Tiến Thành cho biết các cầu thủ đã thi đấu hết mình. "
    "Lần gần nhất HAGL - Thanh Hóa gặp nhau, hai đội hòa 1-1. "
    "Ở vòng sau, HAGL - Bình Định sẽ là trận cầu tâm điểm của tuần. Minh Trí"
)


def test_a_match_the_story_names_again_is_no_papers_tag() -> None:
    """`HAGL - Thanh Hóa` in the lead and after it: a match's teams, not a paper's tag opening leads."""
    scrape = vnsum(
        "HAGL thua Thanh Hóa trên sân nhà",
        "https://baomau.vn/hagl-thua-thanh-hoa-a1.html",
        MATCH,
        summary="Chiều 5/4, trận đấu HAGL - Thanh Hóa tại vòng 15 V-League diễn ra trên sân Pleiku.",
        date="2024-04-05",
    )
    body = convert(scrape, "page.txt", year=2024, sources={}).body
    assert "hai đội hòa 1-1" in body and "HAGL - Bình Định sẽ là trận cầu tâm điểm" in body
