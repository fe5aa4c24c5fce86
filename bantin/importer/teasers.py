"""Teasers of other stories printed after the article as sentences: a headline, then the story's
lead that says it again (`Cô Tô siết chặt quản lý giá dịch vụ. UBND huyện Cô Tô vừa yêu cầu …
niêm yết công khai giá phòng.`), with no header over them.

Each teaser reads like prose, so the detector's kinds keep it; what gives it away is the pair: a
short line, and a longer sentence after it holding most of the short line's words. An article's
own sentences do not repeat the one before them that way, and a subheading is followed by what it
heads, not by its words again. Two such pairs at least, running on to the end of the body (or to
the footer), are a box of other stories, and the article ends where the first of them starts.

A box of most-read stories scraped with no space glues each headline to its rank (`Đọc nhiều1Hải
Phòng …2Mở rộng …`): `glued_ranks` says where its items start, for the units to cut there.
"""

from __future__ import annotations

import re

from ..core.text import CAPITALS, SMALL_LETTERS
from .furniture import Signals, Unit
from .unheaded import unheaded_leads

__all__ = ["glued_ranks", "teaser_tail"]

_WORD = re.compile(r"[^\W_]+")
_ITEM = re.compile(r"\d{1,3}\.\s")
_MIN_PAIRS = 2
_RESTATED = 0.6  # the share of the headline's words its lead says again


def teaser_tail(
    units: list[Unit],
    kinds: list[tuple[str, str]],
    found: list[Signals],
    end: int,
    anchors: tuple[str, ...] = (),
) -> int:
    """Where a run of teasers (headline, then a lead restating it) that goes on to `end` starts; else
    where other stories' leads with no headline after the closing byline start (`unheaded_leads`,
    `anchors` being the headline and the summary); `end` when there is neither."""
    start, pairs = end, 0
    while start - 2 >= 0 and _teaser(units, kinds, found, start - 2):
        start, pairs = start - 2, pairs + 1
    if pairs >= _MIN_PAIRS and any(k == "prose" for k, _ in kinds[:start]):
        return start
    return unheaded_leads(units, kinds, found, end, anchors)


def _teaser(units: list[Unit], kinds: list[tuple[str, str]], found: list[Signals], i: int) -> bool:
    """Whether units `i` and `i + 1` are a headline and the lead that says it again."""
    if kinds[i][0] not in ("short", "prose") or kinds[i + 1][0] != "prose" or not found[i + 1].sentence:
        return False
    head, lead = units[i].text.strip(), units[i + 1].text
    if head.endswith(("?", "!", ":", "”", '"')) or head.startswith(("“", '"', "-", "–")) or _ITEM.match(lead):
        return False  # a question and its answer, a quotation, a section's heading and its numbered item
    words = [w.casefold() for w in _WORD.findall(head)]
    said = {w.casefold() for w in _WORD.findall(lead)}
    if not 4 <= len(words) <= 16 or len(_WORD.findall(lead)) <= len(words):
        return False
    return sum(w in said for w in words) >= _RESTATED * len(words)


# A rank glued between a word and a headline (`Đọc nhiều1Hải Phòng …2Mở rộng …`).
_RANK = re.compile(r"(?<=[^\W_])(?<!\d\d)([1-9]|10)(?=[" + CAPITALS + r"][" + SMALL_LETTERS + r"])")


def glued_ranks(text: str) -> list[int]:
    """Where the items of a ranked list glued to its numbers start (`Đọc nhiều1Hải Phòng …2Mở rộng
    …3…`, a box of most-read stories scraped with no space): 1, 2 and on, in order, each glued to the
    last word before it (or the figure a headline ends with: `Quốc lộ 53Giá …`) and to a capitalised
    word after it, never the last digit of a number (`Năm 2021Doanh thu …, năm 2022Doanh thu …`). One
    rank alone (`Tin nóng1Hà Nội …`) is none."""
    cuts, expected = [], 1
    for match in _RANK.finditer(text):
        if int(match.group(1)) == expected:
            cuts.append(match.start())
            expected += 1
    return cuts if len(cuts) >= 2 else []
