"""A wire-style dateline: the place in capitals, its state or country after a comma, the outlet's tag
in brackets and a dash (`FOUNTAIN VALLEY, California (NV) – `, `HOUSTON, Texas (NV) – `), the first
words of a story as overseas papers print it, or the place and its dash alone (`CẦN THƠ - `). Run in
after a page's header, it is where the lead starts: the header is cut off before the place, not after
the dash, so the dateline stays with the sentence it opens."""

from __future__ import annotations

import re

from ..core.text import CAPITALS

_CAPS_WORD = rf"[{CAPITALS}][{CAPITALS}.'’-]*"
_DATELINE_END = re.compile(
    rf"(?:^|\s)(?P<place>{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,3}})"
    r"(?:,\s*[^\W\d_][\w.]*(?:\s+[^\W\d_][\w.]*){0,2})?\s*\([\w.]{2,10}\)\s*[-–—]\s*$"
)
# … or the place alone before its dash, in letters only: two words (`CẦN THƠ -`, `LONG AN -`) or one with
# a Vietnamese mark (`HUẾ -`); one word of plain capitals is an outlet's tag (`VOV -`, `VOV.VN -`).
_PLACE_DASH = re.compile(
    rf"(?:^|\s)(?P<place>[{CAPITALS}]{{2,}}(?:\s+[{CAPITALS}]{{2,}}){{0,3}})\s*[-–—]\s*$"
)


def dateline_start(before: str) -> int | None:
    """Where a wire-style dateline ending `before` starts (`… Đỗ Dzũng/Người Việt FOUNTAIN VALLEY,
    California (NV) –` → the index of `FOUNTAIN`), or None when `before` does not end with one. A lone
    capital (`A`) or one word of two letters is no place."""
    found = _DATELINE_END.search(before)
    if found is None and (alone := _PLACE_DASH.search(before)) is not None:
        place = alone.group("place")
        found = alone if " " in place or not place.isascii() else None
    if not found or len(found.group("place").replace(" ", "")) < 3:
        return None
    return found.start("place")
