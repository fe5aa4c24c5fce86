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

The other way round, `box_step_apart`: the next step of such a box, run on a one-line body into the
story's first words (`3. Tải lại trang Cầu thủ Việt ngày càng… lùn? Có vẻ như …`), is the box's. Its
words up to the first in title case go with its siblings; the rest is the story's. A name inside the
step (`3. Mở ứng dụng Zalo …`) cuts it early: the step's last words stay, nothing of the story goes.
"""

from __future__ import annotations

import dataclasses

from .furniture import Unit
from .numbered_items import numbered_item

__all__ = ["box_step_apart", "keep_numbered_runs"]

REASON = "an item of a numbered run the story keeps"
# The chrome detector's reasons for a unit dropped for its place, not its words.
_PLACED = ("before the article", "after the article ends")
BOX_STEP = "before the article: the next step of a box of steps over it"
_STEP_WORDS = 8  # a step's words before the story (`Tải lại trang`): an instruction, short
_NEAR = 4  # units: a list's first item's own sentences before its second item


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
    return _first_item_kept(units, items, out)


def _first_item_kept(units: list[Unit], items: list, out: list[Unit]) -> list[Unit]:
    """A list's first item dropped for standing before the article, right over its first kept unit,
    where its second item is kept inside the story a few units on (a listicle's `1. Café Sách Nhã Nam`
    over the sentence on it, `2. Tiệm sách Cá Chép` after): the story's list opens there. A box of steps
    over the story has its second step over the story too, dropped with the first."""
    first = next((i for i, unit in enumerate(units) if unit.keep), None)
    if not first or items[first - 1] is None or items[first - 1][1] != 1:
        return out
    unit, (label, _) = units[first - 1], items[first - 1]
    if not unit.reason.startswith(_PLACED[0]) or unit.reason == BOX_STEP:
        return out
    near = [items[i] for i in range(first, min(first + _NEAR, len(units))) if units[i].keep]
    if (label, 2) in near and (label, 1) not in near:
        out[first - 1] = dataclasses.replace(unit, keep=True, reason=REASON)
    return out


def box_step_apart(units: list[Unit]) -> list[Unit]:
    """`units` with the step run into the story's first sentence cut off it, when the steps before it
    (number - 1 under the same label) went for standing before the article."""
    first = next((i for i, unit in enumerate(units) if unit.keep), None)
    if not first:
        return units
    item, before = numbered_item(units[first].text), numbered_item(units[first - 1].text)
    if item is None or before != (item[0], item[1] - 1) or not units[first - 1].reason.startswith(_PLACED[0]):
        return units
    words = units[first].text.split()
    start = next((i for i, word in enumerate(words) if word[:1].isdigit()), 0) + 1  # the step's first word
    cut = next((i for i in range(start + 1, len(words)) if words[i][:1].isupper()), None)
    if (
        cut is None
        or cut - start > _STEP_WORDS
        or any(w.endswith((".", "!", "?", ":")) for w in words[start:cut])
    ):
        return units
    step, story = " ".join(words[:cut]), " ".join(words[cut:])
    block = units[first].block
    cut_units = [
        Unit(block, step, keep=False, reason=BOX_STEP),
        dataclasses.replace(units[first], text=story),
    ]
    return [*units[:first], *cut_units, *units[first + 1 :]]
