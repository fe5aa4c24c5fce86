"""A caption's credit glued to the next sentence with no space (`Ảnh: VinaconexCao tốc …`) ends where a
word the page prints on its own elsewhere ends (`(Vinaconex)` in the lead), though the word is no
Vietnamese syllable: the next sentence keeps its first words (`captions._splits_inside`,
`repeated_names.printed_alone`). A brand whose glued halves the page never prints alone stays whole."""

from __future__ import annotations

from bantin.importer.captions import parse_credit
from bantin.importer.convert import convert
from bantin.importer.repeated_names import printed_alone

_NEXT = "Cao tốc Biên Hòa - Vũng Tàu dài 53,7 km, dự kiến thông xe toàn tuyến trước ngày 30/4/2027."


def _page() -> bytes:
    content = "".join(
        (
            "Ngày 4/12, Công ty Xây dựng Mẫu (Hancorp) hoàn thành gói thầu cuối của cao tốc Biên Hòa - Vũng Tàu. ",
            "Gói thầu dài 8,2 km, về đích sớm 30 ngày. ",
            "Công nhân thảm lớp bê tông nhựa mặt đường. Ảnh: Hancorp",
            _NEXT,
        )
    )
    return (
        "Title: Hoàn thành gói thầu cuối cao tốc\nSource: Hancorp\nLink: https://hancorp.example.vn/goi-thau.html\n"
        "Published Date: 2026-12-04T10:00:00+07:00\nAuthor: \nTags: None\nSummary: Gói thầu về đích sớm.\n"
        f"Content: {content}\n"
    ).encode()


def test_a_credit_glued_to_the_next_sentence_ends_where_the_lone_word_does() -> None:
    body = convert(_page(), "p.txt", year=2026).body
    assert _NEXT in body
    assert "Ảnh: Hancorp" in body
    assert parse_credit("HancorpCao tốc Biên Hòa", frozenset())[0] != "Hancorp"  # the page tells


def test_a_brand_never_printed_in_halves_stays_whole() -> None:
    lone = printed_alone("Kênh YouTube của nhà hát có 2 triệu lượt xem.")
    assert "You" not in lone
    assert parse_credit("YouTube Nhà hát", lone)[0].startswith("YouTube")
