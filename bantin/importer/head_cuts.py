"""Where the page's head run into the lead ends, so that the lead's own opening stays with it.

A cut the splitter makes before the lead's first word (`… Nghe | In bài HÀ NỘI -` | `Sáng 16/12, …`)
leaves the story's dateline at the end of the head, and the head goes whole: a dateline in capitals
and a dash (`HÀ NỘI -`, `TP HỒ CHÍ MINH (TTXVN) -`), an agency's tag and a dash (`(TTXVN) -`), or a
place's name in title case and a colon before a lead opening with its time (`Kiên Giang: Sáng 28/11,
…`) opens the sentence after it, so the cut moves to where the dateline starts. A field's label in
sentence case (`Thời gian: Sáng 5/1, …`) is no place's name and keeps its cut.

A follow button run into the lead (`Theo dõi Báo Pháp luật trên Google News 16 giờ chiều 9/12, …`)
is cut off it, the lead starting after the network's name."""

from __future__ import annotations

import re

from bantin.core.text import CAPITALS, SMALL_LETTERS

__all__ = ["follow_cuts", "keep_datelines"]

_CAPS_WORD = rf"[{CAPITALS}][{CAPITALS}.'’]*"
_TITLE_WORD = rf"[{CAPITALS}][{SMALL_LETTERS}]+"
# The dateline ending the text before a cut: a place in capitals with its agency's tag or not, or the
# tag alone, then a dash; or a place in title case (two words at least) and a colon.
_DATELINE = re.compile(
    rf"(?:(?<=\s)|^)(?:(?P<caps>{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,4}})(?:\s*\([\w.]{{2,12}}\))?\s*[-–—]"
    rf"|\([{CAPITALS}][\w.&]{{1,11}}\)\s*[-–—]"
    rf"|(?P<place>{_TITLE_WORD}(?:\s+{_TITLE_WORD}){{1,3}})\s*:)\s*$"
)
# An agency's tag opening the lead, and the place in capitals before it.
_TAG = re.compile(r"\([\w.&]{2,12}\)\s*[-–—]")
_PLACE = re.compile(rf"(?:(?<=\s)|^)(?P<caps>{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,4}})$")
# A lead opening with its time (after a place's colon).
_TIMED = re.compile(r"(?:Sáng|Chiều|Tối|Trưa|Đêm|Rạng sáng|Ngày|Hôm|Khoảng|Vào|Lúc|\d{1,2}\s*(?:h|giờ|/))")
# A follow button: `Theo dõi <the site> trên Google News`, before a word in a capital or a figure.
_FOLLOW = re.compile(
    r"(?<!\w)Theo dõi\s+\S(?:[^.!?\n]{0,60}?)\s+trên\s+(?:Google News|Google Tin tức|Zalo|Facebook|YouTube|"
    rf"TikTok)(?=\s+[\d{CAPITALS}])"
)


def keep_datelines(parts: list[str]) -> list[str]:
    """`parts` (a paragraph's units in order) with a dateline ending one before a sentence moved to the
    start of the next."""
    out = list(parts)
    for i in range(len(out) - 1):
        after = out[i + 1]
        found = _DATELINE.search(out[i])
        if found is None and _TAG.match(after):  # `TP HỒ CHÍ MINH` | `(TTXVN) - Sáng …`: the place
            found = _PLACE.search(out[i])
        if found is None or not (after[:1].isupper() or _TAG.match(after)):
            continue
        caps = found.group("caps")
        if caps is not None and len(caps.replace(" ", "")) < 3:
            continue  # a lone capital or a short word is no place
        if found.groupdict().get("place") is not None and not _TIMED.match(after):
            continue
        out[i], out[i + 1] = out[i][: found.start()].rstrip(), f"{found.group(0).strip()} {after}"
    return [part for part in out if part]


def follow_cuts(text: str) -> list[int]:
    """Where a lead run on after a follow button starts."""
    return [m.end() for m in _FOLLOW.finditer(text)]
