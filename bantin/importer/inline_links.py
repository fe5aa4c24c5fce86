"""A related story's headline alone on a line between two of the story's (news-please's text keeps
the links a page sets inside its story: `Hà Nội sẽ có 1.000 xe buýt điện trước năm 2025`, `Cam Vinh
được cấp văn bằng bảo hộ chỉ dẫn địa lý`), told from the story's own subheading (`Với thủ tục đăng
ký tạm trú tại công an cấp xã`), which has the same shape, by what they say: a subheading opens the
paragraphs under it and closes the one before it, so it shares a word of two syllables with one of
them (`tạm trú`, `thủ tục`); another story's headline names its own news, a place, a person or a
figure of its own (a capital after its first word, or a figure), and shares none.

A question alone is never taken (an interview's question may share no word with its answer), only in
a run of two headlines between paragraphs (`_two_headlines`); nor a line
of a table (figures in three cells or more), a list's item, a line listing names under a label
(`Bảng A: Thái Lan, Malaysia, …`: `rosters`), a caption's credit or a byline. A
media label glued to the headline with no space (`Video:Phát hiện loài rắn lục mới ở Tây Nguyên`) is
the link's, as a scraper joins a label's span to its link (the chrome detector already takes a video's
title under its label with a space, `Video: …`, no video being imported)."""

from __future__ import annotations

import re

from ..core.sentences import ends_sentence, word_pairs
from .byline_spots import is_stamp_line
from .bylines import parse_byline
from .rosters import lists_names

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_FIGURE = re.compile(r"(?<![\w.,])\d[\d.,/%]*")
_OPENS = 2  # paragraphs: what a subheading opens, where it shares its words
_FEWEST = 6  # words: a subheading of a feature may be short (`Nỗi lo mất việc`), a headline is not
_LONGEST = 150  # characters
# `II. …`, `Điều 7. …` (a law's article quoted, a part under its label): a numbered part of the story
_ITEM = re.compile(r"^\s*(?:[-+*•–]|\d{1,2}[.)]|[IVX]{1,4}\.|[^\W\d_]+\s+(?:\d{1,3}|[IVX]{1,4})\.)\s")
_GLUED_LABEL = re.compile(r"^(?:Video|Clip|Infographic|VIDEO|CLIP):(?=[^\W\d_])")
_CREDIT = re.compile(r"(?i)(?<!\w)(?:ảnh|video|clip|nguồn|theo)\s*:")


def drop_inline_headlines(lines: list[str]) -> list[str]:
    """`lines` (the story's, one paragraph a line) without the related headlines between them."""
    gone: set[int] = set()
    for i in range(1, len(lines) - 1):
        if inline_headline(lines[i - 1], lines[i], lines[i + 1], lines[i + 1 : i + 1 + _OPENS]):
            gone.add(i)
        elif i + 2 < len(lines) and _two_headlines(
            lines[i - 1], lines[i : i + 2], lines[i + 2 : i + 2 + _OPENS]
        ):
            gone.update((i, i + 1))
    return [line for i, line in enumerate(lines) if i not in gone]


def inline_headline(before: str, line: str, after: str, below: list[str] | None = None) -> bool:
    """`line`, between the story's `before` and `after` (`below`: the lines it would open, `after`
    first), is another story's headline."""
    shaped = _headline(line, question=False)
    return bool(shaped and shaped[1] and _between(shaped[0], before, below or [after]))


def _two_headlines(before: str, pair: list[str], below: list[str]) -> bool:
    """Two related headlines running between `before` and `after` (a box of links), one of them named
    and one at most a question (`Sơn Tùng M-TP sở hữu khối tài sản bao nhiêu ở tuổi 24?`): an interview's
    question has its answer, a sentence, after it."""
    shaped = [_headline(line, question=True) for line in pair]
    return (
        all(shaped)
        and any(s[1] for s in shaped if s)
        and sum(s[0].endswith("?") for s in shaped if s) <= 1  # two questions running: the story's asking
        and all(_between(s[0], before, below) for s in shaped if s)
    )


def _headline(line: str, question: bool) -> tuple[str, bool] | None:
    """(the text, whether it names something of its own) of a line shaped as a headline, else None."""
    text = _GLUED_LABEL.sub("", line.strip())  # `Video:Phát hiện …`: the link's label on its text
    words = _WORD.findall(text)
    if not (_FEWEST <= len(text.split()) <= 30 and len(text) <= _LONGEST and words):
        return None
    if text.endswith(("!", ":", ";", ",")) or _ITEM.match(text) or lists_names(text):
        return None
    if not (question and text.endswith("?")) and (text.endswith("?") or ends_sentence(text)):
        return None
    if _CREDIT.search(text) or parse_byline(text) is not None or is_stamp_line(text):
        return None
    figures = _FIGURE.findall(text)
    if len(figures) >= 3:
        return None  # a table's row
    named = bool(figures or any(w[0].isupper() for w in words[1:]))  # not a theme (`Nỗi lo của …`)
    return text, named


def _between(text: str, before: str, below: list[str]) -> bool:
    """`text` stands between two of the story's paragraphs (`before`, the first of `below`) and shares
    no word of two syllables with the one before or the ones it would open (a subheading shares one
    with what it opens, or with what it closes)."""
    if not (ends_sentence(before) and below and ends_sentence(below[0])):
        return False  # a box of several lines, a table, a list: not links between two paragraphs
    own = word_pairs(text)
    return not (own & word_pairs(before) or any(own & word_pairs(line) for line in below))
