"""A poll set inside the story: its label (`Bình chọn:`) and the question it puts to the reader under
it or after it on its line (`Theo bạn, học sinh nên được nghỉ Tết bao nhiêu ngày?`, blind_sample12) go;
the story's own questions stay, a reader's question with no poll's label above it too."""

from __future__ import annotations

import pytest

from bantin.importer.poll_answers import POLL_QUESTION, poll_answers

QUESTION = "Theo bạn, học sinh nên được nghỉ Tết bao nhiêu ngày?"
STORY = "Bộ Giáo dục và Đào tạo lưu ý các địa phương bảo đảm kết thúc học kỳ I đúng hạn."


@pytest.mark.parametrize("label", ["Bình chọn:", "Bình chọn", "Thăm dò ý kiến"])
def test_the_question_under_a_poll_s_label_goes(label: str) -> None:
    texts = [STORY, label, QUESTION, STORY]
    kinds = [("prose", ""), ("chrome", "a button"), ("prose", ""), ("prose", "")]
    assert poll_answers(kinds, texts)[2] == ("chrome", POLL_QUESTION)


def test_the_question_on_the_label_s_line_goes() -> None:
    texts = [STORY, f"Bình chọn: {QUESTION}", STORY]
    kinds = [("prose", "")] * 3
    assert poll_answers(kinds, texts)[1] == ("chrome", POLL_QUESTION)


@pytest.mark.parametrize(
    "texts",
    [
        [STORY, QUESTION, STORY],  # no label above it
        [
            STORY,
            "Bình chọn:",
            "Vì sao nhiều trường vẫn chưa công bố lịch nghỉ Tết?",
            STORY,
        ],  # not to the reader
        [
            STORY,
            f"Bình chọn: {QUESTION} Phụ huynh trả lời. Nhiều ý kiến khác nhau.",
            STORY,
        ],  # sentences after it
    ],
)
def test_the_story_s_questions_stay(texts: list[str]) -> None:
    kinds = [("prose", "")] * len(texts)
    kinds[1] = ("chrome", "a button") if texts[1] == "Bình chọn:" else kinds[1]
    assert all(kind != ("chrome", POLL_QUESTION) for kind in poll_answers(kinds, texts))
