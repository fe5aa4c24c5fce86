"""A related story's headline alone on a line between two of the story's (news-please's text keeps
the links a page sets inside its story: `Hà Nội sẽ có 1.000 xe buýt điện trước năm 2025`, `Cam Vinh
được cấp văn bằng bảo hộ chỉ dẫn địa lý`), told from the story's own subheading (`Với thủ tục đăng
ký tạm trú tại công an cấp xã`), which has the same shape, by what they say: a subheading opens the
paragraphs under it and closes the ones before it, so it shares a word of two syllables with one of
them (`tạm trú`, `thủ tục`); another story's headline names its own news, a place, a person or a
figure of its own (a capital after its first word, or a figure), and shares none.

A question is never taken (an interview's question may share no word with its answer), nor a line
of a table (figures in three cells or more), a list's item, a caption's credit or a byline. A
media label glued to the headline with no space (`Video:Phát hiện loài rắn lục mới ở Tây Nguyên`) is
the link's, as a scraper joins a label's span to its link (the chrome detector already takes a video's
title under its label with a space, `Video: …`, no video being imported)."""

from __future__ import annotations

import itertools
import re

from ..core.sentences import ends_sentence
from .bylines import is_stamp_line, parse_byline

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_FIGURE = re.compile(r"(?<![\w.,])\d[\d.,/%]*")
_FEWEST = 6  # words: a subheading of a feature may be short (`Nỗi lo mất việc`), a headline is not
_LONGEST = 150  # characters
_ITEM = re.compile(r"^\s*(?:[-+*•–]|\d{1,2}[.)])\s")
_GLUED_LABEL = re.compile(r"^(?:Video|Clip|Infographic|VIDEO|CLIP):(?=[^\W\d_])")
_CREDIT = re.compile(r"(?i)(?<!\w)(?:ảnh|video|clip|nguồn|theo)\s*:")


def drop_inline_headlines(lines: list[str]) -> list[str]:
    """`lines` (the story's, one paragraph a line) without the related headlines between them."""
    return [
        line
        for i, line in enumerate(lines)
        if not (0 < i < len(lines) - 1 and inline_headline(lines[i - 1], line, lines[i + 1]))
    ]


def inline_headline(before: str, line: str, after: str) -> bool:
    """`line`, between the story's `before` and `after`, is another story's headline."""
    text = _GLUED_LABEL.sub("", line.strip())  # `Video:Phát hiện …`: the link's label on its text
    words = _WORD.findall(text)
    if not (_FEWEST <= len(text.split()) <= 30 and len(text) <= _LONGEST and words):
        return False
    if text.endswith(("?", "!", ":", ";", ",")) or ends_sentence(text) or _ITEM.match(text):
        return False
    if not (ends_sentence(before) and ends_sentence(after)):
        return False  # a box of several lines, a table, a list: not one link between two paragraphs
    if _CREDIT.search(text) or parse_byline(text) is not None or is_stamp_line(text):
        return False
    figures = _FIGURE.findall(text)
    if len(figures) >= 3:
        return False  # a table's row
    if not (figures or any(w[0].isupper() for w in words[1:])):
        return False  # nothing named: a subheading's theme (`Nỗi lo của người dân vùng lũ`)
    own = _pairs(text)
    return not (own & _pairs(before) or own & _pairs(after))


def _pairs(text: str) -> set[tuple[str, str]]:
    """The text's words of two syllables (two words running, in lower case)."""
    words = [w.casefold() for w in _WORD.findall(text)]
    return set(itertools.pairwise(words))
