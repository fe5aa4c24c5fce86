"""The site's calendar widget: the box of the day's lunar date and its hours a religious or a
lifestyle portal prints beside every page (`Âm lịch hôm nay: Ngày 15/7 năm Giáp Thìn, tháng Nhâm
Thân …`, `Giờ hoàng đạo: Dần, Thìn, Tỵ`, `Lịch phụng vụ: Thứ Ba tuần IV Mùa Vọng …`, `Lịch cúng tháng
Chín: Mùng 1 …`). It tells the reader's day, not the story's: a story dates its ceremony in a sentence
(`Sáng rằm tháng Bảy năm Giáp Thìn, chùa … tổ chức …`), and that stays.

The signal is the widget's label opening the unit: a calendar (`âm lịch`, `lịch âm`, `lịch vạn
niên`, `lịch phụng vụ`, `lịch cúng`) of today or of a month, or the day's lucky hours (`giờ hoàng
đạo`, `ngày hoàng đạo`), alone as a tab or before the colon of its field."""

from __future__ import annotations

import re

__all__ = ["REASON", "calendar_widget"]

#: The reason a calendar widget goes.
REASON = "the site's calendar widget (today's lunar date, its hours, the liturgical day)"

_LABEL = (
    r"(?:âm lịch|lịch âm|lịch vạn niên)(?: hôm nay| ngày \S+)?"
    r"|lịch (?:phụng vụ|cúng)(?: hôm nay| tháng \S+| tuần \S+)?"
    r"|(?:giờ|ngày) hoàng đạo(?: hôm nay)?"
)
_WIDGET = re.compile(rf"^(?:{_LABEL})\s*(?::|$)", re.IGNORECASE)


def calendar_widget(text: str) -> bool:
    """`text` is the site's calendar widget (`Âm lịch hôm nay: Ngày 15/7 …`, `Giờ hoàng đạo: Dần, …`,
    `Lịch phụng vụ` alone): its label opening the unit, alone or before its field's colon."""
    return _WIDGET.match(text.strip()) is not None
