"""The build's clock: what "now" is for scheduled articles.

`SOURCE_DATE_EPOCH` when it is set (so two builds of the same content stay byte-identical, and
`python build.py --now 2021-10-15T10:00+07:00` sets it), else the current time.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Iterator, Mapping

from ..core.fields import parse_moment

ENV = "SOURCE_DATE_EPOCH"


class ClockError(ValueError):
    """A clock that cannot be read: one line for the user."""


def build_clock(environ: Mapping[str, str] | None = None) -> dt.datetime:
    """The build's "now", aware (UTC)."""
    value = (os.environ if environ is None else environ).get(ENV, "").strip()
    if not value:
        return dt.datetime.now(dt.UTC).replace(microsecond=0)
    try:
        return dt.datetime.fromtimestamp(int(value), dt.UTC)
    except (ValueError, OverflowError, OSError):
        raise ClockError(f"{ENV} must be a whole number of seconds since 1970, not '{value}'") from None


def epoch_of(text: str) -> str:
    """`--now 2021-10-15T10:00+07:00` (or a date) as the value of SOURCE_DATE_EPOCH."""
    moment = parse_moment(text)
    if moment is None:
        raise ClockError(f"--now: '{text}' is not a time written YYYY-MM-DD[THH:MM[:SS][+07:00]]")
    return str(int(moment.timestamp()))


@contextlib.contextmanager
def clock_set(now: str | None) -> Iterator[None]:
    """`--now`: SOURCE_DATE_EPOCH set to that time while a command runs (None: left alone)."""
    if now is None:
        yield
        return
    before = os.environ.get(ENV)
    os.environ[ENV] = epoch_of(now)
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(ENV, None)
        else:
            os.environ[ENV] = before


def rfc3339(moment: dt.datetime) -> str:
    """A time as Atom and sitemaps write it: `2021-10-15T02:30:00Z`, `…T09:30:00+07:00`."""
    text = moment.replace(microsecond=0).isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text
