"""A wire-style dateline: the place in capitals, its state or country after a comma, the outlet's tag
in brackets and a dash (`FOUNTAIN VALLEY, California (NV) – `, `HOUSTON, Texas (NV) – `), the first
words of a story as overseas papers print it, or the place and its dash alone (`CẦN THƠ - `). Run in
after a page's header, it is where the lead starts: the header is cut off before the place, not after
the dash, so the dateline stays with the sentence it opens."""

from __future__ import annotations

import re

from bantin.core.text import CAPITALS

_CAPS_WORD = rf"[{CAPITALS}][{CAPITALS}.'’-]*"
_DATELINE_END = re.compile(
    rf"(?:^|\s)(?P<place>{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,3}})"
    r"(?:,\s*[^\W\d_][\w.]*(?:\s+[^\W\d_][\w.]*){0,2})?\s*(?:\([\w.]{2,10}\)\s*)?[-–—]\s*$"
)


def dateline_start(before: str) -> int | None:
    """Where a wire-style dateline ending `before` starts (`… Đỗ Dzũng/Người Việt FOUNTAIN VALLEY,
    California (NV) –` → the index of `FOUNTAIN`), or None when `before` does not end with one. A lone
    capital (`A`) or one word of two letters is no place."""
    found = _DATELINE_END.search(before)
    if not found or len(found.group("place").replace(" ", "")) < 3:
        return None
    return found.start("place")
