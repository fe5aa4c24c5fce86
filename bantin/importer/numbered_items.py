"""A widget's or a footer's word that opens an item of a numbered list is the item's own.

On one line (the vnsum layout) a story's numbered steps run on (`Bước 1. Đăng nhập Cổng dịch vụ công
…`, `2) Liên hệ tổng đài …`, `Câu 3: Theo dõi …`), and the step's first word may be one a page's
chrome opens with (`Đăng nhập`, `Chia sẻ`, `Theo dõi`, `Tải ứng dụng`). A footer's field or a share
bar never stands right after a number with its stop: the number says a list of the story goes on, so
the word after it starts the item, not a unit of the page's frame.

`numbered_item` reads any line's label and number (`Bước 2: …`, `3. …`), for the runs of a list
(`numbered_runs`, `story_lists`); `opens_item` knows only a list's own labels, for a step to stay
whatever its first word. `list_items` finds where the items of a numbered list run into a paragraph
start, for `units` to cut them apart, each with its label (`Câu 2. …`, `Điều 1. …`: `label_start`),
which would else end the unit before it alone; `glued_items` where an item labelled in words is glued to
the text before it with no space (`… trên ứng dụng VNeID:Bước 1: Đăng nhập …`).
"""

from __future__ import annotations

import re

from ..core.text import CAPITALS, SMALL_LETTERS

__all__ = [
    "after_item_number",
    "glued_items",
    "glued_times",
    "label_start",
    "list_items",
    "numbered_item",
    "opens_item",
]

_LABELS = r"(?:Bước|Mục|Câu|Phần|Điều|Khoản|Ý|Cách|Lưu ý|Việc)"
# `Bước 1.`, `1.`, `2)`, `Câu 3:`, `Mục 4 -` ending the text before: a list's label and number; not a
# clock's minutes (`… tình nguyện 2026 (03:40)`, a clip's length before the app badges)
_ITEM_NUMBER = re.compile(r"(?:^|[\s.;,]|(?<!\d):)(?:" + _LABELS + r"\s+)?\d{1,2}\s*[.:)\-–]\s*$")


def after_item_number(before: str) -> bool:
    """`before` (the text up to a word) ends with an item's number and its stop (`… Bước 1.`)."""
    return _ITEM_NUMBER.search(before) is not None


# `1. Đăng nhập …`, `Bước 2: Tải …`: a text opening with an item's number and its stop
_OPENS_ITEM = re.compile(r"^(?:" + _LABELS + r"\s+)?\d{1,2}\s*[.:)]\s+\S")


def opens_item(text: str) -> bool:
    """`text` opens with an item's number (`1. Đăng nhập Cổng dịch vụ công …`): a step of the story's
    list, which no login wall's or share bar's piece is numbered as."""
    return _OPENS_ITEM.match(text) is not None


# Any label of one or two words, or none, then the number and its stop (`Bước 2: …`, `3. …`, `Câu 4 - …`)
_NUMBERED = re.compile(r"^(?P<label>[^\W\d_]+(?: [^\W\d_]+)?\s)?(?P<n>\d{1,2})\s*[.:)\-–]\s*\S")


def numbered_item(text: str) -> tuple[str, int] | None:
    """The label (folded, `bước`, or empty) and the number a numbered line opens with (`Bước 2: …`,
    `3. …`), or None."""
    found = _NUMBERED.match(text.strip())
    return ((found["label"] or "").strip().casefold(), int(found["n"])) if found else None


# A list's label ending the text before an item's number (`… nào? Câu `, `… chú ý Điều `)
_LABEL_BEFORE = re.compile(r"(?:^|(?<=\s))" + _LABELS + r"\s+$")


def label_start(text: str, index: int) -> int:
    """Where the item whose number stands at `index` of `text` starts: at its label when one stands
    before the number (`Câu 2. Đội du kích …`, `Điều 1. Phạm vi …`), so the label stays with its item
    instead of ending the unit before it alone; else at the number."""
    found = _LABEL_BEFORE.search(text, max(0, index - 12), index)
    return found.start() if found else index


_LIST_ITEM = re.compile(r"(?:^|(?<=\s))(\d{1,2})\.\s+(?=[^\W\d_])")


def list_items(text: str) -> dict[int, int]:
    """Where the items of a numbered list run into the text start (`2. Tìm…`), each with where its
    words start: numbers that follow one another (1, 2, 3), each before a word in capitals; one opening
    the text is an item cut apart from its siblings (`2. Công ty …`). The one before a number stands
    before it, the one after after it: a sentence ending in a number before a list (`… đường tỉnh lộ
    4. Điều 1. …`, `3.` only after it) is no item."""
    found = [m for m in _LIST_ITEM.finditer(text) if text[m.end()].isupper()]
    kept = [
        m
        for m in found
        if m.start() == 0
        or any(int(o[1]) == int(m[1]) - 1 and o.start() < m.start() for o in found)
        or any(int(o[1]) == int(m[1]) + 1 and o.start() > m.start() for o in found)
    ]
    return {label_start(text, m.start()): m.end() for m in kept}  # its label with it (`Câu 2. …`)


# A label of one or two words, the first in title case, and its number (`Bước 1: `, `Phương thức 2. `)
_ITEM = (
    r"(?P<label>["
    + CAPITALS
    + r"]["
    + SMALL_LETTERS
    + r"]*(?: ["
    + SMALL_LETTERS
    + r"]+)?) (?P<n>\d{1,2})\s*[.:)]\s"
)
_ANY_ITEM = re.compile(_ITEM)
# … glued to the character before it (`…VNeID:Bước 1: …`, `…THPTPhương thức 3: …`)
_GLUED_ITEM = re.compile(r"(?<=[^\s(\[\"“'])" + _ITEM)


def glued_items(text: str) -> list[int]:
    """Where an item of a numbered list starts glued to the text before it (`… các bước:Bước 1: Đăng nhập
    …`, a list's header and its first item joined by a scraper): its label and number, with a sibling
    (the same label numbered one less or one more) standing elsewhere in `text`. A name glued to a
    figure (`Su30`) has no sibling numbered on, nor an acronym's last letter a list's item (`Giấy chứng
    nhận số: 012/QLCT-GCN 2. Công ty …`: the code, then the next item's number)."""
    labels = {(m["label"].casefold(), int(m["n"])) for m in _ANY_ITEM.finditer(text)}
    return [
        m.start()
        for m in _GLUED_ITEM.finditer(text)
        if {(m["label"].casefold(), int(m["n"]) - 1), (m["label"].casefold(), int(m["n"]) + 1)} & labels
        and not (len(m["label"]) == 1 and text[m.start() - 1].isalpha())
    ]


# A programme's time glued to the item before it (`… nhiệm kỳ VIII10:00 Thảo luận …`, `… ngày 21/11:08:00
# Khai mạc …`): after a letter, or a date's colon, a time of day and an item in capitals.
_GLUED_TIME = re.compile(
    r"(?:(?<=[^\W\d_])|(?<=\d/\d\d:)|(?<=\d/\d:))(?P<time>[0-2]?\d:[0-5]\d)(?=\s+[" + CAPITALS + r"])"
)
# A time of day opening an item of the programme, glued or not.
_ITEM_TIME = re.compile(r"(?<![\d:])[0-2]?\d:[0-5]\d(?=\s+[" + CAPITALS + r"])")

# An item opening with its hour's `h` or its day, then its label's colon (`8h00: Báo cáo …`, `20h00 ngày
# 12/12: Lễ khai mạc …`, `13-19/12: Không gian …`), glued after a letter, the programme's colon, a quote or
# a year (`… tổng kết năm 20239h30: Tham luận …`: a year has four figures, an hour is at most 23).
_WHEN = r"(?:(?:[01]?\d|2[0-3])[hg][0-5]\d(?: ngày \d{1,2}/\d{1,2})?|\d{1,2}(?:-\d{1,2})?/\d{1,2})"
_HOUR = re.compile(_WHEN + r":\s+[" + CAPITALS + r"]")
_GLUED_HOUR = re.compile(
    r"(?:(?<=[^\W\d_])|(?<=[^\W\d_]:)|(?<=[\"”])|(?<=(?<!\d)(?:19|20)\d\d))(?P<time>"
    + _WHEN
    + r")(?=:\s+["
    + CAPITALS
    + r"])"
)


def glued_times(text: str) -> list[int]:
    """Where a programme's item opening with its time (`10:00 Thảo luận …`) is glued to the item or the
    header before it with no space (`… nhiệm kỳ VIII10:00 …`, `… ngày 21/11:08:00 …`): a time of day
    after a letter or a date's colon, two more items of the text opening with their times; so is one
    opening with its hour or its day and a label's colon (`… tỉnh hội11h00: Khen thưởng …`, `… Lâm
    Viên13-19/12: Không gian …`), two more such items in the text. No word ends in a time (a code glues
    its letters to a figure: `U23`, not a clock's colon)."""
    cuts = [m.start("time") for m in _GLUED_HOUR.finditer(text)] if len(_HOUR.findall(text)) >= 3 else []
    if len(_ITEM_TIME.findall(text)) < 3:
        return cuts
    return [*cuts, *(m.start("time") for m in _GLUED_TIME.finditer(text))]
