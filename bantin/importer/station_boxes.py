"""A station's or a portal's box run into the story between two of its sentences, which a one-line
scrape prints with no stop: the station's frequency (`Phát thanh trực tiếp FM 105,2 MHz`), its
programme's slot after a dash (`Hà Tĩnh 24h - Bản tin tổng hợp lúc 20h hằng ngày`), a lookup of the
day with its button (`Lịch cắt điện hôm nay - Tra cứu`). A story says when a programme airs in a
sentence with its stop (`Bản tin phát lúc 20h hằng ngày.`); the box has none, and ends on its
frequency, its daily slot or its button right before a capital from which a whole sentence of eight
words or more runs. Where it starts and ends, a unit does (`units.split_units`), and the unit alone
is the site's (`unit_kinds`)."""

from __future__ import annotations

import re

from ..core.sentences import glued_after_stop, sentence_after
from ..core.text import CAPITALS

__all__ = ["STATION_BOX", "station_box", "station_box_cuts"]

#: The reason such a box is the site's.
STATION_BOX = "a station's frequency, a programme's daily slot or a lookup's button, run into the story"

_FREQUENCY = rf"[{CAPITALS}][^.!?…\d]{{0,40}}?FM\s?\d{{2,3}}(?:[.,]\d{{1,2}})?\s?MHz"
_DAILY = r"lúc\s\d{1,2}(?:h|giờ)(?:\d{2})?\s(?:hằng|hàng)\sngày"  # `lúc 20h hằng ngày`
_SLOT = rf"[{CAPITALS}][^.!?…]{{0,30}}?\s[-–]\s[^.!?…]{{0,40}}?{_DAILY}"
_LOOKUP = rf"[{CAPITALS}][^.!?…\d]{{0,40}}?\shôm nay\s[-–]\s(?:Tra cứu|Xem ngay|Xem chi tiết)"
_WHOLE = re.compile(rf"(?:{_FREQUENCY}|{_SLOT}|{_LOOKUP})")
_GLUED = re.compile(rf"(?<=[.!?…”])\s+(?P<box>{_WHOLE.pattern})(?=\s+[{CAPITALS}])")


def station_box(text: str, paragraph: str) -> bool:
    """`text` is such a box, whole, glued after a sentence's stop in `paragraph`, the block it was cut
    from (alone on its line, a table's cell or a programme's own line is left to other readers)."""
    stripped = text.strip()
    return glued_after_stop(stripped, paragraph) and _WHOLE.fullmatch(stripped) is not None


def station_box_cuts(text: str) -> set[int]:
    """Where such boxes in `text` start and end (none: an empty set)."""
    cuts: set[int] = set()
    for found in _GLUED.finditer(text):
        after = len(text) - len(text[found.end() :].lstrip())
        if sentence_after(text, after, 8) is not None:
            cuts.update((found.start("box"), found.end("box")))
    return cuts
