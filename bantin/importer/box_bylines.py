"""The closing byline run into the site's box after it: a writer's name of two to four words, then a
box with a label of its own (`Tuệ Minh Cúng dường Tam bảo: …, STK …`, `Nhuận Tâm Âm lịch hôm nay:
Ngày 15/7 …`, `Vân Anh Thông tin tham quan: Mở cửa 8h30 - 17h30 …`, a poll's `Anh Khoa Thăm dò ý kiến
Bạn biết … qua kênh nào?`). The story's sentences end before
the name and the box opens on its label right after it, so no sentence cut finds the name: cut here,
the writer stays (a byline) and the box goes (`donation_boxes`, `calendar_widgets`, `visiting_boxes`,
`poll_answers`)."""

from __future__ import annotations

import re

from .bylines import parse_byline
from .calendar_widgets import calendar_widget
from .donation_boxes import donation_box
from .furniture import Unit
from .poll_answers import opens_poll
from .visiting_boxes import visiting_box

__all__ = ["boxed", "byline_before_box_apart"]

# A word of a name: letters only, no figures, stops or colons (`Tuệ`, `Têrêsa`, `K’Brơi`).
_WORD = re.compile(r"[^\W\d_][^\s:,.;()“”\"]*")


def boxed(text: str) -> bool:
    """`text` is one of the site's labelled boxes under the story (gifts, calendar, visiting, a poll)."""
    return donation_box(text) or calendar_widget(text) or visiting_box(text) or opens_poll(text)


def byline_before_box_apart(units: list[Unit]) -> list[Unit]:
    """The closing byline run into the box after it (`Tuệ Minh Cúng dường Tam bảo: …, STK …`, `Hà Linh
    Thông tin tham quan: Mở cửa …`) is cut from it: a writer's name in title case (`parse_byline` gives
    its author), then a unit `boxed` tells."""
    out: list[Unit] = []
    for unit in units:
        cut = _name_before_box(unit.text)
        if cut is None:
            out.append(unit)
            continue
        name, rest = cut
        out += [Unit(unit.block, name), Unit(unit.block, rest)]
    return out


def _name_before_box(text: str) -> tuple[str, str] | None:
    words = text.split(maxsplit=4)
    for size in (2, 3, 4):  # the shortest name whose rest is a box: `Minh Hiền` | `Lịch diễn …`
        if len(words) <= size or not all(_WORD.fullmatch(word) for word in words[:size]):
            continue
        name, rest = " ".join(words[:size]), text.split(maxsplit=size)[size]
        byline = parse_byline(name) if name.istitle() and boxed(rest) else None
        if byline is not None and byline.author:
            return name, rest
    return None
