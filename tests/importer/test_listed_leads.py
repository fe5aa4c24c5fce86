"""A story that opens with a phrase introducing a list (`Ban tổ chức trao 3 giải A:`) and its items
before its first sentence (`bounds.listed_lead`): the phrase and its items are the story's, in the
layouts that print the lead elsewhere (baomoi's raw page); a menu over the story still goes."""

from __future__ import annotations

from bantin.importer.convert import convert

_ITEMS = [
    "Câu lạc bộ thơ ca phường Phúc Xá",
    "Hội Người cao tuổi huyện Gia Lâm",
    "Hội Người cao tuổi quận Hoàng Mai",
]
_LEAD = "Hội thi năm nay có 28 đội thi với hơn 500 hội viên người cao tuổi đến từ 25 quận, huyện."


def _raw(lines: list[str]) -> bytes:
    title = "Công bố kết quả Hội diễn văn nghệ người cao tuổi"
    return "\n".join([title, "", *lines, "", "", "", _LEAD]).encode()


def test_a_phrase_ending_with_its_colon_and_its_items_open_the_story() -> None:
    lines = ["Ban tổ chức trao 3 giải A cho:", *_ITEMS, "Đội của huyện Gia Lâm có thành viên lớn tuổi nhất là cụ Lê Văn Thìn, 93 tuổi.",
             "Thu Hằng", "Tin cùng chuyên mục", "Bình luận", "Chia sẻ"]  # fmt: skip
    body = convert(_raw(lines), "page.txt", year=2017).body
    for line in lines[:4]:
        assert line in body


def test_a_menu_over_the_story_still_goes() -> None:
    lines = ["Trang chủ", "Văn hóa", "Giải trí", "Đời sống", "Đội của huyện Gia Lâm có thành viên lớn tuổi nhất là cụ Lê Văn Thìn, 93 tuổi.",
             "Thu Hằng", "Tin cùng chuyên mục"]  # fmt: skip
    body = convert(_raw(lines), "page.txt", year=2017).body
    assert "Giải trí" not in body and "Đời sống" not in body
