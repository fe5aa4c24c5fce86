"""The site's units a one-line scrape runs into the story of a consulate's, an association's, a police
portal's or a university's page on Vietnam–Laos relations (fixtures/blind_laos6.yml): a box's line
between pipes that a field's label cut in two (`Ủng hộ quỹ khuyến học |` | `Số tài khoản: …`,
`split_bars`), and a box ending in a button followed by its words in small letters (`… | Đăng ký xét
tuyển trực tuyến`, `button_bars`). The story's own lines stay: a table's row
between pipes, a sentence giving a number to call. The pages are written for these tests."""

from __future__ import annotations

import pytest

from bantin.importer.button_bars import button_bar_cuts
from bantin.importer.convert import convert
from bantin.importer.split_bars import split_bars

BEFORE = (
    "Năm học này, trường có 1.620 học sinh từ mầm non đến trung học phổ thông, trong đó khoảng 40% là con "
    "em gia đình người Lào."
)
AFTER = (
    "Ông Lê Văn Đông, Tổng hội trưởng, cho biết việc giữ tiếng Việt cho thế hệ thứ ba của kiều bào là việc "
    "phải làm hằng ngày."
)
LEAD = "Sáng 5/9, Trường song ngữ Lào - Việt Nam Nguyễn Du tại Viêng Chăn tổ chức lễ khai giảng năm học mới."


def _body(content: str) -> str:
    page = (
        "Title: Trường song ngữ Nguyễn Du khai giảng năm học mới\nSource: Hội người Việt\n"
        "Link: https://hoi.example.org/tin-tuc/truong-song-ngu-nguyen-du-khai-giang-123.html\n"
        f"Published Date: 05/09/2025 11:30\nAuthor: \nTags: None\nSummary: \nContent: {content}\n"
    )
    return convert(page.encode(), "page.txt", year=2017).body


@pytest.mark.parametrize(
    "box",
    [
        "Ủng hộ quỹ khuyến học | Số tài khoản: 0100 1234 5678",
        "Tố giác tội phạm | Gửi tin báo | Đường dây nóng 113",
        "Tuyển sinh 2025 | Đăng ký xét tuyển trực tuyến",
    ],
)
def test_a_box_between_pipes_in_the_story_goes(box: str) -> None:
    body = _body(f"{LEAD} {BEFORE} {box} {AFTER} Phương Thảo")
    assert box.split(" | ")[0] not in body and box.split(" | ")[-1] not in body
    assert BEFORE in body and AFTER in body


def test_the_halves_of_a_bar_after_the_story_started() -> None:
    kinds = [("prose", ""), ("short", ""), ("prose", "a contact field"), ("prose", "")]
    texts = [BEFORE, "Ủng hộ quỹ khuyến học |", "Số tài khoản: 0100 1234 5678", AFTER]
    assert [k for k, _ in split_bars(kinds, texts)] == ["prose", "chrome", "chrome", "prose"]
    before = [("short", ""), ("prose", "")]  # the header's, judged where the lead is found
    assert split_bars(before, ["Trang chủ | Tin tức |", LEAD]) == before
    sentence = [("prose", ""), ("short", ""), ("prose", "")]  # a sentence after it is the story's
    assert split_bars(sentence, [BEFORE, "Xem thêm |", AFTER])[2] == ("prose", "")


def test_a_button_with_its_words_ends_the_box() -> None:
    text = f"{BEFORE} Tuyển sinh 2025 | Đăng ký xét tuyển trực tuyến {AFTER}"
    assert sorted(button_bar_cuts(text)) == [len(BEFORE) + 1, len(text) - len(AFTER) - 1]


def test_the_story_own_pipes_and_numbers_stay() -> None:
    row = "Ngành điện: 32 sinh viên | Ngành cơ khí: 28 sinh viên"
    call = "Bà con liên hệ Phòng Lãnh sự qua số điện thoại (+856) 31 212 827 để được hướng dẫn."
    body = _body(f"{LEAD} {BEFORE} {row} {AFTER} {call} Phương Thảo")
    assert row in body and call in body
