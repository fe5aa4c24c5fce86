"""The label of a related link inside a one-line story that the scrape set apart as a unit of its own,
`Đọc tiếp:` as well as `Xem thêm:`, and one under an arrow (`>> Xem thêm:`): the headline run into the
story's next sentence after it is cut off and goes (`linked_headlines`); the sentence stays."""

from __future__ import annotations

from bantin.importer.furniture import LINKED_HEADLINE, Unit
from bantin.importer.linked_headlines import linked_headline_apart

_HEAD = "Mức phạt lỗi không xuất trình giấy phép lái xe từ năm 2027"
_SENTENCE = "Người dân có thể tra cứu toàn văn các văn bản trên Cổng thông tin điện tử Chính phủ."


def _split(label: str, text: str) -> list[tuple[str, str]]:
    units = [Unit(0, label, True, "a label"), Unit(0, text)]
    return [(unit.text, unit.reason) for unit in linked_headline_apart(units)][1:]


def test_a_headline_under_a_read_on_label_is_cut_off_the_sentence() -> None:
    for label in ("Đọc tiếp", "Đọc tiếp:", "ĐỌC TIẾP:"):
        assert _split(label, f"{_HEAD} {_SENTENCE}") == [
            (_HEAD, LINKED_HEADLINE),
            (_SENTENCE, "article text"),
        ]


def test_a_headline_under_an_arrowed_label_is_cut_off_the_sentence() -> None:
    head = "Nữ công nhân được hỗ trợ tiền thuê nhà dịp cuối năm"
    sentence = "Năm tới, hội dự kiến nhân rộng mô hình tại các phường có đông công nhân."
    for label in (">> Xem thêm", ">> Xem thêm:", "» Tin liên quan"):
        assert _split(label, f"{head} {sentence}") == [(head, LINKED_HEADLINE), (sentence, "article text")]


def test_a_sentence_after_another_label_stays_whole() -> None:
    text = f"{_HEAD} {_SENTENCE}"
    assert _split("Chia sẻ", text) == [(text, "article text")]
