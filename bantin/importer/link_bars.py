"""A portal's bar of links between pipes run into the story between two of its sentences (`… tỉnh Kon
Tum. Văn bản mới | Lịch công tác | Dịch vụ công trực tuyến Ông Leth …`, `… Khăm Muồn. Tra cứu: Biểu
thuế xuất nhập khẩu 2024 | Tỷ giá | Danh mục mã HS Cửa khẩu Cha Lo …`), which a one-line scrape prints
with no stop after its last link. A writer separates a list's items with commas, never three short
capitalised items with pipes after a full stop. The bar starts after the stop (its label, `Tra cứu:`,
with it) and ends where a whole sentence opens after its last link's first word: the first word in a
capital from which a sentence of eight words or more runs to its stop (a code in capitals before a
word in a capital, `HS Cửa khẩu`, is the link's). Where it starts and ends, a unit does
(`units.split_units`), and the unit is judged on its own (`widgets`, `furniture`). Two links make such
a bar where both open with the same word (`Thư viện ảnh | Thư viện video`): a site's pair of its own
pages, no table's row of two fields (a label and its value)."""

from __future__ import annotations

import itertools
import re

from ..core.sentences import glued_after_stop, sentence_after
from ..core.text import CAPITALS

__all__ = ["LINK_BAR", "link_bar", "link_bar_cuts"]

#: The reason such a bar is the site's.
LINK_BAR = "a portal's bar of three links or more between pipes, run into the story between its sentences"

_ITEM = rf"[{CAPITALS}][^\s|.!?:;,]*(?:\s[^\s|.!?:;,]+){{0,6}}"  # a link: a capital, seven words at most
_BAR = re.compile(
    rf"(?<=[.!?…”])\s+(?P<bar>(?:[{CAPITALS}][^\W\d_]*(?:\s[^\W\d_]+)?:\s+)?{_ITEM}(?:\s\|\s{_ITEM}){{1,}}\s\|\s)"
    rf"(?P<last>[{CAPITALS}]\S*)"
)
_LOWER = rf"\s(?![{CAPITALS}])[^\W\d_]+"  # a link's next word, in lower case
_PAIR_ITEMS = rf"(?P<head>[{CAPITALS}][^\W\d_]*)(?:{_LOWER}){{1,3}}\s\|\s(?P=head)(?:{_LOWER}){{1,3}}"
_PAIR = re.compile(
    rf"(?<=[.!?…”])\s+(?P<bar>{_PAIR_ITEMS})\s(?=[{CAPITALS}])"
)  # two links, the same word first
_PAIR_WHOLE = re.compile(_PAIR_ITEMS)
_YEAR = re.compile(r"(?<!\S)(?:19|20)\d\d(?!\S)")
_WHOLE = re.compile(rf"(?:[{CAPITALS}][^\W\d_]*(?:\s[^\W\d_]+)?:\s+)?{_ITEM}(?:\s\|\s{_ITEM}){{2,}}")


def link_bar(text: str, paragraph: str) -> bool:
    """`text` is such a bar, whole (a figure only as a year, `Biểu thuế … 2024`), glued after a sentence's
    stop in `paragraph`, the block it was cut from: a table's row of headers alone on its line
    (`Loại đất | Diện tích (triệu ha) | Tỷ lệ`) is the story's."""
    stripped = text.strip()
    if _PAIR_WHOLE.fullmatch(stripped):
        return glued_after_stop(stripped, paragraph)
    if not _WHOLE.fullmatch(stripped) or re.search(r"\d", _YEAR.sub("", stripped)):
        return False
    return glued_after_stop(stripped, paragraph)


def link_bar_cuts(text: str) -> set[int]:
    """Where such bars in `text` start and end (none: an empty set)."""
    cuts: set[int] = set()
    for found in _BAR.finditer(text):
        if found.group("bar").count("|") < 2:  # three links or more
            continue
        end = _sentence_start(text, found.end("last"))
        if end is not None:
            cuts.update((found.start("bar"), end))
    for found in _PAIR.finditer(text):
        if sentence_after(text, found.end(), 8) is not None:  # a whole sentence opens after the pair
            cuts.update((found.start("bar"), found.end("bar")))
    return cuts


def _sentence_start(text: str, at: int) -> int | None:
    """The first word in a capital after `at` that opens a sentence of eight words or more."""
    words = list(re.finditer(r"\S+", text[at:]))
    for word, after in itertools.pairwise(words):
        first = word.group()
        if not first[:1].isupper() or (first.isupper() and after.group()[:1].isupper()):
            continue
        if sentence_after(text, at + word.start(), 8) is not None:
            return at + word.start()
        return None  # the first sentence-like capital is no whole sentence: leave the bar alone
    return None
