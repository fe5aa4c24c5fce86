"""A box of two links between a pipe, alone on its line inside the story (`Giá cà phê hôm nay | Giá sầu
riêng hôm nay`, `Kết quả SEA Games 33 hôm nay | Bảng tổng sắp huy chương` between a quote and the
photo), as a one-line-per-paragraph scrape prints a site's box of services. `link_bars` takes three
links or more glued after a sentence's stop; two alone on a line read as a headline. A writer joins two
phrases with a comma or a dash, never a pipe; a table's row of headers is short cells
(`Loại đất | Diện tích (triệu ha)`), a byline's two names have no word in lower case
(`Minh Anh | Ngọc Hà`), a credit or a field has its colon. So: exactly two items, each of three to
seven words opening with a capital, each with a word in lower case, with no stop, colon, comma or
bracket, the line the block's whole text."""

from __future__ import annotations

import re

from ..core.text import CAPITALS

__all__ = ["LINK_PAIR", "link_pair"]

#: The reason such a box is the site's.
LINK_PAIR = "a site's box of two links between a pipe, alone on its line inside the story"

_ITEM = rf"[{CAPITALS}][^\s|.!?:;,()\[\]“”\"]*(?:\s[^\s|.!?:;,()\[\]“”\"]+){{2,6}}"
_PAIR = re.compile(rf"(?P<first>{_ITEM})\s\|\s(?P<second>{_ITEM})")


def link_pair(text: str, paragraph: str) -> bool:
    """`text`, the whole of `paragraph` (the block it was cut from), is such a box."""
    stripped = text.strip()
    found = _PAIR.fullmatch(stripped)
    if found is None or stripped != paragraph.strip():
        return False
    return all(any(word[:1].islower() for word in found.group(part).split()) for part in ("first", "second"))
