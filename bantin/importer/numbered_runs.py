"""An item of a numbered run the story keeps stays with its siblings, whatever its words.

A story's numbered steps or items (`Bước 1: Truy cập cổng dịch vụ công và đăng nhập …`, `Bước 2:
Chọn thủ tục …`) may hold a word of site furniture (a login's `đăng nhập`, `tải`, `hotline`), so
the chrome detector judges one item chrome while the next and the one before stay. A run numbered
on under one label is one list: where the item just before (number - 1) or just after (number + 1),
under the same label, is kept, the item is the story's too. A list of the site's (the most read, a
menu of numbered headlines) has none of its items kept, so nothing of it comes back; nor does an
item dropped for where it stands, before the article or after its end (a box of steps over the
story: `1. Nhấn icon ổ khóa … 2. Tìm “Thông báo” và chọn cho phép`), only one dropped for its own
words inside the story. A borderline item is kept: losing a step is worse than leaking a line.
"""

from __future__ import annotations

import dataclasses

from .furniture import Unit
from .numbered_items import numbered_item

__all__ = ["keep_numbered_runs"]

REASON = "an item of a numbered run the story keeps"
# The chrome detector's reasons for a unit dropped for its place, not its words.
_PLACED = ("before the article", "after the article ends")


def keep_numbered_runs(units: list[Unit]) -> list[Unit]:
    """`units` with a dropped numbered item kept where a neighbour numbered on under its label is."""
    items = [numbered_item(unit.text) for unit in units]
    out = list(units)
    for i, unit in enumerate(units):
        item = items[i]
        if unit.keep or item is None or unit.reason.startswith(_PLACED):
            continue
        label, n = item
        before = i > 0 and units[i - 1].keep and items[i - 1] == (label, n - 1)
        after = i + 1 < len(units) and units[i + 1].keep and items[i + 1] == (label, n + 1)
        if before or after:
            out[i] = dataclasses.replace(unit, keep=True, reason=REASON)
    return out
