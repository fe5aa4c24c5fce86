"""A box's header run on into its first item, which opens with the header's own words (`… sinh viên
Thông báo Thông báo học bổng khuyến khích học tập học kỳ II …`, a sidebar of notices after the closing
byline): a sentence never says a word in title case twice in a row, so the header starts a unit there
and its first item another, for the byline before it to stand alone and the box to be judged apart."""

from __future__ import annotations

import re

from ..core.text import CAPITALS, SMALL_LETTERS

__all__ = ["doubled_header_cuts"]

# A header of one to three words opening in a capital, then the same words again opening the next item.
_DOUBLED = re.compile(
    rf"(?<!\S)(?P<header>[{CAPITALS}][{SMALL_LETTERS}]+(?: [{SMALL_LETTERS}]+){{0,2}}) (?P=header)(?= \S)"
)


def doubled_header_cuts(text: str) -> list[int]:
    """Where each such header and the item after it start in `text` (none at the text's start)."""
    cuts = []
    for found in _DOUBLED.finditer(text):
        if found.start() > 0:
            cuts.append(found.start())
        cuts.append(found.end("header") + 1)
    return cuts
