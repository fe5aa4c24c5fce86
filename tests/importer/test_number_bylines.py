"""A story whose last line gives a number to call with no full stop after it (`Đường dây nóng hỗ trợ du
khách: 1900 6468`, `… điện thoại: 0914.225.318`), the labelled byline run on after the number in a
one-line body (`… 1900 6468 Bài, ảnh: Ngọc Lan`): the byline is cut off the number, as it is off a word,
so the line stays the story's and the writer is read. The pages are written for these tests."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert
from bantin.importer.units import split_units

STORY = (
    "Từ ngày 10/12, du khách đến Đà Lạt có thể tham quan thành phố bằng xe buýt hai tầng mui trần với giá vé "
    "150.000 đồng. Tuyến xe xuất phát từ quảng trường Lâm Viên, đi qua hồ Xuân Hương, ga Đà Lạt và chợ Đà Lạt, "
    "mỗi vòng khoảng 90 phút. Vé có giá trị trong 24 giờ, du khách được lên xuống tại 12 điểm dừng trên tuyến."
)
LAST = "Đường dây nóng hỗ trợ du khách: 1900 6468"


def _page(closing: str) -> bytes:
    return (
        "Title: Đà Lạt mở tuyến xe buýt du lịch hai tầng\nSource: dulich.example.vn\n"
        "Link: https://dulich.example.vn/da-lat-xe-buyt-hai-tang-123.html\nPublished Date: 03/12/2024 09:10\n"
        f"Author: \nTags: None\nSummary: \nContent: {STORY} {LAST} {closing} "
        "Từ khóa: Đà Lạt, xe buýt hai tầng Facebook Twitter Zalo "
        "Tạp chí Du lịch Mẫu. Giấy phép số 215/GP-BTTTT. Điện thoại: 024.3942.3760\n"
    ).encode()


@pytest.mark.parametrize("closing", ["Bài, ảnh: Ngọc Lan", "Bài và ảnh: Ngọc Lan"])
def test_a_labelled_byline_after_the_last_lines_number_is_cut_off_it(closing: str) -> None:
    assert split_units(f"{LAST} {closing}") == [LAST, closing]


@pytest.mark.parametrize("closing", ["Bài, ảnh: Ngọc Lan", "Bài và ảnh: Ngọc Lan"])
def test_the_number_stays_and_the_writer_is_read(closing: str) -> None:
    converted = convert(_page(closing), "page.txt", year=2024)
    assert LAST in converted.body
    assert "Giấy phép" not in converted.body and "Ngọc Lan" not in converted.body
    assert converted.front.author == "Ngọc Lan"


def test_a_number_in_a_sentence_before_a_lesson_keeps_its_words() -> None:
    # `Bài` without `ảnh` after a figure is a lesson's or a part's word, no byline's label: no cut
    assert split_units("Học sinh làm bài tập trang 12 Bài: Phép cộng có nhớ") == [
        "Học sinh làm bài tập trang 12 Bài: Phép cộng có nhớ"
    ]
