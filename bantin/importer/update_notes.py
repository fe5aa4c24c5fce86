"""The page's note of its last update, glued before the lead: `Trang này đã được cập nhật lúc 23:50
GMT`, `Cập nhật lần cuối lúc 20:15 GMT`, `Cập nhật 2 Th12 2024 lúc 14:20 AEDT`. A foreign
broadcaster's Vietnamese page prints it under a share button, in a time zone of its own (GMT, UTC,
AEDT), with no date in the Vietnamese shape `stamps` knows; run into the lead it reads as a sentence
(`Trang này đã được …`) and the header is not cut off. The note says the page was updated at a time,
which no sentence of a story opens with: the time (`lúc 23:50`) or a zone closes it, a button or two
(`Chia sẻ`) may stand before it, a sentence of eight words or more opening with a capital follows. The
note goes, the lead stays; anything else is left alone."""

from __future__ import annotations

import re

from ..core.text import CAPITALS
from .dates import ZONE

# A date a note may hold before its time (`2 Th12 2024`, `05/12/2024`, `2 tháng 12 2024`).
_DATE = r"(?:\d{1,2}\s*(?:/\s*\d{1,2}\s*/\s*\d{4}|\s+(?:Th|tháng)\s*\d{1,2}(?:\s*,?\s*\d{4})?)\s*,?\s*)"
_NOTE = re.compile(
    rf"^(?P<before>(?:[{CAPITALS}][^\W\d_]*\s+){{0,3}}?)"
    r"(?P<note>(?:trang\s+này\s+)?(?:đã\s+)?(?:được\s+)?cập\s+nhật(?:\s+lần\s+cuối)?\s*:?\s*"
    rf"(?:(?:lúc|vào)\s+)?{_DATE}?(?:lúc\s+)?\d{{1,2}}[:h.]\d{{2}}(?:\s*(?:am|pm|sáng|chiều|tối))?"
    rf"(?:\s*\(?{ZONE}(?:\s*[+-]\s*\d{{1,2}})?\)?)?)\s+(?=[{CAPITALS}])",
    re.IGNORECASE,
)
_LEAD_WORDS = 8


def peel_update_note(text: str) -> tuple[str, str] | None:
    """(buttons and note, lead) of an update's note glued before the lead, or None."""
    found = _NOTE.match(text)
    if found is None:
        return None
    note = found.group("note")
    if not (re.search(r"\blúc\b", note, re.IGNORECASE) or re.search(ZONE, note)):
        return None  # `Cập nhật 10 ngôi sao …`: an update's words, no time of one
    rest = text[found.end() :].strip()
    if len(rest.split()) < _LEAD_WORDS:
        return None
    return text[: found.end()].strip(), rest
