"""A story's last schedule under its own header, run into the byline with no stop between them: a
training's dates (`Lịch tập huấn kỹ thuật tháng 12: 10/12: xã Ngũ Hiệp, tỉnh Đồng Tháp … 19/12: xã Phong
Điền, TP Cần Thơ Ngọc Lan`), a clinic's hours (`Lịch khám chuyên khoa Tim mạch: Thứ Hai - Thứ Sáu: 7h00 -
16h30 Thứ Bảy: 7h00 - 11h00 Đặt lịch khám qua tổng đài: 1900 9095 Phòng Công tác xã hội`). The place or
the number in its last item reads as the site's address or contact box, but a footer's box opens with a
field's label or the site's name (`Viện X. Km 1954, …`, `Địa chỉ: …`), not with the story's own line
announcing a list (four words or more, some in small letters, closed by a colon), and its fields are a
contact's (`Điện thoại:`, `Email:`, `Giờ làm việc:`), not dates or days of the week. Such a unit, right
after the story's last sentence or caption and before the page's chrome or its own byline, stays the
story's; the writer's name closing it after a place the gazetteer knows (`… TP Cần Thơ Ngọc Lan`) is cut
off it first (`schedule_byline_apart`), so the byline is read.
"""

from __future__ import annotations

import re

from ..core.sentences import ends_sentence
from ..tagging.gazetteer import place
from .bylines import is_person, parse_byline
from .furniture import Unit
from .glued_hotlines import REASON as GLUED_HOTLINE
from .story_contacts import furnished

__all__ = ["REASON", "closing_schedules", "schedule_byline_apart"]

#: The reason a schedule closing the story stays.
REASON = "the story's schedule under its own header, run into the byline"

# The story's line announcing the list: four words or more, then its colon, at the unit's start.
_HEADER = re.compile(r"^(?P<header>(?:[^\s:.!?]+\s+){3,}[^\s:.!?]*[^\W_])\s*:\s")
_DAY = r"(?:Thứ (?:Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ nhật)"
# An item's label: a date or a span of dates (`10/12:`, `13-19/12:`), a day or a span of days
# (`Thứ Hai - Thứ Sáu:`, `Thứ Bảy:`).
_DATED = re.compile(
    r"(?<!\S)(?:\d{1,2}(?:\s?[-–]\s?\d{1,2})?/\d{1,2}(?:/\d{2,4})?|"
    + _DAY
    + r"(?:\s?[-–]\s?"
    + _DAY
    + r")?)\s?:\s"
)
# A contact box's fields and hours, which a footer prints and a story's schedule does not.
_CONTACT = re.compile(
    r"địa chỉ|điện thoại|\bđt\b|\bfax\b|e-?mail|hotline|website|làm việc|liên hệ|trụ sở", re.IGNORECASE
)
# What the last item's number or place was read as: a footer's number, address, or hotline run into its
# owner's name (`… tổng đài: 1900 9095 Phòng Công tác xã hội`, `glued_hotlines`).
_CHROME = ("phone number", "street address", GLUED_HOTLINE)
_ITEMS = 2  # dated items at least
# The word before a province's or a city's name (`tỉnh Đồng Tháp`, `TP Cần Thơ`).
_ADMIN = frozenset("tỉnh TP Tp thành phố huyện quận thị xã".split())


def schedule_byline_apart(units: list[Unit]) -> list[Unit]:
    """`units` with the writer's name cut off a schedule closing the story with no stop, right after the
    place its last item names (`… 19/12: xã Phong Điền, TP Cần Thơ Ngọc Lan`): a name of two to four
    words, a person's, after a place the gazetteer knows under its word (`TP`, `tỉnh`, `huyện`)."""
    for i, unit in enumerate(units):
        if ends_sentence(unit.text) or not _schedule(unit.text):
            continue
        words = unit.text.split()
        for n in (2, 3, 4):
            name, head = " ".join(words[-n:]), words[:-n]
            byline = parse_byline(name)
            if not (is_person(name) and byline is not None and byline.author == name):
                continue
            if any(
                len(head) > k and head[-k - 1] in _ADMIN and place(" ".join(head[-k:])) for k in (1, 2, 3)
            ):
                parts = (" ".join(head), name)
                return [*units[:i], *(Unit(unit.block, part) for part in parts), *units[i + 1 :]]
    return units


def closing_schedules(kinds: list[tuple[str, str]], texts: list[str]) -> list[tuple[str, str]]:
    """`kinds` with a schedule closing the story (see the module's docstring) kept as the story's."""
    out = list(kinds)
    for i in range(1, len(out)):
        if out[i] not in (("chrome", reason) for reason in _CHROME) or out[i - 1][0] not in (
            "prose",
            "caption",
        ):
            continue
        if i + 1 < len(out) and out[i + 1][0] not in ("chrome", "byline"):
            continue  # the story goes on after it
        if _schedule(texts[i]):
            out[i] = ("prose", REASON)
    return out


def _schedule(text: str) -> bool:
    """True when `text` opens with a header of the story's announcing dated items."""
    header = _HEADER.match(text)
    if header is None or header.group("header").istitle():  # a speaker's name in capitals
        return False
    if _CONTACT.search(text) or furnished(text):
        return False
    return len(_DATED.findall(text, header.end())) >= _ITEMS
