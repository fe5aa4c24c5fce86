"""A page's button run into the story's next sentence (`call_buttons`): `Xem …` or `Tải …` and its
object in small letters, then a sentence opening with a sentence's first word, goes, and the sentence
stays; a story's own verbs (`Xem xét`), a subheading of booking (`Đặt lịch …`) and a sentence that
goes on in small letters stay whole; on units written for these tests."""

from __future__ import annotations

import pytest

from bantin.importer.call_buttons import BUTTON, call_button_apart
from bantin.importer.furniture import Unit


def _cut(text: str) -> list[tuple[str, str]]:
    return [(unit.text, unit.reason) for unit in call_button_apart([Unit(0, text)])]


@pytest.mark.parametrize(
    ("button", "sentence"),
    [
        ("Xem bản đồ ngập lụt", "Người dân các phường ven sông được khuyến cáo di dời tài sản lên cao."),
        (
            "Xem tất cả tác phẩm đoạt giải",
            "Trong số 120 tác phẩm dự thi, có 30 tác phẩm của các tác giả trẻ.",
        ),
        ("Tải toàn văn nghị định", "Theo nghị định, mức phạt cao nhất với cá nhân là 100 triệu đồng."),
    ],
)
def test_a_button_run_into_the_next_sentence_goes_and_the_sentence_stays(button: str, sentence: str) -> None:
    assert _cut(f"{button} {sentence}") == [(button, BUTTON), (sentence, "article text")]


@pytest.mark.parametrize(
    "text",
    [
        "Xem xét kỷ luật cán bộ Các cơ quan chức năng đang làm rõ trách nhiệm của từng cá nhân.",
        "Đặt lịch trực tuyến Chủ xe truy cập ứng dụng, chọn trung tâm và khung giờ phù hợp.",
        "Xem bản đồ số của tỉnh, người dân có thể tra cứu quy hoạch từng thửa đất.",
        "Xem lại trận đấu Trong hiệp hai",  # no whole sentence after it
        "Tải ứng dụng VNeID về điện thoại để làm thủ tục trực tuyến.",
    ],
)
def test_a_story_s_own_sentence_stays_whole(text: str) -> None:
    assert _cut(text) == [(text, "article text")]
