"""A line of the story's own words closing with a colon over items opened by their marks (`Nội dung chính
của biên bản:` | `- Giá mua: …, tính …` | `- Thời hạn: …`) is the story's, though it opens as a box's
header does (`Nội dung`) and its first item reads as a sentence: between two of the story's paragraphs
it introduces the list (`tables.story_tables`). A box's header of no words of the story's (`Nội dung
chính:`) is left as it was."""

from __future__ import annotations

from bantin.importer.furniture import signals
from bantin.importer.tables import BOX_HEADER, INTRODUCES, story_tables


def _kinds(texts: list[str], kinds: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return story_tables(kinds, [signals(t) for t in texts], texts)


def test_a_header_of_the_storys_words_over_marked_items_stays() -> None:
    texts = [
        "Ngày 1/12, hợp tác xã ký hợp đồng bán 800 tấn bưởi da xanh cho một công ty xuất khẩu.",
        "Nội dung chính của hợp đồng:",
        "- Giá mua: 24.000 đồng/kg, tính theo giá thị trường nếu giá thị trường cao hơn",
        "- Thời hạn: từ tháng 1 đến tháng 12/2027",
    ]
    kinds = [("prose", "s"), ("chrome", BOX_HEADER), ("prose", "s"), ("short", "h")]
    assert _kinds(texts, kinds)[1] == ("prose", INTRODUCES)


def test_a_header_over_a_plain_paragraph_is_left_alone() -> None:
    texts = [
        "Ngày 1/12, hợp tác xã ký hợp đồng bán 800 tấn bưởi da xanh cho một công ty xuất khẩu.",
        "Nội dung chính của hợp đồng:",
        "Hợp tác xã cam kết giao đủ sản lượng theo từng tháng cho công ty.",
    ]
    kinds = [("prose", "s"), ("chrome", BOX_HEADER), ("prose", "s")]
    assert _kinds(texts, kinds)[1] == ("chrome", BOX_HEADER)
