"""A ticker of prices or rates over the page (`USD 24.790 ▲ 20 | EUR 27.312 ▼ 15 | Vàng SJC 81,30 ▲ 0,50`)
run into the story's first sentence on a one-line page: its arrows, a figure after each or none, mark
every cell, and the last one ends the ticker, however short the sentence after it (`Bị cáo lĩnh 18
tháng tù.`, which `menus.peel_menu` leaves glued, wanting a lead of ten words, or cuts inside, at
its first word in lower case). A story never writes such arrows; the sentence after them must stand as
the story's first (`bounds.plain_sentence`), so a short label cut from them is never lost."""

from __future__ import annotations

import re

from .bounds import plain_sentence
from .furniture import figures
from .placed import signals

# A cell's arrow and its change (`▲ 20`, `▼15`, `▲ 0,32`, `▲`), up or down.
_ARROW = re.compile(r"[▲▼↑↓]\s*(?:[+-]?\d[\d.,]*%?(?!\S))?")
_LEAST = 2  # arrows: a ticker of one cell is no ticker


def peel_ticker(text: str) -> tuple[str, str] | None:
    """(the ticker, the sentence after it) when `text` opens with cells of figures and arrows and a
    whole sentence follows the last arrow, else None."""
    arrows = list(_ARROW.finditer(text))
    if len(arrows) < _LEAST:
        return None
    head, rest = text[: arrows[-1].end()].strip(), text[arrows[-1].end() :].strip(" |")
    if not figures(head) or not (rest[:1].isupper() or rest[:1].isdigit()):
        return None
    return (head, rest) if plain_sentence(signals(rest)) else None
