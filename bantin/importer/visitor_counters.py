"""A portal's box of its visitors, printed between the story's paragraphs or run into the next sentence
(`Đang online: 21 | Hôm nay: 640 | Tổng: 1.902.337`, `Đang truy cập: 9 | Trong ngày: 311 | Tổng: 845.920
Năm nay, đội được …`): parts of a label and its bare count, between pipes or none, two at least, one label
counting visits (`truy cập`, `online`, `trực tuyến`); or one part whose label counts visitors only
(`Đang truy cập: 56`, `Tổng lượt truy cập 845.920`), as labels run together are cut apart. A story's
figures carry their unit (`640 ca`, `1.902 lượt khách`) or stand in a sentence; a box's counts stand
bare after labels of days and totals.
`counter_box` says whether a unit is such a box alone (`visitor_counters` makes it chrome wherever it
stands); `split_bars.counter_cuts` ends it after its last count where the next sentence opens."""

from __future__ import annotations

import re

__all__ = ["REASON", "counter_box", "visitor_counters"]

#: The reason such a box is the site's.
REASON = "a portal's box counting its visitors"

# The labels of a visitors' box: those counting visits, and the days and totals beside them.
_VISITS = (
    r"(?:đang\s+(?:truy\s+cập|online|trực\s+tuyến)|(?:tổng\s+(?:số\s+)?)?(?:lượt\s+)?truy\s+cập|"
    r"trực\s+tuyến|online)"
)
_DAYS = r"(?:hôm\s+nay|hôm\s+qua|trong\s+ngày|tuần\s+này|tháng\s+này|năm\s+nay|tổng(?:\s+số|\s+cộng)?)"
_COUNT = r"\d{1,3}(?:\.\d{3})*"
_PART = rf"(?:{_VISITS}|{_DAYS})\s*:?\s*{_COUNT}"
_BOX = re.compile(rf"(?:thống\s+kê\s+truy\s+cập\s*:?\s*)?{_PART}(?:\s*\|?\s*{_PART})+", re.IGNORECASE)
_VISITED = re.compile(_VISITS, re.IGNORECASE)
# One part alone, when its label can count nothing but visitors (`Đang truy cập: 56`, `Tổng lượt truy
# cập 845.920`), as a one-line page's labels cut it off the next (`field_starts`).
_ALONE = re.compile(
    rf"(?:đang\s+(?:truy\s+cập|online|trực\s+tuyến)|(?:tổng\s+(?:số\s+)?)?lượt\s+truy\s+cập)\s*:?\s*{_COUNT}",
    re.IGNORECASE,
)


def counter_box(text: str) -> bool:
    """`text` is a visitors' box alone (see the module's docstring)."""
    text = text.strip()
    return _ALONE.fullmatch(text) is not None or (
        _BOX.fullmatch(text) is not None and _VISITED.search(text) is not None
    )


def visitor_counters(kinds: list[tuple[str, str]], texts: list[str]) -> list[tuple[str, str]]:
    """`kinds` with each unit that is a visitors' box alone chrome."""
    return [
        ("chrome", REASON) if counter_box(text) else kind for kind, text in zip(kinds, texts, strict=True)
    ]
