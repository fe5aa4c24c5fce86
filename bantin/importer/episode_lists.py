"""A programme's list of episodes: each an episode's mark, its title and its length (`Tập 7 Trực ca Tết
31:02`, `#104: Người trẻ và chuyện mua nhà 47:30`, `Số 12: Nuôi ốc bươu đen 14:52`), as a podcast's or a
station's page prints them under the player, run on one after another in a one-line scrape.

An episode's mark opens it (`Tập`, `Số`, `Kỳ`, `Phần`, `Episode` and its number, or `#` and a number) and
its length closes it (`mm:ss`, `h:mm:ss`), with no stop between them: a story that speaks of an
episode tells it in a sentence (`Tập 3 lên sóng lúc 20:30.`, its stop after the time) or goes on after
the time in lower case, and neither is read as one. Each entry is cut off what it is run into (the
player's credits before it, a prompt after it) so that the rest is judged alone, and an entry goes: it
is a link to another page of the programme, never a line of this one's story."""

from __future__ import annotations

import itertools
import re

from ..core.text import CAPITALS
from .furniture import Unit

__all__ = ["REASON", "episode", "episodes_apart"]

#: The reason an episode's entry goes.
REASON = "an episode in a programme's list, its title with its length"

_MARK = r"(?:(?:Tập|TẬP|Số|Kỳ|Phần|Episode|Ep\.?)\s*\d{1,4}|#\d{1,4})\s*:?"
_LENGTH = r"(?:\d{1,2}:)?\d{1,2}:\d{2}"
# An entry, its title of two words or more with no stop, a capital, `#` or the text's end after it.
_ENTRY = re.compile(rf"(?<!\S){_MARK}\s+[^.!?…:\s][^.!?…]{{1,150}}?\s{_LENGTH}(?=\s+[{CAPITALS}#]|\s*$)")


def episode(text: str) -> bool:
    """`text` is one episode's entry alone (`Tập 45: Ăn sáng thế nào cho đúng 16:20`)."""
    found = _ENTRY.match(text.strip())
    return found is not None and found.end() == len(text.strip())


def episodes_apart(units: list[Unit]) -> list[Unit]:
    """`units` with every episode's entry a unit of its own, cut off what runs into it."""
    out: list[Unit] = []
    for unit in units:
        cuts = sorted({0, len(unit.text)} | {i for m in _ENTRY.finditer(unit.text) for i in m.span()})
        pieces = [unit.text[a:b].strip() for a, b in itertools.pairwise(cuts)]
        out.extend(Unit(unit.block, piece, unit.keep, unit.reason) for piece in pieces if piece)
    return out
