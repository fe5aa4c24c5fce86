"""The label of a paid piece run into its lead: `Bài PR Chủ đầu tư Phú Đông Group chính thức khai trương
…`, `Nội dung tài trợ Ngân hàng … ra mắt …`. A news site prints over an advertorial what kind of piece
it is (`Bài PR`, `PR`, `Nội dung tài trợ`, `Tài trợ`), as its own line under the menu; the vnsum scrape
keeps no break, and once the menu is cut off (`page_header`) the label opens the lead's unit, where it
reads as a credit (`Bài …`) or a sentence's subject. The label is the site's, never the story's words:
it is cut off before a word in title case opening a whole sentence of eight words or more; the label
inside a sentence (`… là nội dung tài trợ của …`) or before a name alone is left alone."""

from __future__ import annotations

import re

from bantin.core.text import CAPITALS, SMALL_LETTERS

from .furniture import signals

__all__ = ["peel_sponsor_label"]

_LABEL = re.compile(
    r"^(?:Bài PR|BÀI PR|PR|Nội dung tài trợ|NỘI DUNG TÀI TRỢ|Tài trợ|TÀI TRỢ)\s*[:|]?\s+"
    rf"(?=[{CAPITALS}][{SMALL_LETTERS}])"
)
_LEAD_WORDS = 8


def peel_sponsor_label(text: str) -> tuple[str, str] | None:
    """(label, lead) of a paid piece's label run into the lead, or None."""
    found = _LABEL.match(text)
    if found is None:
        return None
    rest = text[found.end() :]
    lead = signals(rest)
    if not (lead.sentence and lead.prose and lead.words >= _LEAD_WORDS):
        return None
    return text[: found.end()].strip(), rest
