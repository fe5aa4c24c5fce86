"""Vietnamese dates, always day before month: `Ngày 15/10`, `Thứ Tư, 08/12/2021 15:30`,
`Chủ nhật, 18/2/2024, 17:25 (GMT+7)`, `sáng 11/5`, `ngày 8 tháng 12 năm 2021`.

The publication date is chosen in this order: a header or page date, a dateline at the start of
the article, then an estimate. Dates of events told inside the text are only used to guess a
missing year, and such a guess is flagged (`date_estimated`) and warned about.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

_SLASH_DATE = re.compile(r"(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?(?![\d/])")
_WORD_DATE = re.compile(r"(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*(?:năm|,)\s*(\d{4}))?", re.IGNORECASE)
_ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_MONTH_YEAR = re.compile(r"tháng\s+(\d{1,2})\s*(?:[/-]|\s+năm\s+)\s*(\d{4})(?!\d)", re.IGNORECASE)
_FULL_DATE = re.compile(r"(?<![\d/])(\d{1,2})\s*[/-]\s*(\d{1,2})\s*[/-]\s*(\d{4})(?!\d)")
# A dateline word right before the date: "Ngày 15/10", "sáng nay (6/2)", "Hôm nay, 7/2", "Chủ nhật, 18/2".
_DATELINE = re.compile(
    r"(?:^|\b(?:ngày|sáng|chiều|tối|trưa|đêm|rạng sáng|hôm nay|hôm qua|sáng nay|chiều nay|tối nay|trưa nay|"
    r"đêm qua|thứ\s+\w+|chủ\s+nhật)\b)\s*[,(]?\s*(?:(?:thứ\s+\w+|chủ\s+nhật)\s*,?\s*)?(?:ngày\s+)?"
    r"(?P<date>\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?|\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?)",
    re.IGNORECASE,
)
#: How far into a paragraph a dateline may start (`TTO - `, `Hà Nội, `, `Theo đặc phái viên TTXVN, `).
DATELINE_WINDOW = 80


@dataclass(frozen=True)
class DayMonth:
    """A date as written; `year` is None when the text left it out (`Ngày 15/10`)."""

    day: int
    month: int
    year: int | None = None

    def on(self, year: int) -> dt.date | None:
        try:
            return dt.date(year, self.month, self.day)
        except ValueError:
            return None


@dataclass(frozen=True)
class Resolved:
    """The publication date and whether it was guessed (then `warning` says how)."""

    date: dt.date
    estimated: bool = False
    warning: str | None = None


def _valid(day: int, month: int, year: int | None) -> bool:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return False
    return year is None or (1900 <= year <= 2100 and DayMonth(day, month, year).on(year) is not None)


def parse_date(text: str) -> DayMonth | None:
    """The first date in a header, byline or meta value (ISO or day/month[/year])."""
    iso = _ISO_DATE.search(text)
    if iso:
        year, month, day = (int(g) for g in iso.groups())
        if _valid(day, month, year):
            return DayMonth(day, month, year)
    for pattern in (_WORD_DATE, _SLASH_DATE):
        for match in pattern.finditer(text):
            day, month = int(match.group(1)), int(match.group(2))
            year = int(match.group(3)) if match.group(3) else None
            if _valid(day, month, year):
                return DayMonth(day, month, year)
    return None


def find_dateline(paragraphs: Iterable[str]) -> DayMonth | None:
    """A date at the start of one of the first paragraphs (the article's dateline)."""
    for text in paragraphs:
        for match in _DATELINE.finditer(text[: DATELINE_WINDOW + 40]):
            if match.start() > DATELINE_WINDOW:
                break
            if match.group(0)[:1].isdigit() and match.start() > 0:
                continue
            found = parse_date(match.group("date"))
            if found:
                return found
    return None


def years_in(text: str) -> list[int]:
    """Years of full dates told in the text (`20/1/2017`, `tháng 1/2017`), for guessing a year."""
    years = [int(m.group(3)) for m in _FULL_DATE.finditer(text) if _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))]
    years += [int(m.group(2)) for m in _MONTH_YEAR.finditer(text) if 1 <= int(m.group(1)) <= 12]
    return [y for y in years if 1900 <= y <= 2100]


def dates_in(text: str, year: int) -> list[dt.date]:
    """Every day/month told in the text, read in `year` (for a date when there is no dateline)."""
    found = []
    for match in _SLASH_DATE.finditer(text):
        day, month = int(match.group(1)), int(match.group(2))
        stated = int(match.group(3)) if match.group(3) else None
        if stated in (None, year) and _valid(day, month, year):
            date = DayMonth(day, month).on(year)
            if date:
                found.append(date)
    return found


def resolve(
    published: Sequence[str | None],
    openings: Sequence[str],
    text: str,
    *,
    year: int | None,
    today: dt.date,
) -> Resolved:
    """Choose the publication date: stated, then dateline, then an estimate from the text."""
    for value in published:
        stated = parse_date(value) if value else None
        if stated and stated.year:
            date = stated.on(stated.year)
            if date:
                return Resolved(date)
    dateline = find_dateline(openings)
    if dateline and dateline.year:
        date = dateline.on(dateline.year)
        if date:
            return Resolved(date)
    if dateline and year:
        date = dateline.on(year)
        if date:
            return Resolved(date)
    told = [y for y in years_in(text) if y <= today.year]
    guess = year or (max(told) if told else None)
    if dateline:
        if guess:
            date = dateline.on(guess)
            if date:
                return Resolved(date, True, f"no year in the dateline; guessed {guess} from dates in the text")
        date = _latest_on_or_before(dateline, today)
        if date:
            return Resolved(date, True, "no year in the dateline or the text; took the latest such day up to today")
    if guess:
        candidates = [d for d in dates_in(text, guess) if d <= today] or [dt.date(guess, 1, 1)]
        return Resolved(max(candidates), True, f"no publication date; estimated from dates in the text ({guess})")
    return Resolved(today, True, "no publication date found; used today's date")


def _latest_on_or_before(day_month: DayMonth, today: dt.date) -> dt.date | None:
    for year in range(today.year, today.year - 8, -1):
        date = day_month.on(year)
        if date and date <= today:
            return date
    return None
