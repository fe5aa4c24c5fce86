"""A portal's satisfaction poll run into the office signing the story (`Phòng Quản lý thương mại Đánh
giá: Rất hài lòng | Hài lòng | Không hài lòng`) is cut off and goes; a sentence about satisfaction
stays whole."""

from __future__ import annotations

import pytest

from bantin.importer.satisfaction_polls import satisfaction_poll, satisfaction_poll_cuts


def test_the_poll_is_cut_off_the_office_before_it() -> None:
    text = "Phòng Quản lý thương mại Đánh giá: Rất hài lòng | Hài lòng | Không hài lòng"
    assert satisfaction_poll_cuts(text) == {text.index("Đánh giá"), len(text)}
    assert satisfaction_poll(text[text.index("Đánh giá") :])
    assert satisfaction_poll("Rất hài lòng | Hài lòng | Bình thường | Không hài lòng")


@pytest.mark.parametrize(
    "text",
    [
        "Kết quả khảo sát: 92% người dân hài lòng với thủ tục, 6% không hài lòng.",
        "Đánh giá: Rất hài lòng",  # one answer: a reader's note, not the box
        "Hài lòng | Không hài lòng",  # two: left alone
    ],
)
def test_a_sentence_about_satisfaction_is_no_poll(text: str) -> None:
    assert satisfaction_poll_cuts(text) == set()
    assert not satisfaction_poll(text)
