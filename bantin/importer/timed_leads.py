"""A lead that opens with its hour and day (`Khoảng 3h30 sáng 18/10, xe khách …`, `Đến 17h chiều 28/9,
tỉnh …`, `Rạng sáng 28/10, mưa lớn …`) run after a short line of the page's header with no stop: a
banner (`Tin bão khẩn cấp: Bão số 10 cách Quảng Bình 450 km`, `Tin nóng: …`), the site's weather widget
(`Sa Pa 17°C Mưa nhỏ`), an event's tag (`Vụ lật xe khách trên cao tốc`), a ticker's header, a short
menu. News leads open so, and what stands before such an opening, short, with no stop and no clause
of its own, is no sentence of the story: the lead is cut off it, and `page_header` makes the header a
unit of its own. A line in capitals (the story's heading run into it), a dateline's dash (`QUẢNG NAM
-`), a colon or comma at the cut (`Lộ trình:`), a caption with its credit (`Ảnh: CTV`) and a byline
above the lead (a name the story's credit holds) are never cut off."""

from __future__ import annotations

import re

from .bylines import parse_byline
from .menus import CLAUSE
from .placed import signals
from .whole_leads import whole_lead

__all__ = ["peel_timed_lead"]

# The lead's time: an approximation or a bound (`Khoảng`, `Đến`), an hour (`3h30`, `15 giờ`), a part of
# the day (`rạng sáng`, `chiều`), then the day and month and the clause's comma (`18/10,`, `ngày 14/10,`).
_TIMED = re.compile(
    r"(?<!\S)(?:(?:khoảng|vào|lúc|đến|tới|từ|gần|hơn|trước|sau)\s+)?"
    r"(?:\d{1,2}\s*(?:h|giờ)\s*(?:\d{2}(?:\s*phút)?)?\s+)?"
    r"(?:(?:rạng\s+sáng|sáng\s+sớm|chiều\s+tối|sáng|chiều|tối|trưa|đêm|khuya)\s+)?"
    r"(?:ngày\s+)?\d{1,2}/\d{1,2}(?:/\d{4})?\s*,\s",
    re.IGNORECASE,
)
# A photo's or a source's credit (`Ảnh: CTV`, `(Nguồn: …)`): a caption's, which the story keeps.
_CREDIT = re.compile(r"(?<!\w)(?:Ảnh|Video|Clip|Nguồn|Đồ họa|Đồ hoạ)\s*:")
# The most words a header before the lead holds.
_HEADER_WORDS = 14


def peel_timed_lead(text: str, headed: bool = False) -> tuple[str, str] | None:
    """(header, lead) when `text` is a short header with no stop run into a lead that opens, in a
    capital, with its hour or day and a comma, and goes on as a whole sentence with no furniture; else
    None. `headed`: a header was cut off before `text`, whose last items may hold an item's own comma."""
    for found in _TIMED.finditer(text):
        if not found.group(0)[:1].isupper() or not any(ch.isalpha() for ch in found.group(0)):
            continue  # the time inside a sentence (`… khoảng 3h sáng 18/10, …`), or a bare date
        head, rest = text[: found.start()].strip(), text[found.start() :]
        if not _header(head, headed):
            return None  # the first such opening decides: a sentence before it is the story's
        lead = signals(rest)
        if whole_lead(lead):
            return head, rest
        return None
    return None


def _header(head: str, headed: bool = False) -> bool:
    """A short line of a page's header: a few words, no stop, no clause, no dash or colon at its end,
    not in capitals (a heading of the story), and no writer's byline; after a header cut off, a menu's
    last items may hold an item's own comma (`_item_comma`)."""
    words = head.split()
    items = headed and CLAUSE.search(head) is not None and _item_comma(head)
    if not words or len(words) > _HEADER_WORDS + 4 * items:  # an item with its comma is a long one
        return False
    clause = CLAUSE.search(head) and not items
    if re.search(r"[.!?…]", re.sub(r"(?<=\d)\.(?=\d)", "", head)) or clause:
        return False  # a sentence before the lead (a caption, the lead of a teaser), no header
    if head[-1] in ",:;-–—(\"“'" or head == head.upper():
        return False  # a dateline (`QUẢNG NAM -`), a list's label, a heading in capitals
    if _CREDIT.search(head):
        return False  # a photo's caption with its credit (`… (Ảnh: CTV)`), the story's
    byline = parse_byline(head)
    return byline is None or not byline.author


def _item_comma(head: str) -> bool:
    """`head` is a menu's last items, one of them with its own comma (`Đối ngoại quân sự Tìm kiếm, quy
    tập hài cốt liệt sĩ Đọc báo in`): no grammar word, and after each comma words in small letters
    then an item in capitals, where a sentence's clause holds its grammar words (`của`, `đã`, `và`)."""
    if signals(head).grammar:
        return False
    for part in head.split(",")[1:]:
        words = part.split()
        if len(words) < 2 or not words[0].islower() or not any(word[:1].isupper() for word in words[1:]):
            return False
    return True
