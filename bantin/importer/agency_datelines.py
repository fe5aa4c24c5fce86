"""A correspondent's dateline run into the summary's words: the place the story was sent from, its day
and the agency in brackets, then a dash (`… 中文 Hà Nội, 5/12 (TTXVN) - | Nhân chuyến thăm …`,
`… ESP Viêng Chăn (Nhân Dân) - | Sáng 25/7, …`), as the wires and the papers' correspondents abroad
print it. The summary skips it, but it is the lead's first words, not the end of the menu before it:
the story starts at the place. A place is one to four words each opening in a capital (`Phnôm Pênh`,
`TP Hồ Chí Minh`), not a menu's item in capitals before it nor a pair's second name after its dash
(`Quan hệ Việt Nam - Campuchia`); the agency's bracket holds a short name (`TTXVN`, `VOV`, `Nhân Dân`).
A company's press release opens the same way with no agency, its day whole with its year (`… Tin
Sacombank STB 34.150 +0,89% TP.HCM, ngày 28/10/2024 – | Lũy kế 9 tháng …`), its place's name maybe
shortened with a point (`TP.HCM`), and so does a wire's release, its tag after the day (`SINGAPORE, ngày 5
tháng 12 năm 2024 /PRNewswire/ --`, `TOKYO--(BUSINESS WIRE)--`): a menu's items in title case before a
place in capitals (`… Tiếng Việt BÌNH DƯƠNG, Việt Nam, …`) are the menu's, as capitals before a place in
title case are."""

from __future__ import annotations

import re

from ..core.text import CAPITALS
from .furniture import Unit

__all__ = ["agency_dateline", "dateline_back"]

_CAP_WORD = rf"[{CAPITALS}][^\W\d_]*(?:[-'’][^\W\d_]+)*"
_DATELINE = re.compile(
    rf"(?<!\S)(?P<place>{_CAP_WORD}(?:\s+{_CAP_WORD}){{0,3}})"
    r"(?:\s*,\s*(?:ngày\s+)?\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?)?"
    r"\s*\((?P<agency>[\w.+&]{2,15}(?:\s[\w.]{2,12})?)\)\s*[-–—]\s*$"
)
_PLACE_WORD = rf"[{CAPITALS}][^\W\d_]*(?:[-'’.][^\W\d_]+)*"
_PLACE = rf"{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,3}}"
_DAY = r"(?:[Nn]gày\s+)?\d{1,2}(?:\s*/\s*\d{1,2}\s*/\s*\d{4}|\s+tháng\s+\d{1,2}\s*,?\s+năm\s+\d{4})"
_WIRE_TAG = r"(?:\s*/[A-Za-z][\w ]{1,24}/|\s*[-–—]{0,2}\s*\([\w.+&][\w .+&]{1,24}\))"  # `/PRNewswire/`
# A wire's release: the place (with its country after a comma: `BÌNH DƯƠNG, Việt Nam`), then its whole
# day and the wire's tag (`, ngày 5 tháng 12 năm 2024 /PRNewswire/ --`, `, 27 tháng 11 năm 2024 -
# (ACN Newswire) -`), or the wire's name between dashes before the day (`- Media OutReach Newswire -
# Ngày 10 tháng 12 năm 2024 -`), or the tag alone between double dashes (`TOKYO--(BUSINESS WIRE)--`).
_RELEASE = re.compile(
    rf"(?<!\S)(?P<place>{_PLACE})(?:\s*,\s*{_PLACE})?"
    rf"(?:\s*,\s*{_DAY}{_WIRE_TAG}?|\s*[-–—]\s*{_PLACE}\s*[-–—]\s*{_DAY}|\s*--\s*\([\w .]{{2,25}}\)\s*-)"
    r"\s*[-–—]{1,2}\s*$"
)


def agency_dateline(head: str) -> int | None:
    """Where a correspondent's dateline ending `head` (what stands before the summary's words) starts,
    or None when `head` does not end with one."""
    found = _DATELINE.search(head) or _RELEASE.search(head)
    if found is None:
        return None
    words = found.group("place").split()
    start = found.start()
    mixed = any(not word.isupper() for word in words)
    # `ESP Viêng Chăn`: a menu's item in capitals before the place; `Việt Nam - Campuchia Phnôm Pênh`:
    # the second name of a pair, which its dash ties to the words before
    while len(words) > 1 and (
        (mixed and words[0].isupper() != words[-1].isupper()) or head[:start].rstrip().endswith(("-", "–"))
    ):
        start = head.index(words[1], start + len(words[0]))
        words.pop(0)
    return start


def dateline_back(units: list[Unit]) -> list[Unit]:
    """The correspondent's dateline cut off the lead at the agency's dash (`… Chủ đề: Quan hệ Việt Nam -
    Campuchia Phnôm Pênh, 11/12 (TTXVN) -` | `Chiều 11/12, …`), or a place's name under its colon after
    the page's stamp (`… > Diễn tập 29-11-2024 Kiên Giang:` | `Sáng 28/11, …`), goes back to open it: the
    first unit among the page's first ones that ends with a dateline gives it to the next unit of its
    block."""
    for lead in range(1, min(len(units), max(8, len(units) // 3))):
        before, unit = units[lead - 1], units[lead]
        first = lead - 1
        if lead >= 2 and _DAY_ALONE.fullmatch(before.text) and units[lead - 2].block == before.block:
            first, before = (
                lead - 2,
                Unit(before.block, f"{units[lead - 2].text} {before.text}"),
            )  # its day cut off
        start = agency_dateline(before.text)
        start = _placed_after_stamp(before.text, unit.text) if start is None else start
        if start is None or before.block != unit.block or not unit.text[:1].isupper():
            continue
        head, dateline = before.text[:start].strip(), before.text[start:].strip()
        moved = [Unit(before.block, head)] if head else []
        return [*units[:first], *moved, Unit(unit.block, f"{dateline} {unit.text}"), *units[lead + 1 :]]
    return units


# A wire's day cut off its dateline as the page's stamp (`… - Media OutReach Newswire -` | `Ngày 10 tháng
# 12 năm 2024 -` | `Ví điện tử …`).
_DAY_ALONE = re.compile(rf"\s*{_DAY}\s*[-–—]{{1,2}}\s*")


# A place's name under its colon after the page's stamp of a whole day (`… 29-11-2024 Kiên Giang:`), the
# lead after it opening with its day (`Sáng 28/11, …`, `Ngày 5/9, …`): a dateline, not a label of the page,
# whose words (`Chia sẻ:`, `Tags:`) stand before no lead opening with its day.
_STAMPED_PLACE = re.compile(
    rf"\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{4}}(?:\s+\d{{1,2}}:\d{{2}})?\s+(?P<place>{_PLACE}):$"
)
_DAY_LEAD = re.compile(rf"^(?:{_CAP_WORD}\s+){{1,2}}\d{{1,2}}/\d{{1,2}}\b")


def _placed_after_stamp(head: str, lead: str) -> int | None:
    """Where a place's name under its colon after the page's stamp ending `head` starts, when `lead`
    opens with its day; else None."""
    found = _STAMPED_PLACE.search(head.rstrip())
    if found is None or not _DAY_LEAD.match(lead) or len(found.group("place").split()) > 3:
        return None
    return found.start("place")
