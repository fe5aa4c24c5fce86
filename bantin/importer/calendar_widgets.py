"""The site's calendar widget: the box of the day's lunar date and its hours a religious or a
lifestyle portal prints beside every page (`Âm lịch hôm nay: Ngày 15/7 năm Giáp Thìn, tháng Nhâm
Thân …`, `Giờ hoàng đạo: Dần, Thìn, Tỵ`, `Lịch phụng vụ: Thứ Ba tuần IV Mùa Vọng …`, `Lịch cúng tháng
Chín: Mùng 1 …`). It tells the reader's day, not the story's: a story dates its ceremony in a sentence
(`Sáng rằm tháng Bảy năm Giáp Thìn, chùa … tổ chức …`), and that stays.

The signal is the widget's label opening the unit: a calendar (`âm lịch`, `lịch âm`, `lịch vạn
niên`, `lịch phụng vụ`, `lịch cúng`) of today or of a month, or the day's lucky hours (`giờ hoàng
đạo`, `ngày hoàng đạo`), alone as a tab or before the colon of its field. A tab run into the lead
(`Ngày Hoàng đạo Sáng rằm tháng Bảy …`) is cut from it (`widget_tab_apart`) where a capital opens a
sentence right after the label with no colon between; a story's own words go on in lower case
(`Ngày hoàng đạo là …`)."""

from __future__ import annotations

import re

from ..core.sentences import ends_sentence
from .furniture import Unit

__all__ = ["REASON", "calendar_widget", "widget_tab_apart"]

#: The reason a calendar widget goes.
REASON = "the site's calendar widget (today's lunar date, its hours, the liturgical day)"

_LABEL = (
    r"(?:âm lịch|lịch âm|lịch vạn niên)(?: hôm nay| ngày \S+)?"
    r"|lịch (?:phụng vụ|cúng)(?: hôm nay| tháng \S+| tuần \S+)?"
    r"|(?:giờ|ngày) hoàng đạo(?: hôm nay)?"
)
_WIDGET = re.compile(rf"^(?:{_LABEL})\s*(?::|$)", re.IGNORECASE)
# … a tab run into a sentence opening in a capital (`Ngày Hoàng đạo Sáng rằm tháng Bảy …`).
_TAB_RUN = re.compile(rf"^(?:{_LABEL})(?=\s+[^\W\d_])", re.IGNORECASE)
_SHORTEST_SENTENCE = 5  # words of the sentence the tab was run into


def calendar_widget(text: str) -> bool:
    """`text` is the site's calendar widget (`Âm lịch hôm nay: Ngày 15/7 …`, `Giờ hoàng đạo: Dần, …`,
    `Lịch phụng vụ` alone): its label opening the unit, alone or before its field's colon."""
    return _WIDGET.match(text.strip()) is not None


def widget_tab_apart(units: list[Unit]) -> list[Unit]:
    """`units` with a calendar's tab opening a unit cut from the sentence it was run into, when that
    sentence opens in a capital right after the label and goes on to its stop."""
    out: list[Unit] = []
    for unit in units:
        found = _TAB_RUN.match(unit.text)
        rest = unit.text[found.end() :].strip() if found else ""
        if found and rest[:1].isupper() and ends_sentence(rest) and len(rest.split()) >= _SHORTEST_SENTENCE:
            out += [Unit(unit.block, found.group()), Unit(unit.block, rest)]
        else:
            out.append(unit)
    return out
