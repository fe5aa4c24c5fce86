"""A dateline the scraper glued to the lead's first word (`CẦN THƠ -Theo Hiệp hội …`, `(HNP)Chiều 2/12,
…`): the place in capitals and its dash, or the outlet's tag in brackets, then a word in title case with
no space. The space is put back, so the lead's first word is read as one (`Theo`, `Chiều`, a word a lead
starts with) and the dateline as the lead's, as when the page printed them apart."""

from __future__ import annotations

import re

from ..core.text import CAPITALS, SMALL_LETTERS

__all__ = ["space_glued_dateline"]

# A place in capitals, a word of two letters at least (`HÀ NỘI -`, `HUẾ -`), and its dash glued to a word
# in title case; or an outlet's tag in brackets (`(HNP)`, `(PLO)`) so glued. A name's hyphen has no space
# before it (`Jae-hyun`), and a tag in brackets is no word's own end.
_GLUED_DATELINE = re.compile(
    rf"(?:(?<![^\s])[{CAPITALS}]{{2,}}(?:\s[{CAPITALS}]{{2,}}){{0,3}}\s[-–]|(?<![^\s])\([{CAPITALS}][\w.&]{{1,12}}\))"
    rf"(?=[{CAPITALS}][{SMALL_LETTERS}])"
)


def space_glued_dateline(text: str) -> str:
    """`text` with a space after each dateline glued to the next word (`CẦN THƠ -Theo` → `CẦN THƠ - Theo`)."""
    return _GLUED_DATELINE.sub(lambda found: f"{found.group(0)} ", text)
