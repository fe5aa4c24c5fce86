"""A source's credit closing a paragraph, run on from a line that has no full stop to end it.

An aggregator's one-line body (baomoi's `flat` layout) joins everything the page printed: when the
last line before the credit is a headline of the site's related stories or a story's line without its
stop (`… Tin liên quan Đông Nhi công khai ngày cưới Theo Thanh niên Việt`), no sentence boundary
sets the credit apart, and it goes with that line: dropped with the site's headlines, the page left
without its source. `credit_at_end` finds where such a credit starts (`Theo X`, `(Theo X)`, `Nguồn:
X` naming an outlet, at the very end), so that `units` cuts it off and the credit is read. A line
that is itself a byline with its source (`Minh Ngọc Theo Người Đưa Tin`) is read whole: no cut.
"""

from __future__ import annotations

import re

from ..core.sentences import sentence_starts
from .bylines import parse_byline

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
        return []
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
