"""Where a photo's credit stops when the page runs the next sentence into it: before a place's head
word opening that sentence (`Ảnh: Thu Chung` | `Vịnh Hạ Long đón …`), before a word that opens a
sentence and never a name (`Ảnh: Hoàng Phương` | `Ông Nguyễn Văn Mười (xã …`), and before an
interview's marks (`Ảnh: NAM TRẦN` | `* Kế hoạch …?`)."""

from __future__ import annotations

import pytest

from bantin.importer.captions import parse_credit


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("Thu Chung Vịnh Hạ Long đón 160.000 lượt khách. Vịnh Hạ Long", "Thu Chung"),
        ("Minh Đức Sông Hồng dâng cao. Sông Hồng", "Minh Đức"),
        ("Minh Châu Hà Nội ghi nhận 20 ca. Hà Nội", "Minh Châu"),  # a name that is also a place's head
    ],
)
def test_a_places_head_word_opens_the_next_sentence_after_a_credit(text: str, credit: str) -> None:
    names = frozenset({"Hạ Long", "Sông Hồng", "Hà Nội"})  # pairs the page prints more than once
    found, cut = parse_credit(text, names)
    assert found == credit
    assert text[cut:].startswith(text[len(credit) :].strip())


@pytest.mark.parametrize(
    ("text", "credit", "rest"),
    [
        (
            "Hoàng Phương Ông Nguyễn Văn Mười (xã Tân Thành) cho biết",
            "Hoàng Phương",
            "Ông Nguyễn Văn Mười (xã",
        ),
        ("NAM TRẦN * Kế hoạch sắp tới của chị?", "NAM TRẦN", "* Kế hoạch"),
        ("MINH AN • Giá lúa hôm nay", "MINH AN", "• Giá lúa"),
        ("Trọng Đức (TTXVN)", "Trọng Đức", "(TTXVN)"),  # the agency in brackets, as before
    ],
)
def test_a_credit_stops_before_what_opens_the_next_sentence(text: str, credit: str, rest: str) -> None:
    found, cut = parse_credit(text)
    assert (found, text[cut:][: len(rest)]) == (credit, rest)
