"""Education pages (the blind_edu round): a story's list of people under its label (the winners, the
students admitted), which a raw page prints right over the first sentence, stays; a page's head lists
sections after a label, never people. The pages are written for these tests."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert
from bantin.importer.rosters import lists_people


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
