"""A line of the story listing figures with no verb and no stop (`Xăng E5 RON92 22.230 đồng/lít,
RON95-III 23.550 đồng/lít, dầu diesel 20.780 đồng/lít`, `Top 5 mã tăng mạnh: VCB 92.300 (+2,1%), BID
48.650 (+1,8%), …`): its items are parted by commas or semicolons, as a writer parts them, which a
site's box of prices or rates never does (its cells stand side by side, between bars or arrows, and
a decimal comma has no space after it). `chrome` keeps such a line after the story where it would take
a box of figures for the page's: a borderline line is kept."""

from __future__ import annotations

import re

from .furniture import PHONE

#: A writer's separator between two items: a comma or a semicolon and a space (`23.550 đồng/lít, dầu`),
#: never a decimal comma (`158,21`).
_SEPARATOR = re.compile(r"[,;]\s+")


def lists_figures(text: str) -> bool:
    """Three items at least parted by commas or semicolons, all but one holding a figure, and no number
    to call nor bar between cells (a footer's `Điện thoại: …, Fax: …`, a ticker's `USD … | EUR …`)."""
    if PHONE.search(text) or "|" in text:
        return False
    items = _SEPARATOR.split(text)
    figured = sum(1 for item in items if any(c.isdigit() for c in item))
    return len(items) >= 3 and figured >= max(3, len(items) - 1)
