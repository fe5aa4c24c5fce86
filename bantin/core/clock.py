"""The build's clock: what "now" is for a build.

`SOURCE_DATE_EPOCH` (the reproducible-builds convention: seconds since 1970, UTC) when it is
set, so two builds with the same value write the same bytes; else the current time. Whatever
depends on "now" (which articles are recent enough for the news sitemap…) asks here, once.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping

ENV = "SOURCE_DATE_EPOCH"


class ClockError(ValueError):
    """`SOURCE_DATE_EPOCH` is not a whole number of seconds."""


def build_clock(environ: Mapping[str, str] | None = None) -> dt.datetime:
    """The build's clock as an aware datetime (UTC): `SOURCE_DATE_EPOCH`, else now."""
    value = (os.environ if environ is None else environ).get(ENV, "").strip()
    if not value:
        return dt.datetime.now(dt.UTC)
    try:
        return dt.datetime.fromtimestamp(int(value), dt.UTC)
    except (ValueError, OverflowError, OSError):
        raise ClockError(f"{ENV} must be a whole number of seconds since 1970, not {value!r}") from None
