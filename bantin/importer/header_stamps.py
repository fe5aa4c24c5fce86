"""A page's stamp after a long header of furniture, glued before the lead: a masthead, a language
switcher, a menu and a hotline, then the day (`Đại sứ quán … tại CHDCND Lào Tiếng Việt | English |
ພາສາລາວ Giới thiệu Tin tức Lãnh sự … Đường dây nóng bảo hộ công dân: +856 20 5555 6999 02/09/2024
Nhân kỷ niệm …`), as an embassy's or a portal's page prints it. Longer than the menus `stamps` reads
before a stamp (ten words), it is told by what is in it: no sentence's stop, and the site's furniture
(a bar between items, a phone number, a button's words). The header and the stamp go; the lead, a
sentence of eight words or more opening with a capital, starts after the stamp. A stamp with its day of
the week (`… Cảnh báo: Công an không làm việc qua điện thoại … Chủ nhật, 06/12/2026 Ngày 5/12, …`) is
the site's today, so the header before it goes however few its capitals and whatever its words."""

from __future__ import annotations

import re

from .furniture import signals
from .stamps import BARE_DATE

__all__ = ["peel_header_stamp"]

_STAMP = re.compile(BARE_DATE + r"(?:\s*[-|,]?\s*\d{1,2}[:h]\d{2})?(?![\d/])")
_STOP = re.compile(r"[.!?](?!\d)")
_WEEKDAY = re.compile(r"(?:Thứ (?:Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ nhật)\s*,?\s*$", re.IGNORECASE)
_WINDOW = 400  # characters: a header's, not the story's


def peel_header_stamp(text: str) -> tuple[str, str] | None:
    """(header and stamp, lead) when `text` opens with a long header of furniture and the page's stamp
    before the lead; None otherwise."""
    found = _STAMP.search(text, 0, _WINDOW)
    if found is None:
        return None
    head, rest = text[: found.end()].strip(), text[found.end() :].strip()
    before = text[: found.start()]
    if len(before.split()) < 4 or _STOP.search(before) or not rest[:1].isupper() or len(rest.split()) < 8:
        return None
    found_signals = signals(before)
    furnished = "|" in before or found_signals.strong is not None or found_signals.weak > 0
    # the day of the week before the date: the site's today, never a lead's dateline (`Ngày 5/12, …`)
    weekday = _WEEKDAY.search(before) is not None
    if found_signals.sentence or not (weekday or (furnished and found_signals.capitals >= 0.3)):
        return None
    return head, rest
