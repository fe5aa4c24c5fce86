"""A writer's name, then her institute's long name after a comma, run into the story's last paragraph
(`… Nxb. Thống kê, Hà Nội. Trần Thị Thu Hà, Viện Nghiên cứu Gia đình và Giới`): the byline, though its
words outrun an office of five, when the words after the comma are a body's name alone, a head word
and no word of grammar but `và` (`byline_spots._named_office`); a sentence going on after the comma
(`…, Viện trưởng cho biết sẽ …`) stays the story's."""

from __future__ import annotations

import pytest

from bantin.importer.byline_spots import split_trailing_byline

_LAST = "Lê Minh (2021), Gia đình Việt Nam trong chuyển đổi số, Nxb. Khoa học xã hội, Hà Nội."


@pytest.mark.parametrize(
    "office", ["Viện Nghiên cứu Gia đình và Giới", "Viện Nghiên cứu Văn hóa và Phát triển"]
)
def test_a_writer_and_her_institutes_long_name_sign(office: str) -> None:
    rest, byline = split_trailing_byline(f"{_LAST} Trần Thị Thu Hà, {office}")
    assert rest == _LAST
    assert byline is not None and byline.author == "Trần Thị Thu Hà"


@pytest.mark.parametrize(
    "sentence",
    [
        "Nguyễn Văn An, Viện trưởng Viện Kinh tế cho biết sẽ làm rõ việc này",
        "Trần Hà, Trung tâm Y tế huyện đang theo dõi sức khỏe người dân",
        "Lê Hoa, Viện Nghiên cứu Gia đình và Giới khảo sát 1.200 hộ năm 2024",
    ],
)
def test_a_sentence_going_on_after_the_comma_stays(sentence: str) -> None:
    assert split_trailing_byline(f"Số hộ gia đình ít con tăng nhanh. {sentence}")[1] is None
