"""A source's credit closing a paragraph, run on from a line that has no full stop to end it.

An aggregator's one-line body (baomoi's `flat` layout) joins everything the page printed: when the
last line before the credit is a headline of the site's related stories or a story's line without its
stop (`… Tin liên quan Đông Nhi công khai ngày cưới Theo Thanh niên Việt`), no sentence boundary
sets the credit apart, and it goes with that line: dropped with the site's headlines, the page left
without its source. `credit_at_end` finds where such a credit starts (`Theo X`, `(Theo X)`, `Nguồn:
X` naming an outlet, at the very end), so that `units` cuts it off and the credit is read. A line
that is itself a byline with its source (`Minh Ngọc Theo Người Đưa Tin`) is read whole: no cut.

A writer's byline with its outlet or its role (`Đức Đồng - Thể thao Việt Nam`, `Bích Ngọc (Tổng
hợp)`) run on from the site's list of other stories (`… Tin liên quan Tiến Minh trở lại top 50 thế
giới Đức Đồng - …`, `Xem thêm Video: Mưa đá trắng trời ở Hà Giang Bích Ngọc (Tổng hợp)`) is cut off
it as well (`byline_at_end`): the writer's name is the words in capitals before the outlet after the
headline's last word in small letters, a place's name the headline ends with left to it. Only under
such a list's header, whose unit goes whole: a story's last line keeps a name that ends it.
"""

from __future__ import annotations

import re

from ..core.sentences import sentence_starts
from ..tagging.gazetteer import place
from .bylines import ROLE_WORDS, parse_byline
from .vocabulary import RELATED_HEADERS

__all__ = ["credit_at_end"]

# A credit's opening word in its capital, after a word (not after a stop: a sentence's start is cut
# already) and a space.
_OPENING = re.compile(r"(?<=[^\W_])\s+(?=\(?(?:Theo|Nguồn)\b)")
_MOST_WORDS = 6  # `Theo Nhà báo & Công luận`: a name, not a clause


def credit_at_end(text: str) -> list[int]:
    """Where the credit that ends `text` starts, when the words before it do not end a sentence; none
    when the credit is part of a byline (`Minh Ngọc Theo Người Đưa Tin`) or names no outlet."""
    found = list(_OPENING.finditer(text))
    if not found:
        return byline_at_end(text)
    at = found[-1].end()
    credit = text[at:].strip()
    if len(credit.split()) > _MOST_WORDS:
        return []
    read = parse_byline(credit)
    if read is None or not read.source or read.author:
        return []
    line = max((s for s in sentence_starts(text) if s < at), default=0)
    if parse_byline(text[line:].strip()) is not None:  # a writer and the outlet, read together
        return []
    return [at]


# The outlet after a dash, or an outlet or a role in brackets, ending the text.
_MARKED = re.compile(r"\s(?:[-–]\s+[^-–()]+|\([^()]+\))$")
_MOST_NAME_WORDS = 4  # `Nguyễn Thị Bích Ngọc`
_ROLES = frozenset(word.casefold() for word in ROLE_WORDS)  # `(Tổng hợp)`, `(T/h)`


def byline_at_end(text: str) -> list[int]:
    """Where a writer's byline with its outlet or role ending a list of other stories (the last
    sentence of `text` opens with its header: `Tin liên quan`, `Xem thêm Video:`) starts, else none."""
    line = max(sentence_starts(text), default=0)
    marked = _MARKED.search(text)
    if marked is None or marked.start() <= line or not _under_header(text[line:]):
        return []
    spans = [m.span() for m in re.finditer(r"\S+", text[: marked.start()]) if m.start() >= line]
    words = [text[start:end] for start, end in spans]
    run = 0
    while run < len(words) and words[len(words) - run - 1][:1].isupper():
        run += 1
    first = len(words) - run
    for cut in range(first + 1, len(words) - 1):  # a place the headline ends with (`… ở Hà Giang`) is its
        if place(" ".join(words[first:cut])) is not None:
            first = cut
    if not 2 <= len(words) - first <= _MOST_NAME_WORDS or run == len(words):
        return []
    at = spans[first][0]
    read = parse_byline(text[at:])
    bracket = text[marked.start() :].strip().strip("()").casefold()
    if read is None or not read.author or not (read.source or bracket in _ROLES):
        return []
    return [at]


def _under_header(sentence: str) -> bool:
    folded = sentence.casefold()
    return any(re.match(rf"{re.escape(header)}\b", folded) for header in RELATED_HEADERS)
