"""The head's stamp closed by a reading time over the story (`Bạn đọc Hỏi đáp 04/12/2024 | 2 phút
đọc`, the section's crumbs before it) goes; a writer's name before such a stamp, a sentence that tells
minutes, and a stamp with no reading time are left to the other readers."""

from __future__ import annotations

import pytest

from bantin.importer.reading_stamps import reading_stamp


@pytest.mark.parametrize(
    "text",
    [
        "Bạn đọc Hỏi đáp 04/12/2024 | 2 phút đọc",
        "04/12/2024 09:30 | 5 phút đọc",
        "Thời sự 12/3/2025 - 3 phút đọc",
    ],
)
def test_a_stamp_closed_by_a_reading_time_is_the_site_s(text: str) -> None:
    assert reading_stamp(text)


@pytest.mark.parametrize(
    "text",
    [
        "Minh Anh 04/12/2024 | 2 phút đọc",  # a writer's byline with the stamp
        "Thời sự 04/12/2024",  # no reading time
        "Ngày 04/12/2024, học sinh được nghỉ 15 phút đọc sách.",  # a sentence
        "Bạn đọc Hỏi đáp 2 năm trước 8 phút đọc",  # no full date
    ],
)
def test_a_byline_a_sentence_or_a_bare_stamp_is_no_such_line(text: str) -> None:
    assert not reading_stamp(text)
