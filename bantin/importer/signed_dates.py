"""The date a notice or a letter signs off with, as official documents do: the place, then `ngày …
tháng … năm …` on a line of its own at the end (`Lai Châu, ngày 17 tháng 3 năm 2024`), where a page
that prints no stamp states when it was written. Only that form counts, at the end of the text: the
dates a story tells (`trước ngày 15/4`, `năm 2015`) are its events', not the page's."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..core.text import CAPITALS

# `Hà Nội, ngày 25 tháng 3 năm 2024`, alone or after the last sentence (a flat page's one line), with
# nothing but a source's or a signer's line after it (no `, …` going on with the sentence).
_SIGNED = re.compile(
    r"(?:^|[.!?…”:]\s+|\n)(?:[" + CAPITALS + r"][^\W\d_]*\.?\s?){1,4},\s*ngày\s+(?P<day>\d{1,2})\s+tháng\s+"
    r"(?P<month>\d{1,2})\s+năm\s+(?P<year>\d{4})\s*\.?(?=\s*$|\s+[" + CAPITALS + r"])"
)


def signed_date(texts: Sequence[str], last: int = 3) -> str | None:
    """The date the `last` texts of the article sign off with, as `dd/mm/yyyy`, else None."""
    for text in reversed(texts[-last:]):
        found = list(_SIGNED.finditer(text))
        if found:
            day, month, year = (int(found[-1].group(g)) for g in ("day", "month", "year"))
            return f"{day:02d}/{month:02d}/{year}"
    return None
