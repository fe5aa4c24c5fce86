"""A match's result the story states as a labelled field right after its last sentence (`Kết quả: CES
4-2 Box Gaming`, `Chung kết: Việt Nam 4-1 Thái Lan`): a label of a few words, a colon, a side's name in
capitals, the score, the other side's name.

A report of a match or a bracket often ends on such a line, and with nothing of the story after it the
line reads as a box of figures outside the story (a widget's `Kết quả`, a ticker's score). A widget's
results stand under their header with no label of their own (`Hà Nội FC 2-1 Hải Phòng`), after the
byline or a related header; the story's line follows its last sentence at once, with its label: that is
a borderline unit, kept. A line that is only a match's score between its sides (`Man City 0-2 Liverpool`,
`score_line`) is a results story's row, or a widget's: never a menu's items, whatever its capitals."""

from __future__ import annotations

import re

from ..core.text import CAPITALS

__all__ = ["score_line", "states_a_result"]

_SIDE = r"[" + CAPITALS + r"0-9][^\s:;.!?]*(?:\s+[" + CAPITALS + r"0-9][^\s:;.!?]*){0,3}"
_RESULT = re.compile(
    r"[" + CAPITALS + r"][^:.!?]{0,30}:\s+" + _SIDE + r"\s+\d{1,2}\s?[-–]\s?\d{1,2}\s+" + _SIDE + r"(?=\s|$)"
)


def states_a_result(text: str) -> bool:
    """`text` opens with a labelled result of a match (`Kết quả: CES 4-2 Box Gaming …`)."""
    return _RESULT.match(text.strip()) is not None


_SCORED = re.compile(_SIDE + r"\s+\d{1,2}\s?[-–]\s?\d{1,2}\s+" + _SIDE)


def score_line(text: str) -> bool:
    """`text` is a match's score between its two sides, nothing else (`Arsenal 0-1 West Ham`)."""
    return _SCORED.fullmatch(text.strip()) is not None
