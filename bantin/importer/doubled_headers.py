"""A box's header run on into its first item, which opens with the header's own words (`… sinh viên
Thông báo Thông báo học bổng khuyến khích học tập học kỳ II …`, a sidebar of notices after the closing
byline): a sentence never says a word in title case twice in a row, so the header starts a unit there
and its first item another, for the byline before it to stand alone and the box to be judged apart."""

from __future__ import annotations

import re

from ..core.text import CAPITALS, SMALL_LETTERS

__all__ = ["doubled_header_cuts"]

# A header of two or three words opening in a capital after a word in small letters (the byline's last),
# then the same words again opening the next item, which goes on in small letters (`… sinh viên Thông
# báo Thông báo học bổng …`); not one word said twice (`Lời Chúa Chúa Nhật`, `Vy Vy`: a name's), nor a
# name's last words before a menu's item (`Kinh tế & Đô thị Đô thị Giao thông`).
_DOUBLED = re.compile(
    rf"(?<=[{SMALL_LETTERS}] )(?P<header>[{CAPITALS}][{SMALL_LETTERS}]+(?: [{SMALL_LETTERS}]+){{1,2}}) "
    rf"(?P=header)(?= [{SMALL_LETTERS}])"
)


def doubled_header_cuts(text: str) -> list[int]:
    """Where each such header and the item after it start in `text` (none at the text's start)."""
    cuts = []
    for found in _DOUBLED.finditer(text):
        if found.start() > 0:
            cuts.append(found.start())
        cuts.append(found.end("header") + 1)
    return cuts
