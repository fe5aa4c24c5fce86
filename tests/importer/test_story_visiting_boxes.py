"""A museum's own story may print its visiting box between two of its sentences (`… khai mạc. | Thông
tin tham quan: Giờ mở cửa … Vé: miễn phí | Trưng bày kéo dài …`): there the box is the story's and stays
(`visiting_boxes.visits_in_story`); the same box after the story's last sentence is the site's and goes."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.visiting_boxes import REASON, visits_in_story

_LEAD = "Bảo tàng tỉnh khai mạc trưng bày chuyên đề về gốm cổ với hơn 150 hiện vật."
_SECOND = (
    "Trưng bày giới thiệu các bình, chum, vò gốm được tìm thấy trong các cuộc khai quật khảo cổ học ở "
    "vùng ven sông từ năm 2010 đến nay."
)
_BOX = "Thông tin tham quan: Giờ mở cửa: 7h30 - 11h00 và 13h30 - 17h00, từ thứ Ba đến Chủ nhật Vé: miễn phí"
_AFTER = "Trưng bày kéo dài đến hết tháng 3/2027; bảo tàng có thuyết minh viên hướng dẫn các đoàn học sinh."


def _page(*lines: str) -> bytes:
    """A news-please page: the title, the description, then the text a paragraph a line."""
    return "\n".join(["Trưng bày chuyên đề gốm cổ", "", _LEAD, "", *lines]).encode()


def test_a_box_between_two_sentences_is_the_story_s() -> None:
    kinds = [("prose", "a"), ("caption", "b"), ("chrome", REASON), ("prose", "c")]
    assert visits_in_story(kinds, ["", "", _BOX, _AFTER])[2][0] == "prose"


def test_a_box_after_the_story_or_before_it_is_the_site_s() -> None:
    after = [("prose", "a"), ("chrome", REASON), ("byline", "b"), ("chrome", "c")]
    assert visits_in_story(after, ["", _BOX, "", ""])[1] == ("chrome", REASON)
    before = [("chrome", REASON), ("prose", "a")]
    assert visits_in_story(before, [_BOX, _AFTER])[0] == ("chrome", REASON)


def test_a_box_before_the_site_s_list_of_events_is_the_site_s() -> None:
    listed = [("prose", "a"), ("chrome", REASON), ("prose", "b")]
    events = "Sự kiện sắp diễn ra Trưng bày “Gốm Chu Đậu” Hành trình di sản Bảo tàng Mẫu."
    assert visits_in_story(listed, ["", _BOX, events])[1] == ("chrome", REASON)


def test_the_story_keeps_its_box_and_the_site_s_goes() -> None:
    inside = convert(_page(_LEAD, _SECOND, _BOX, _AFTER, "Hoàng Phúc"), "page.txt", year=2026)
    assert "Giờ mở cửa" in inside.body and _AFTER in inside.body
    outside = convert(_page(_LEAD, _SECOND, _AFTER, "Hoàng Phúc", _BOX), "page.txt", year=2026)
    assert _AFTER in outside.body and "Giờ mở cửa" not in outside.body
