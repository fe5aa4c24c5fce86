"""The publication date chosen from what a page states: its header's stamp first, then a dateline at
the start of the article, then an estimate from the dates the text tells (flagged, with a warning).
`dates` reads the dates; this module only chooses among them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from .dates import _MONTH_YEAR, DayMonth, dates_in, find_dateline, full_dates_in, parse_date, years_in

#: How far a page's own day may run ahead of the machine's: Vietnam's day begins seven hours before
#: UTC's, so a dateline of tomorrow on a UTC machine is this year's, not last year's.
_AHEAD = dt.timedelta(days=1)

#: No web page was published before this year: a dateline of an earlier one opens with history.
FIRST_WEB_YEAR = 1995


@dataclass(frozen=True)
class Resolved:
    """The publication date and whether it was guessed (then `warning` says how)."""

    date: dt.date
    estimated: bool = False
    warning: str | None = None


def resolve(
    published: Sequence[str | None],
    openings: Sequence[str],
    text: str,
    *,
    year: int | None,
    today: dt.date,
    events: Sequence[tuple[str, dt.date, dt.date]] = (),
    lead: str = "",
) -> Resolved:
    """Choose the publication date: stated, then dateline, then an estimate from the text.

    `events` are the registry's dated events the article names (name, first day, last day): a
    dateline without a year near one of them takes that event's year, a stronger clue than
    the years the text happens to mention (history, plans). A day the `lead` tells is the news it
    sums up (`đã từ trần ngày 18/2`): the estimate takes it before the body's, which may name
    later days (the funeral's, a deadline's).
    """
    for value in published:
        stated = parse_date(value) if value else None
        if stated and stated.year:
            date = stated.on(stated.year)
            if date:
                return Resolved(date)
    dateline = find_dateline(openings)
    if dateline and dateline.year and dateline.year < FIRST_WEB_YEAR:
        dateline = None  # `Ngày 28/1/1941, lãnh tụ … về nước`: history the story opens with
    if dateline and dateline.year:
        date = dateline.on(dateline.year)
        if date:
            return Resolved(date)
    if dateline and year:
        date = dateline.on(year)
        if date:
            return Resolved(date)
    if dateline:
        near = event_year(dateline, events, today + _AHEAD)
        if near:
            date = dateline.on(near[0])
            if date:
                return Resolved(date, True, f"no year in the dateline; took {near[0]}, the year of {near[1]}")
    told = [y for y in years_in(text) if y <= today.year]
    guess = year or (max(told) if told else None)
    if dateline:
        if guess:
            date = dateline.on(guess)
            if date:
                return Resolved(
                    date, True, f"no year in the dateline; guessed {guess} from dates in the text"
                )
        date = _latest_on_or_before(dateline, today + _AHEAD)
        if date:
            return Resolved(
                date, True, "no year in the dateline or the text; took the latest such day up to tomorrow"
            )
    if guess:
        told_dates = [d for d in full_dates_in(text) if d.year == guess and d <= today]
        months = [
            dt.date(guess, int(m.group(1)), 1) for m in _MONTH_YEAR.finditer(text) if int(m.group(2)) == guess
        ]
        candidates = (
            told_dates
            or [d for d in dates_in(lead, guess) if d <= today]
            or [d for d in dates_in(text, guess) if d <= today]
            or [d for d in months if d <= today]
            or [dt.date(guess, 1, 1)]
        )
        return Resolved(
            max(candidates), True, f"no publication date; estimated from dates in the text ({guess})"
        )
    return Resolved(today, True, "no publication date found; used today's date")


def event_year(
    dateline: DayMonth, events: Sequence[tuple[str, dt.date, dt.date]], today: dt.date, days: int = 45
) -> tuple[int, str] | None:
    """The one year in which the dateline falls within `days` of a named event, with that
    event's name; None when no event or several years fit."""
    found: dict[int, str] = {}
    for name, first, last in events:
        for year in range(first.year - 1, last.year + 2):
            date = dateline.on(year)
            if date and date <= today and first - dt.timedelta(days) <= date <= last + dt.timedelta(days):
                found.setdefault(year, name)
    return next(iter(found.items())) if len(found) == 1 else None


def _latest_on_or_before(day_month: DayMonth, today: dt.date) -> dt.date | None:
    for year in range(today.year, today.year - 8, -1):
        date = day_month.on(year)
        if date and date <= today:
            return date
    return None
