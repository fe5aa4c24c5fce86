"""The names a page prints more than once: pairs of words in title case (`Hạ Long`, `Cô Tô`), names of
places and bodies. A credit run into the next sentence (`Ảnh: Thu Chung Hạ Long đón …`) does not take
a name the page says again elsewhere: it opens the sentence."""

from __future__ import annotations

import re

from ..core.text import CAPITALS, SMALL_LETTERS

__all__ = ["printed_alone", "repeated_pairs"]

_PAIR = re.compile(rf"(?<!\w)(?=([{CAPITALS}][{SMALL_LETTERS}]+ [{CAPITALS}][{SMALL_LETTERS}]+)(?!\w))")


def repeated_pairs(text: str) -> frozenset[str]:
    """The pairs of words in title case that `text` prints more than once."""
    seen: set[str] = set()
    twice: set[str] = set()
    for match in _PAIR.finditer(text):
        pair = match.group(1)
        (twice if pair in seen else seen).add(pair)
    return frozenset(twice)


_ALONE = re.compile(rf"(?<!\w)[{CAPITALS}]\w+(?!\w)")


def printed_alone(text: str) -> frozenset[str]:
    """The words opening with a capital that `text` prints on their own (`Vinaconex` in `(Vinaconex)`): a
    credit glued to the next sentence (`Ảnh: VinaconexCao tốc …`) ends where such a word does."""
    return frozenset(match.group(0) for match in _ALONE.finditer(text))
