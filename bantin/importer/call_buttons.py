"""A page's button run into the story's next sentence: a verb of looking or downloading in a capital
and its object in small letters (`Xem bản đồ chất lượng không khí`, `Xem tất cả sách đoạt giải`,
`Tải toàn văn báo cáo`), with no stop before the sentence after it (`… chất lượng không khí Người có
bệnh hô hấp … hạn chế ra ngoài.`).

Alone on its line the detector takes such a button for furniture; a scrape printed on one line runs it
into the next sentence, and the unit stays whole. Vietnamese writes common words in small letters
inside a sentence, so a sentence's first word in a capital (`Người`, `Chủ`, `Từ`: `STARTERS`) right
after a word in small letters is where a new sentence begins, and what stands before it, a verb and
its object with no stop, is no sentence but a button. Only `Xem` and `Tải` open one here: the verbs of
booking, buying or registering open a story's subheadings too (`Đặt lịch trực tuyến` over its
section), and `Xem xét` is a verb of its own. The sentence after the button stays.

An app's or a shop's offer that `glued_teasers` cuts off before the story's next sentence goes with
the same reason.
"""

from __future__ import annotations

import re

from ..core.sentences import ends_sentence
from ..core.text import SMALL_LETTERS
from .credit_ends import STARTERS
from .furniture import Unit

__all__ = ["BUTTON", "call_button_apart"]

#: The reason a button or an app's offer, run into the story's next sentence, goes (the sentence stays).
BUTTON = "a page's button or an app's offer, run into the story's next sentence"

_VERBS = r"(?:Xem|Tải)(?!\s+(?:xét|trọng|nhẹ)\b)"  # `Xem xét`, `Xem trọng`: a sentence's verbs
_STARTER = "|".join(sorted(STARTERS, key=len, reverse=True))
_BUTTON = re.compile(
    rf"(?P<button>{_VERBS}(?:\s+[{SMALL_LETTERS}]+){{2,7}})\s+(?=(?:{_STARTER})\s+[{SMALL_LETTERS}])"
)
_SENTENCE_WORDS = 6  # the sentence after the button: a whole one, not a label's words


def call_button_apart(units: list[Unit]) -> list[Unit]:
    """`units` with each unit that opens with a button run into a whole sentence cut in two: the
    button (chrome, `BUTTON`) and the sentence (see the module's docstring)."""
    out: list[Unit] = []
    for unit in units:
        found = _BUTTON.match(unit.text) if unit.keep and unit.reason == "article text" else None
        rest = unit.text[found.end() :] if found else ""
        if found is None or not ends_sentence(rest) or len(rest.split()) < _SENTENCE_WORDS:
            out.append(unit)
            continue
        out += [Unit(unit.block, found.group("button"), True, BUTTON), Unit(unit.block, rest)]
    return out
