"""A site's appeal to its readers for support under the story (`Ủng hộ Tạp chí X` | `Sự ủng hộ của bạn
giúp chúng tôi …` | `Ủng hộ ngay`) goes whole: its header, its words to the reader and its button
(`support_boxes`); a story's own appeal, with no button under it, or a header with no words to the
reader, stays as it was judged."""

from __future__ import annotations

from bantin.importer.support_boxes import support_boxes

_HEADER = "Ủng hộ Tạp chí Khảo cổ học"
_SAID = "Mỗi đóng góp của bạn giúp chúng tôi duy trì các bài viết miễn phí cho mọi người."


def _kinds(texts: list[str]) -> list[str]:
    return [kind for kind, _ in support_boxes([("prose", "")] * len(texts), texts)]


def test_the_box_goes_whole() -> None:
    texts = ["Cuộc khai quật sẽ tiếp tục vào mùa khô năm sau.", "Hoàng Lan", _HEADER, _SAID, "Ủng hộ ngay"]
    assert _kinds(texts) == ["prose", "prose", "chrome", "chrome", "chrome"]
    two = [
        "Hoàng Lan",
        "Đồng hành cùng Báo Làng Nghề",
        _SAID,
        "Bạn có thể ủng hộ qua ví điện tử.",
        "Đóng góp ngay",
    ]
    assert _kinds(two) == ["prose", "chrome", "chrome", "chrome", "chrome"]


def test_what_is_no_such_box_stays() -> None:
    appeal = ["Ủng hộ gia đình anh Tuấn", "Mọi sự ủng hộ của bạn đọc xin gửi về tài khoản 0123 4567 89."]
    assert _kinds(appeal) == ["prose", "prose"]  # no button: the story's appeal
    unsaid = [_HEADER, "Tạp chí ra mỗi tháng một số.", "Ủng hộ ngay"]
    assert _kinds(unsaid)[:2] == ["prose", "prose"]  # no word to the reader
    sentence = ["Ủng hộ Quỹ Vì người nghèo, các doanh nghiệp đã góp 2 tỷ đồng.", _SAID, "Ủng hộ ngay"]
    assert _kinds(sentence)[:2] == ["prose", "prose"]  # a sentence, no header
