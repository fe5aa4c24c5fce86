"""The signals of the third blind round (fixtures/blind_frames.yml), each on its own."""

from __future__ import annotations

import pytest

from bantin.importer import dates, stamps
from bantin.importer.bylines import split_trailing_byline


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Thứ Năm, 18/04/2024 (10/3 năm Giáp Thìn)", dates.DayMonth(18, 4, 2024)),
        ("Chủ Nhật, 17/09/2024 (15/8 âm lịch)", dates.DayMonth(17, 9, 2024)),
        ("Ngày đăng: 15/09/2024 (13/8 âm lịch)", dates.DayMonth(15, 9, 2024)),
        ("Thứ Bảy, 10/02/2024 (Mùng 1 Tết Giáp Thìn)", dates.DayMonth(10, 2, 2024)),
        ("Thứ Bảy, 10/02/2024 (ảnh: Minh Anh)", None),  # a bracket of another kind is no stamp's
    ],
)
def test_a_lunar_date_beside_the_solar_one_is_part_of_the_stamp(
    line: str, day: dates.DayMonth | None
) -> None:
    assert dates.stamp_line(line) == day


def test_a_glued_stamp_with_an_update_and_a_publication_is_the_publications() -> None:
    text = "Xã hội Cập nhật lúc 16:05 ngày 19/12/2023 Đăng lúc 08:30 ngày 18/12/2023 Công trình có tổng vốn …"
    assert stamps.glued_stamp(text) == "18/12/2023"
    assert (
        stamps.glued_stamp("Xã hội Cập nhật lúc 16:05 ngày 19/12/2023 Công trình có tổng vốn …")
        == "19/12/2023"
    )


def test_an_update_stamp_yields_to_any_other_stated_date() -> None:
    got = stamps.publication_first([None, "Cập nhật lúc: 03/07/2024 10:00", "02/07/2024"])
    assert got == [None, "02/07/2024", "Cập nhật lúc: 03/07/2024 10:00"]
    both = stamps.publication_first(["Cập nhật 10/08/2024 16:20 | Đăng: 09/08/2024 07:45"])
    assert dates.parse_date(both[0]) == dates.DayMonth(9, 8, 2024)
    assert stamps.publication_first(["Đăng ký nhận tin 10/08/2024"]) == ["Đăng ký nhận tin 10/08/2024"]


def test_a_closing_byline_with_its_time_and_date_is_cut_from_the_last_paragraph() -> None:
    rest, byline = split_trailing_byline("… ông Bé nói. Bài và ảnh: Hồng Nhung - 12:30 ngày 05/04/2024")
    assert rest == "… ông Bé nói."
    assert byline is not None and byline.author == "Hồng Nhung"
