"""The names a page prints more than once: pairs of words in title case (`Hạ Long`, `Cô Tô`), names of
places and bodies. A credit run into the next sentence (`Ảnh: Thu Chung Hạ Long đón …`) does not take
a name the page says again elsewhere: it opens the sentence."""

from __future__ import annotations

import re

from ..core.text import CAPITALS, SMALL_LETTERS

__all__ = ["repeated_pairs"]

_PAIR = re.compile(rf"(?<!\w)(?=([{CAPITALS}][{SMALL_LETTERS}]+ [{CAPITALS}][{SMALL_LETTERS}]+)(?!\w))")


def repeated_pairs(text: str) -> frozenset[str]:
    """The pairs of words in title case that `text` prints more than once."""
    seen: set[str] = set()
    twice: set[str] = set()
    for match in _PAIR.finditer(text):
        pair = match.group(1)
        (twice if pair in seen else seen).add(pair)
    return frozenset(twice)
