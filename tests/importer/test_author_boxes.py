"""The author's box under the story, run into a one-line body (blind_sample16): the writer's name as the
byline prints it, then again as the box's head over a line or two about them (`Thanh Hà Thanh Hà Phóng
viên Ban Thời sự, phụ trách …`). The name stays once, the byline that names the author; the box's
sentences go. A name said twice over no sentence (a blog's name after its writer's), or after a list's
item rather than the story's last sentence, is left as before."""

from __future__ import annotations

from bantin.importer.author_boxes import box_apart
from bantin.importer.convert import convert

from .scrapes import vnsum

LAST = "“Không có vùng cấm, không có ngoại lệ”, Trưởng Ban Chỉ đạo nhấn mạnh."
BIO = "Phóng viên Ban Thời sự, phụ trách mảng phòng, chống tham nhũng, tiêu cực."


def test_the_box_goes_and_the_name_stays_once() -> None:
    text = f"{LAST} Thanh Hà Thanh Hà {BIO} Tin khác"
    assert box_apart(text) == f"{LAST} Thanh Hà Tin khác"


def test_a_second_sentence_of_the_box_goes_too() -> None:
    text = (
        f"{LAST} Lê Văn Khang Lê Văn Khang Viện Kiểm sát cấp cao tại Hà Nội. Tác giả có nhiều bài nghiên cứu."
    )
    assert box_apart(text) == f"{LAST} Lê Văn Khang"


def test_a_name_twice_over_no_sentence_or_after_an_item_is_left() -> None:
    text = f"{LAST} Bố Gấu Bố Gấu Blog Chuyên mục: Làm đồ gỗ Bình luận (8)"
    assert box_apart(text) == text
    text = f"Số hóa hồ sơ kiểm sát án dân sự Lê Văn Khang Lê Văn Khang {BIO}"
    assert box_apart(text) == text


def test_the_byline_names_the_author_and_the_bio_is_no_story_s() -> None:
    content = (
        "Sáng 6/12, Ban Chỉ đạo Trung ương tổ chức phiên họp tổng kết công tác năm 2026 và triển khai "
        f"nhiệm vụ năm 2027. {LAST} Thanh Hà Thanh Hà {BIO} Tin khác Kiểm tra việc kê khai tài sản tại 5 bộ"
    )
    page = vnsum(title="Tổng kết công tác phòng chống tham nhũng năm 2026", source="Tạp chí Mẫu",
                 link="https://tapchimau.vn/thoi-su/tong-ket-a1.html", content=content,
                 date="2026-12-07T08:45:00+07:00")  # fmt: skip
    converted = convert(page, "page.txt", year=2026)
    assert converted.front.author == "Thanh Hà"
    assert LAST in converted.body
    assert "Phóng viên" not in converted.body
