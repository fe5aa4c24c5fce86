"""A label of the page's run into the lead: whose report the page carries (`Nguồn: CMG Tuyến đường sắt
…`, `Nguồn: SBS Theo công ty …`) or what kind of piece it is (`Bài PR Chủ đầu tư Phú Đông Group chính
thức khai trương …`, `Nội dung tài trợ Ngân hàng … ra mắt …`).

A foreign broadcaster's Vietnamese page prints, between its stamp and the story, whose report it
carries; a news site prints over an advertorial its kind (`Bài PR`, `PR`, `Nội dung tài trợ`, `Tài
trợ`) on a line of its own under the menu. The vnsum scrape keeps no break, and once the menu is cut
off (`page_header`) the label opens the lead's unit, where it reads as a credit (`Bài …`, `Nguồn: …`) or
a sentence's subject. The label is the site's, never the story's words: it goes when a word in title
case after it opens a whole sentence of eight words or more, and the lead stays. A source's name must
be an agency's initials in capitals, a word or three (`CMG`, `SBS`, `AFP/TTXVN`): where a name in title
case ends and the sentence starts is unknown (`Nguồn: Báo Mẫu Tỉnh ủy …`). A kind's label inside a
sentence (`… là nội dung tài trợ của …`) or before a name alone is left alone."""

from __future__ import annotations

import re

from ..core.text import CAPITALS, SMALL_LETTERS
from .furniture import signals

__all__ = ["peel_lead_label"]

_NEXT = rf"(?=[{CAPITALS}][{SMALL_LETTERS}])"  # a word in title case opens what follows
_INITIALS = rf"[{CAPITALS}][{CAPITALS}\d&./-]{{1,11}}"
_LABELS = (
    re.compile(rf"^(?:Nguồn|NGUỒN)\s*:\s*{_INITIALS}(?:\s+{_INITIALS}){{0,2}}\s+{_NEXT}"),  # a source's
    re.compile(r"^(?:Bài PR|BÀI PR|PR|Nội dung tài trợ|NỘI DUNG TÀI TRỢ|Tài trợ|TÀI TRỢ)\s*[:|]?\s+" + _NEXT),
)
_LEAD_WORDS = 8


def peel_lead_label(text: str) -> tuple[str, str] | None:
    """(label, lead) of a source's or a paid piece's label run into the lead, or None."""
    found = next((m for m in (label.match(text) for label in _LABELS) if m), None)
    if found is None:
        return None
    rest = text[found.end() :]
    lead = signals(rest)
    if not (lead.sentence and lead.prose and lead.words >= _LEAD_WORDS):
        return None
    return text[: found.end()].strip(), rest
