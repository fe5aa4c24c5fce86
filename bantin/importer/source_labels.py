"""The source's label run into the lead: `Nguồn: CMG Tuyến đường sắt …`, `Nguồn: SBS Theo công ty …`.
A foreign broadcaster's Vietnamese page prints, between its stamp and the story, whose report it
carries; the scrape keeps no break, and the label's field (`Nguồn:`) starts a unit whose first
sentence is then the story's lead. The name is an agency's initials in capitals, a word or three
(`CMG`, `SBS`, `AFP/TTXVN`), before a word in title case that opens a sentence of eight words or
more: the label goes, the lead stays. A name in title case is left alone, since where it ends and the
sentence starts is unknown (`Nguồn: Báo Mẫu Tỉnh ủy …`)."""

from __future__ import annotations

import re

from bantin.core.text import CAPITALS, SMALL_LETTERS

from .furniture import signals

_LABEL = re.compile(
    rf"^(?:Nguồn|NGUỒN)\s*:\s*[{CAPITALS}][{CAPITALS}\d&./-]{{1,11}}(?:\s+[{CAPITALS}][{CAPITALS}\d&./-]{{1,11}}){{0,2}}"
    rf"\s+(?=[{CAPITALS}][{SMALL_LETTERS}])"
)
_LEAD_WORDS = 8


def peel_source_label(text: str) -> tuple[str, str] | None:
    """(label, lead) of a source's label in capitals run into the lead, or None."""
    found = _LABEL.match(text)
    if found is None:
        return None
    rest = text[found.end() :]
    lead = signals(rest)
    if not (lead.sentence and lead.prose and lead.words >= _LEAD_WORDS):
        return None
    return text[: found.end()].strip(), rest
