"""Lines at the top of a news-please text that are the story's though no full stop ends them.

news-please keeps the text of related-article links above the article, so `layouts` drops the short
lines without a full stop that come before its first sentence. Some stories open with lines of
that shape: a list of items without stops (`Nguyên liệu cho cả tuần` over `ức gà`, `trứng` …),
numbered steps (`Bước 1: …`, `Bước 2: …`), a roster of labelled lines (`Thủ môn: …`, `Hậu vệ: …`),
a slogan or a law's title in capitals over the sentence that speaks of it. A related headline has
none of these shapes: it opens in a capital, stands alone rather than numbered in a run, names its
subject rather than a common label, and is not set in capitals (a box's header in capitals is a
known section header). `opens_story_list` says whether the line at an index opens such a run; the
first line that does starts the article, and a borderline line is kept.
"""

from __future__ import annotations

import re

from .boilerplate import is_chrome, is_section_header
from .furniture import shouting
from .numbered_items import numbered_item

__all__ = ["opens_story_list"]

# `Bước 1:`, `1.`, `2)`, `Câu 3 -`: a label and a number opening a line
# `Thủ môn: …`: a label of one to three words and a colon opening a line
_LABELLED = re.compile(r"^(?P<label>[^\W\d_]+(?: [^\W\d_]+){0,2}):\s+\S")
_ROSTER = 3  # labelled lines in a run: fewer could be two headlines with a place before a colon


def opens_story_list(lines: list[str], i: int) -> bool:
    """The line at `i` opens (or is an item of) a list the story holds: items opening in lower case
    (or their header line over them), steps numbered on from 1, a roster of labelled lines, or a
    line in capitals (not a box's header) over the first sentence."""
    text = lines[i].strip()
    after = lines[i + 1].strip() if i + 1 < len(lines) else ""
    if _opens_lower(text) or (_opens_lower(after) and text[:1].isupper()):
        return True
    if _numbered(text) == 1 and _numbered(after) == 2:
        return True
    if _roster(lines[i : i + _ROSTER]):
        return True
    return _in_capitals(text) and not (is_section_header(text) or is_chrome(text))


def _opens_lower(text: str) -> bool:
    return text[:1].isalpha() and text[:1].islower()


def _numbered(text: str) -> int | None:
    item = numbered_item(text)
    return item[1] if item else None


def _roster(lines: list[str]) -> bool:
    """`_ROSTER` lines each opening with a different label of common words (`Thủ môn:`), not a
    name (`Hà Nội:`, a headline's place) and not a speaker over a quote (`Thủ tướng: "…"`)."""
    labels = []
    for line in lines:
        found = _LABELLED.match(line.strip())
        if not found or line.strip()[found.end() - 1 :][:1] in "\"“'":
            return False
        words = found["label"].split()
        if len(words) > 1 and all(word[:1].isupper() for word in words):
            return False  # a name
        labels.append(found["label"].casefold())
    return len(labels) == _ROSTER and len(set(labels)) == _ROSTER


def _in_capitals(text: str) -> bool:
    words = text.split()
    return len(words) >= 3 and all(shouting(word) for word in words if any(c.isalpha() for c in word))
