"""A reaction box's answers under the story (`Hay Cảm động Bình thường`) with the writer's name run on
after them are cut before the name: the answers go, the name is read as the byline."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert
from bantin.importer.reaction_rows import reactions_end

from .scrapes import vnsum


def test_the_answers_end_before_the_name() -> None:
    text = "Hay Cảm động Bình thường Minh Anh"
    assert text[: reactions_end(text)] == "Hay Cảm động Bình thường"
    assert reactions_end("Thú vị Hữu ích Nhàm chán") == len("Thú vị Hữu ích Nhàm chán")


@pytest.mark.parametrize(
    "text",
    [
        "Hay Minh Anh",  # one answer: a word a name or a sentence may open with
        "Hay tin con đỗ đại học, chị Hạnh vui mừng khôn xiết.",
        "Vui Buồnthất thường",  # no row of whole answers
    ],
)
def test_one_answer_or_a_sentence_is_no_row(text: str) -> None:
    assert reactions_end(text) == 0


def test_the_page_reads_the_writer_after_the_reaction_box() -> None:
    story = (
        "Hơn 10 năm qua, gánh xôi của chị Lương Thị Hạnh ở phố Hàng Bồ nuôi ba con ăn học, trong đó hai con "
        "đã vào đại học. Năm nay, chị được Hội Liên hiệp Phụ nữ phường hỗ trợ vay 50 triệu đồng để thuê "
        "một ki-ốt nhỏ."
    )
    tail = (
        "Bạn thấy bài viết này thế nào? Hay Cảm động Bình thường Minh Anh Tin liên quan Nữ công nhân nuôi con"
    )
    page = vnsum("Mẹ đơn thân nuôi ba con ăn học bằng gánh xôi", "https://baomau.vn/me-don-than.htm",
                 f"Thời sự Gia đình {story} {tail}", date="08/11/2024 06:00")  # fmt: skip
    converted = convert(page, "page.txt", year=2017)
    assert converted.front.author == "Minh Anh"
    assert "Cảm động" not in converted.body and "ki-ốt nhỏ." in converted.body
