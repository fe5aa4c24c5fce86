"""The page's own time stamp where the chrome detector does not read it: printed only under the text
(`Cập nhật lúc 08:30 ngày 16/02/2024`, `Minh Anh Ngày đăng: …`), or glued between a menu and the lead
in the page's first paragraph as scraped. `dates` reads the stamps above the text (`header_date`).
A time of day alone (`08:15`, `09h30`) is no page's stamp: it opens an entry of a live page."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .bylines import parse_byline
from .dates import _FULL_DATE, _glued_stamp, _valid, stamp_line

# A page's stamp under its label (`Cập nhật lúc 08:30 ngày 16/02/2024`, `Ngày đăng: 16/02/2024 - 08:30`).
_LABELLED_STAMP = re.compile(
    r"(?<!\w)(?:(?:ngày|thời\s+gian)\s+)?(?:đăng(?:\s+tải)?|cập\s+nhật|xuất\s+bản)(?:\s+(?:lúc|ngày|vào))?"
    r"\s*:?\s*(?:\d{1,2}[:h]\d{2}\s*(?:[|,\-–]\s*)?(?:ngày\s+)?)?(?P<date>\d{1,2}/\d{1,2}/\d{4})(?!\d)",
    re.IGNORECASE,
)


_TIME_OF_DAY = re.compile(r"^\d{1,2}\s*[:hH]\s*\d{2}$")


def is_time_of_day(text: str) -> bool:
    """`08:15`, `09h30`: a time of day alone, with no date (a live page's entry opens with one)."""
    return bool(_TIME_OF_DAY.match(text.strip()))


def closing_stamp(texts: Sequence[str]) -> tuple[str, str] | None:
    """The page's stamp printed only after the article (`Cập nhật lúc 08:30 ngày 16/02/2024`, `Minh Anh
    Ngày đăng: 16/02/2024`), among the first lines after its text: labelled, so that a date the story
    or a footer tells (a licence's `cấp ngày …`) is none, or alone on the first line after the text
    (or with the writer's name, `Minh Anh - 16/02/2024 08:30`); as `dd/mm/yyyy`, with its line up to
    the stamp's end (where a byline may stand before the label)."""
    for number, text in enumerate(texts):
        alone = stamp_line(text) if number == 0 else None  # a bare stamp right under the text
        if alone is not None and alone.year is not None:
            return f"{alone.day:02d}/{alone.month:02d}/{alone.year}", ""
        signed = parse_byline(text) if number == 0 else None  # `Minh Anh - 05/03/2024 08:30`
        dated = stamp_line(signed.when) if signed is not None and signed.author and signed.when else None
        if dated is not None and dated.year is not None:
            return f"{dated.day:02d}/{dated.month:02d}/{dated.year}", text
        for match in _LABELLED_STAMP.finditer(text):
            found = _FULL_DATE.match(match.group("date"))
            day, month, year = (int(g) for g in found.group(1, 2, 3)) if found else (0, 0, 0)
            if _valid(day, month, year):
                return f"{day:02d}/{month:02d}/{year}", text[: match.end()]
    return None


def glued_stamp(text: str) -> str | None:
    """The stamp glued before the lead in a page's first paragraph as scraped, before the chrome
    detector cut it (`Trang chủ Thời sự 14 Tháng Ba, 2024 Sáng 14/3, …`), as `dd/mm/yyyy`."""
    date = _glued_stamp(text[:300]) if text else None
    return f"{date.day:02d}/{date.month:02d}/{date.year}" if date and date.year else None
