"""A box under the story headed by a label the page's own menu printed above it (`Thánh ca` under a
menu holding `Thánh ca`, `… 19g00 Văn kiện Sắc chỉ …` under one holding `Văn kiện`): a site prints its
sections again as the boxes of links after the story (hymns, documents, a radio's programme), and
their items are short lines without a stop that read as the story's last lines. A story's own short
lines (a verse, a list) do not repeat a label of the menu in sentence case (`Văn kiện`, not a name
such as `Việt Nam`) between other items; the box is cut only when nothing but short lines stand
between it and the site's chrome (a related list, a footer) or the page's end."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..core.text import CAPITALS, SMALL_LETTERS

__all__ = ["REASON", "menu_boxes"]

REASON = "a box under the story headed by a label of the page's menu"

_CAPITAL = re.compile(rf"^[{CAPITALS}]")
_SMALL = re.compile(rf"^[{SMALL_LETTERS}]+$")
_ENDS_SMALL = re.compile(rf"[{SMALL_LETTERS}]$")


def _menu_label(text: str, menu: str) -> bool:
    """`text` holds a label of two or three words that `menu` prints as words of its own: opening
    with a capital, in sentence case (one word in small letters at least: no name), at the unit's
    start or after a figure or a mark, and followed by the box's next item (a capital) or nothing."""
    tokens, padded = text.split(), f" {menu} "
    for i, first in enumerate(tokens):
        if not _CAPITAL.match(first) or (i and _ENDS_SMALL.search(tokens[i - 1])):
            continue
        for size in (3, 2):
            run, after = tokens[i : i + size], tokens[i + size : i + size + 1]
            if len(run) < size or not any(_SMALL.match(word) for word in run[1:]):
                continue
            if (not after or _CAPITAL.match(after[0])) and f" {' '.join(run)} " in padded:
                return True
    return False


def menu_boxes(
    kinds: list[tuple[str, str]], texts: Sequence[str], above: Sequence[str] = ()
) -> list[tuple[str, str]]:
    """`kinds` with the runs of short units after a prose unit of the story, from one holding a label
    of the menu (the units before the first prose, and the lines of it a parser dropped, `above`) to
    the chrome after them or the page's end, the site's."""
    first = next((i for i, (kind, _) in enumerate(kinds) if kind == "prose"), len(kinds))
    menu, out = " ".join((*above, *texts[:first])), list(kinds)
    for i in range(first + 1, len(kinds)):
        if kinds[i - 1][0] != "prose" or kinds[i][0] != "short":
            continue
        end = next((j for j in range(i, len(kinds)) if kinds[j][0] != "short"), len(kinds))
        if end < len(kinds) and kinds[end][0] != "chrome":
            continue  # the story goes on after them (a verse, a list): they are its own
        start = next((j for j in range(i, end) if _menu_label(texts[j], menu)), end)
        out[start:end] = [("chrome", REASON)] * (end - start)
    return out
