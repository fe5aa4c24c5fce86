"""Education pages (the blind_edu round): a story's list of people under its label (the winners, the
students admitted), which a raw page prints right over the first sentence, stays; a page's head lists
sections after a label, never people. The pages are written for these tests."""

from __future__ import annotations

import pytest

from bantin.importer.bounds import article_start
from bantin.importer.convert import convert
from bantin.importer.furniture import signals
from bantin.importer.rosters import lists_people

from .scrapes import vnsum


def _raw(lines: list[str], lead: str) -> str:
    title = "Trường THPT chuyên Bắc Giang có 4 học sinh đạt giải quốc tế"
    return "\n".join([title, "", *lines, "", "", "", lead])


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Danh sách: Nguyễn Hà Linh, Trần Quang Minh, Lê Thu Phương, Vũ Đức Anh", True),
        ("Đội tuyển: Phạm Minh Khoa, Đỗ Thu Hằng và Lý Quốc Bảo", True),
        ("Chuyên mục: Giáo dục, Tuyển sinh, Du học", False),  # sections: words in lower case
        ("Bảng C: Nhật Bản, Hàn Quốc, Úc, Jordan", False),  # a name of one word is no person's
        ("Nguyễn Hà Linh, Trần Quang Minh, Lê Thu Phương", False),  # no label
    ],
)
def test_a_list_of_people_is_a_label_a_colon_and_names_of_two_words_or_more(text: str, people: bool) -> None:
    assert lists_people(text) is people


def test_a_list_of_people_over_the_first_sentence_of_a_raw_page_stays() -> None:
    names = "Đội tuyển: Phạm Minh Khoa, Đỗ Thu Hằng, Lý Quốc Bảo, Vương Gia Hân"
    page = _raw(
        [
            names,
            "Các em đều là học sinh lớp 11 và đã ôn luyện cùng nhau suốt hai năm học vừa qua.",
            "Nhà trường sẽ khen thưởng các em vào dịp khai giảng năm học mới.",
            "Bình Minh",
        ],
        "Bốn học sinh Trường THPT chuyên Bắc Giang đạt giải tại kỳ thi Olympic Tin học châu Á năm nay.",
    )
    assert names in convert(page.encode(), "page.txt", year=2024).body


def _vnsum(content: str) -> str:
    return vnsum(
        "Thầy Lê Văn Bình - 25 năm dạy Toán",
        "https://thpt-lequydon.edu.vn/tin-tuc/thay-le-van-binh",
        content,
        source="Trường THPT Lê Quý Đôn",
        date="2024-11-19T08:00:00+07:00",
    ).decode()


def test_a_box_of_links_the_footers_name_closes_with_its_full_stop_goes() -> None:
    story = (
        "Thầy Lê Văn Bình về trường năm 1999 và đã dạy môn Toán suốt hai mươi lăm năm qua. "
        "Nhiều học trò của thầy đạt giải trong các kỳ thi học sinh giỏi quốc gia và quốc tế."
    )
    box = (
        "Tổ Toán Thông báo Lịch công tác tuần 48 Thời khóa biểu học kỳ I Trường THPT Lê Quý Đôn."  # a byline
    )
    body = convert(_vnsum(f"{story} {box} Địa chỉ: 20 Lê Lợi, Đà Nẵng").encode(), "page.txt", year=2024).body
    assert "nhiều học trò" in body.casefold()
    assert "Thời khóa biểu" not in body


def test_a_last_sentence_with_grammar_words_before_the_footer_stays() -> None:
    last = "Năm học này, thầy tiếp tục phụ trách đội tuyển Toán của Trường THPT Lê Quý Đôn."
    story = "Thầy Lê Văn Bình về trường năm 1999 và đã dạy môn Toán suốt hai mươi lăm năm qua."
    body = convert(_vnsum(f"{story} {last} Địa chỉ: 20 Lê Lợi, Đà Nẵng").encode(), "page.txt", year=2024).body
    assert last in body


def test_a_list_of_laws_the_story_closes_with_before_the_footer_stays() -> None:
    """No grammar word and half in capitals too, but parted by its colon and semicolons: the story's."""
    story = (
        "Người đến sinh sống tại chỗ ở hợp pháp ngoài nơi thường trú từ 30 ngày trở lên phải đăng ký tạm trú."
    )
    laws = "Căn cứ pháp lý: Luật Cư trú năm 2020; Nghị định 144/2021/NĐ-CP."
    body = convert(_vnsum(f"{story} {laws} Địa chỉ: 20 Lê Lợi, Đà Nẵng").encode(), "page.txt", year=2024).body
    assert "Luật Cư trú năm 2020" in body


def test_a_list_of_prizes_over_the_first_sentence_is_no_menu() -> None:
    prizes = "Giải Nhì: Lê Thu Hà (Khoa Cơ khí) với đề tài máy gieo hạt Giải Ba: Trần Văn Nam, Đỗ Minh Quân (Khoa Thủy sản)"
    lead = "Các đề tài được hội đồng đánh giá cao về tính ứng dụng cho sản xuất nông nghiệp."
    assert signals(prizes).menu  # read alone, its words in capitals make a menu
    kinds = [("short", ""), ("prose", "")]
    assert article_start(kinds, [signals(prizes), signals(lead)], texts=[prizes, lead]) == 0
    # a menu over the lead still goes, a dateline's agency in its brackets too (`(QNO) -`)
    menu = "Thời sự Kinh tế Xã hội Quốc phòng Văn hóa Đất và người (QNO) -"
    assert article_start(kinds, [signals(menu), signals(lead)], texts=[menu, lead]) == 1
