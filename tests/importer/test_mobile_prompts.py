"""A mobile or AMP page's prompts (`mobile_prompts`) and its header bar (`header_bars`): set apart from
the story's text they run into and dropped, the story's sentences around them kept."""

from __future__ import annotations

from bantin.importer.header_bars import bar_end
from bantin.importer.units import split_units
from bantin.importer.widgets import buttons


def test_a_prompt_run_into_the_next_paragraph_is_a_unit_of_its_own() -> None:
    text = "Cầu dài 1,2 km. Vuốt để xem tiếp Xã đã giao 80% mặt bằng cho nhà thầu."
    assert split_units(text) == [
        "Cầu dài 1,2 km.",
        "Vuốt để xem tiếp",
        "Xã đã giao 80% mặt bằng cho nhà thầu.",
    ]


def test_a_prompt_after_a_bylines_name_is_cut_off_too() -> None:
    assert "Trở về đầu trang" in split_units("Chợ mở cửa đến 22 giờ. Lan Hương Trở về đầu trang")


def test_the_prompts_words_in_a_sentence_are_no_prompt() -> None:
    text = "Người dân có thể chia sẻ qua điện thoại. Ông đóng quảng cáo trên báo."
    assert split_units(text) == ["Người dân có thể chia sẻ qua điện thoại.", "Ông đóng quảng cáo trên báo."]


def test_the_prompts_alone_are_buttons() -> None:
    for prompt in ("Mở trong ứng dụng", "Xem phiên bản máy tính", "Chia sẻ qua", "Đóng quảng cáo"):
        assert buttons(prompt), prompt
    assert buttons("Trang chủ Mới nhất Video Tiện ích")


def test_the_swipe_to_the_next_story_keeps_its_headline_with_it() -> None:
    units = split_units(
        "Bà kể. Vuốt để xem bài tiếp theo Chợ hoa xuân mở cửa Chợ hoa mở từ ngày 20 tháng Chạp."
    )
    assert units[1].startswith("Vuốt để xem bài tiếp theo Chợ hoa xuân")


def test_a_header_bar_run_into_the_first_sentence_is_cut_off() -> None:
    text = "Báo Mẫu Trang chủ Mới nhất Sáng 16/4, xã tổ chức hội chợ."
    assert text[: bar_end(text)] == "Báo Mẫu Trang chủ Mới nhất"


def test_a_name_going_on_in_small_letters_is_no_header_bar() -> None:
    assert bar_end("Ông Nam Chia sẻ với báo chí, ông cho biết.") == 0
    assert bar_end("Bộ trưởng Nguyễn Văn An chia sẻ với báo chí.") == 0


def test_a_prompts_words_opening_a_sentence_before_a_name_stay_in_it() -> None:
    text = "Phiên bản máy tính Windows 11 ra mắt năm 2021. Chia sẻ qua Zalo, chị Lan cho biết."
    assert split_units(text) == [
        "Phiên bản máy tính Windows 11 ra mắt năm 2021.",
        "Chia sẻ qua Zalo, chị Lan cho biết.",
    ]
