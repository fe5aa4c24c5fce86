"""`Đọc nhiều` / `Xem nhiều` opening a unit before a capital (`Đọc nhiều Khánh Hòa tổ chức …`) heads a
list of other stories, as `Đọc nhiều nhất` does; before a word in lower case it is a sentence's verb
(`Đọc nhiều sách giúp …`) and stays (`vocabulary.RELATED_LEADS`, `furniture.SURE`)."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.furniture import signals

_LAST = "Ban tổ chức trao 120 huy chương cho các vận động viên về đích trong thời gian quy định."


def _page(tail: str) -> bytes:
    return (
        "Title: Giải chạy ven biển thu hút 5.000 người\nSource: Sở Thể thao Mẫu\n"
        "Link: https://thethao.example.vn/giai-chay.html\nPublished Date: 2026-11-29T08:15:00+07:00\n"
        "Author: \nTags: None\nSummary: Giải chạy ven biển thu hút 5.000 người tham gia.\n"
        f"Content: Giải chạy ven biển thu hút 5.000 người tham gia. {_LAST} {tail}\n"
    ).encode()


def test_the_header_before_a_capital_is_sure_furniture() -> None:
    assert signals("Đọc nhiều Khánh Hòa tổ chức giải bơi vượt biển 2027").sure
    assert signals("Xem nhiều Hà Nội khai trương phố đi bộ mới").sure


def test_the_verb_before_a_small_letter_is_a_sentence_s() -> None:
    assert not signals("Đọc nhiều sách giúp học sinh mở rộng vốn từ và hiểu biết.").sure


def test_the_most_read_box_after_the_byline_goes() -> None:
    tail = "Anh Khoa Đọc nhiều Khánh Hòa tổ chức giải bơi vượt biển 2027 Sở Thể thao Mẫu."
    converted = convert(_page(tail), "p.txt", year=2026)
    assert _LAST in converted.body
    assert "giải bơi" not in converted.body
    assert converted.front.author == "Anh Khoa"
