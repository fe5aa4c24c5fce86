"""A ticker of prices or rates over the page (`USD 24.790 ▲ 20 | EUR 27.312 ▼ 15 | Vàng SJC 81,30 ▲ 0,50`)
run into the story's first sentence on a one-line page: its arrows, a figure after each or none, mark
every cell, and the last one ends the ticker, however short the sentence after it (`Bị cáo lĩnh 18
tháng tù.`, which `menus.peel_menu` leaves glued, wanting a lead of ten words, or cuts inside, at
its first word in lower case). A story never writes such arrows; the sentence after them must stand as
the story's first (`bounds.plain_sentence`), so a short label cut from them is never lost. Such a
ticker in a unit of its own before the story's first sentence, under its label and with a last cell
that has not moved (`Giá nông sản hôm nay: Cà phê nhân 118.500 đ/kg ▲ Xoài tròn 22.000 đ/kg ▼ Mận hậu
0 đ/kg`), is the site's too (`tickers_over_lead`), though its colon reads as a table's the story
introduces."""

from __future__ import annotations

import re

from .bounds import first_prose, plain_sentence
from .furniture import figures
from .placed import signals

#: The reason such a ticker is the site's.
REASON = "a ticker of prices or rates over the page (figures with their arrows)"

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


# A figure, then its unit or none, then the cell's arrow (`118.500 đ/kg ▲`, `24.790 ▼ 15`).
_CELL = re.compile(r"\d[\d.,]*%?(?:\s+\S{1,6})?\s*[▲▼↑↓]")


# What may follow a ticker's last arrow in its unit: one more cell that has not moved (`Mận hậu 0 đ/kg`),
# a name and a figure with its unit, no colon and no stop of a line of the story's.
_LAST_CELL = re.compile(r"(?:\s*\|?\s*[^\W\d_][^\d:.!?]{0,30}\s\d[\d.,]*%?(?:\s*[^\s\d:.!?]{1,6})?)?\s*")


def tickers_over_lead(kinds: list[tuple[str, str]], texts: list[str]) -> list[tuple[str, str]]:
    """`kinds` with each unit before the story's first sentence that holds two cells of a ticker or
    more (a figure and its arrow) the site's (a ticker's label may read it as prose or a table's row),
    when nothing but one more cell follows its last arrow: a label glued after the ticker that may be
    the story's first line (`… ▲ 0,30 Tỷ giá trung tâm: 24.012 VND/USD.`) keeps its unit."""
    out = list(kinds)
    for index, text in enumerate(texts):
        cells = list(_CELL.finditer(text))
        if len(cells) >= _LEAST and _LAST_CELL.fullmatch(_after_arrow(text, cells[-1].end())):
            out[index] = ("chrome", REASON)
        elif index >= first_prose(kinds):
            break
    return out


def _after_arrow(text: str, end: int) -> str:
    """What `text` prints after the arrow ending at `end` and its change (`▲ 15`, `▼ 0,30`)."""
    change = _ARROW.match(text, end - 1)
    return text[change.end() if change else end :]
