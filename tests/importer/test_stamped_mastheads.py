"""A paper's name stamped with its time over a story saved with no link back (`blind_sample17`: baomoi's
pages with only the app's prompt) names the publisher when it opens with a paper's word
(`paper_stamps._PAPER_WORD`, `reposts.original_paper`)."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert
from bantin.importer.reposts import original_paper

_STORY = [
    "Sáng 12/3, hơn 200 vận động viên tham dự giải việt dã truyền thống của tỉnh tại công viên trung tâm.",
    "Giải chia thành sáu nhóm tuổi, cự ly dài nhất 10 km quanh hồ.",
    "Ban tổ chức trao 36 bộ huy chương cho các vận động viên xuất sắc.",
]


def _raw(stamp: str, closing: str = "Mở ứng dụng Báo Mới") -> bytes:
    lines = ["Hơn 200 vận động viên dự giải việt dã", "", stamp, "Thể thao", *_STORY, "Thu Hà", closing]
    return "\n".join(
        [*lines, "", "", "", "Giải việt dã truyền thống thu hút hơn 200 vận động viên."]
    ).encode()


@pytest.mark.parametrize(
    ("stamp", "source"),
    [
        ("Tạp chí Thể thao Phương Nam 19:40 12/03/2026", "Tạp chí Thể thao Phương Nam"),
        ("Báo Bình Nguyên 08:15 12/03/2026", "Báo Bình Nguyên"),
    ],
)
def test_a_papers_name_stamped_over_a_story_with_no_link_back_publishes_it(stamp: str, source: str) -> None:
    assert convert(_raw(stamp), "p.txt", year=2017).front.source == source


def test_a_name_with_no_papers_word_stamped_so_names_no_publisher() -> None:
    texts = ["Afamily Ăn 15/06/2024 09:30", *_STORY]
    assert original_paper(texts, [], None) is None  # a site's own page runs its name, section and time
    assert original_paper(["Tạp chí Cờ 22:10 22/11/2026", *_STORY], [], None) == "Tạp chí Cờ"


def test_a_papers_stamp_does_not_override_the_publisher_a_page_names() -> None:
    texts = ["Tạp chí Cờ 22:10 22/11/2026", *_STORY]
    assert original_paper(texts, [], "Báo Hà Nội Mới") is None  # no link back: its own, quoting
