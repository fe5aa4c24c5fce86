"""A box's label left alone between the story's last sentence and the site's chrome (`Tin chính`,
`Diễn đàn` over `Đọc nhiều nhất`): the scraper kept the header of a list of links and dropped its
items, so it reads as a short last line of the story. It is the site's when it is two or three
words in sentence case (a capital, then small letters only: no name, which is title case, no
figure, no stop, no colon announcing what follows), right after a sentence of the story, and only
the site's chrome follows it to the page's end; a line the story goes on after, or that a byline or
a caption follows, stays."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..core.text import CAPITALS, SMALL_LETTERS

__all__ = ["REASON", "box_labels"]

REASON = "a box's label alone after the story, only the site's chrome after it"

_LABEL = re.compile(rf"^[{CAPITALS}][{SMALL_LETTERS}]*(?: [{SMALL_LETTERS}]+){{1,2}}$")


def box_labels(kinds: list[tuple[str, str]], texts: Sequence[str]) -> list[tuple[str, str]]:
    """`kinds` with a short unit in sentence case right after the story's last prose unit, with only
    chrome after it to the end, the site's."""
    out = list(kinds)
    for i in range(1, len(kinds) - 1):
        if kinds[i - 1][0] != "prose" or kinds[i][0] != "short" or not _LABEL.match(texts[i].strip()):
            continue
        if all(kind == "chrome" for kind, _ in kinds[i + 1 :]):
            out[i] = ("chrome", REASON)
    return out
