"""A news feed's credit over a story it carries from a publisher: the writer, then the day after a bullet
(MSN's `Câu chuyện của Thanh Bình • 22 tháng 4`, in English `Story by Thanh Bình • 2d`), under the
publisher's name and the feed's menu. The label says whose story it is, as a magazine's `Ghi chép của
Đỗ Thụy` does (`bylines.BYLINE_LABEL`); the bullet closes the name, so the day after it (no year, or an
age: `3 giờ trước`) is no part of it. Run on from the menu and the publisher's name, the credit starts a
unit of its own, and the writer is read from it (`field_starts.field_cuts`)."""

from __future__ import annotations

import re

from ..core.text import CAPITALS

__all__ = ["FEED_LABEL", "feed_credit_cuts", "without_day"]

# The label, before a name in a capital that a bullet closes within a few words: `Câu chuyện của` is
# also a sentence's (`Câu chuyện của anh Tư khiến …`), which no bullet closes.
FEED_LABEL = r"(?:Câu chuyện của|Story by)\s+(?=[" + CAPITALS + r"][^•|.!?:]{1,40}?\s•\s)"
_START = re.compile(r"(?<=\S)\s+(?=" + FEED_LABEL + ")")
# … and where it ends, after its day (`22 tháng 4`, `22 tháng 4, 2023`, `5 giờ trước`, `2d`, `3h`), when
# the lead is run on after it.
_END = re.compile(
    FEED_LABEL + r"[^•|.!?:]{1,40}?\s•\s+\d{1,2}(?:\s+tháng\s+\d{1,2}(?:,?\s+\d{4})?|"
    r"\s+(?:phút|giờ|ngày|tuần|tháng)\s+trước|[mhdw])(?=\s+\S)"
)
# The day after the bullet ending a labelled byline (`Thanh Bình • 22 tháng 4`, `Minh Anh • 3 giờ trước`).
_DAY = re.compile(r"\s+•\s+\d[^•]{0,24}$")


def feed_credit_cuts(text: str) -> list[int]:
    """Where a feed's credit starts, run on from the publisher's name before it, and where it ends."""
    return [m.end() for m in _START.finditer(text)] + [m.end() for m in _END.finditer(text)]


def without_day(name: str) -> str:
    """A labelled byline's name without the day a bullet sets after it."""
    return _DAY.sub("", name)
