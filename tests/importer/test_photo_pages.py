"""Pages heavy with pictures: a gallery's counters between its photos (`1/8` … `2/8`) go without
taking the story after them for the page's tail."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert
from bantin.importer.inline import gallery_counters

from .test_unseen_sites import words

LEAD = "Bộ ảnh do một nhiếp ảnh gia chụp đầu thế kỷ trước cho thấy thành phố biển thuở ấy."


def raw(lines: list[str]) -> str:
    """A page in baomoi's raw layout: title, blank line, the paragraphs, the lead again at the end."""
    return "\n".join(["Những bức ảnh hiếm về Hải Phòng xưa", "", *lines, "", "", "", LEAD])


def test_a_gallerys_counters_go_and_the_story_after_them_stays() -> None:
    story = [
        "Bộ ảnh gồm gần 80 bức được chụp trong khoảng năm 1920 đến 1925.",
        "Bến cảng Hải Phòng tấp nập tàu thuyền.",
        "Nhà hát thành phố vừa xây xong.",
        "Những bức ảnh này hiện được lưu giữ tại một thư viện ở Lyon.",
    ]
    page = raw([story[0], story[1], "Ảnh: Internet", "1/6", story[2], "Ảnh: Internet", "2/6", story[3]])
    body = convert(page.encode(), "p.txt", year=2017).body
    assert all(words(line) in words(body) for line in story), body
    assert "1/6" not in body and "2/6" not in body


@pytest.mark.parametrize(
    ("texts", "inside"),
    [
        (["Câu một.", "1/12", "Chú thích ảnh.", "2/12", "Câu hai."], {1, 3}),
        (["Câu một.", "Ảnh 3/8", "Câu hai.", "Ảnh 4/8"], {1, 3}),
        (["Câu một.", "Ảnh 1/8", "Tour gợi ý"], set()),  # a lone counter may open the tail
        (["Ngày 2/9", "Ngày 3/9"], set()),  # dates
        (["Câu một.", "12/3", "Câu hai.", "14/3"], set()),  # days of a month, not photo 12 of 3
    ],
)
def test_a_gallerys_counters_are_two_of_one_gallery_at_least(texts: list[str], inside: set[int]) -> None:
    assert gallery_counters(texts) == inside
