"""A writer's name in capitals closing the story (`MINH TRÍ`, `HOÀNG YẾN`): the article's byline, though
a unit in capitals is elsewhere a menu's or a box's header (`THỜI SỰ`, `TIN MỚI`) or a masthead's
line. `chrome` asks `signed_in_capitals` before it takes such a line for the footer's masthead, and
`bounds` asks `signs_short_lines` before it takes one under a poem's lines for a box's header.

`name_cuts`: such a name run in one line between the story's last words and what the page prints
after it (`… Ajeet Rai, 16h ĐÔNG LINH Lý Hoàng Nam quần vợt Tin liên quan …`, the tags after it) is a
unit of its own, so the byline is read and the tags go; a name in capitals inside a sentence is
followed by its words in lower case (`ông NGUYỄN VĂN AN cho biết`), not by a word in title case, and
a photo's credit in capitals glued before a sentence (`ĐỘC LẬP Trước giờ tôi …, thế nhưng …`) by
words with their commas and stops."""

from __future__ import annotations

import re

from ..core.text import CAPITALS, SMALL_LETTERS, is_syllable
from ..tagging.gazetteer import place
from ..tagging.kinds import is_vietnamese_person
from .boilerplate import is_chrome
from .bylines import names_section, parse_byline
from .furniture import Signals, Unit, shouting
from .vocabulary import BOX_HEADERS, RELATED_HEADERS
from .writers import titles_a_person

__all__ = ["name_cuts", "names_short", "signed_in_capitals", "signs_short_lines"]

_LONGEST = 4  # words of a name
_SENTENCE = 12  # words after it with no stop nor comma: tags, headlines, not a sentence
_TITLE_CASE = re.compile(rf"^[{CAPITALS}][{SMALL_LETTERS}]")
_HEADERS = " ".join(f" {header} " for header in (*RELATED_HEADERS, *BOX_HEADERS))


def signed_in_capitals(units: list[Unit], kinds: list[tuple[str, str]], found: list[Signals], i: int) -> bool:
    """A name in capitals right after the article's last sentence or caption (`MINH TRÍ`), with no
    furniture word: the article's closing byline, not a masthead line of the footer."""
    byline = parse_byline(units[i].text)
    return (
        i > 0
        and (kinds[i - 1][0] in ("prose", "caption") or signs_short_lines(units, kinds, i))
        and byline is not None
        and byline.author is not None
        and names_short(units[i].text)
        and not found[i].weak
        and not found[i].word
        and not is_chrome(units[i].text)
    )


def signs_short_lines(units: list[Unit], kinds: list[tuple[str, str]], i: int) -> bool:
    """`units[i]`, a person's full name in capitals (`NGUYỄN ĐÌNH XUÂN`), or two writers' a dash joins
    (`NHẬT LINH - THÁI LỘC`), under lines without stops after the story's last sentence (a poem's, a
    list's), and the only such name after it: the writer signing them, no box's header (`ĐỪNG BỎ
    LỠ`); a roll of names in capitals has more."""
    last = max((n for n in range(i) if kinds[n][0] in ("prose", "caption", "byline")), default=-1)
    names = [n for n in range(last + 1, len(units)) if _person_in_capitals(units[n].text)]
    return 0 <= last < i - 1 and names == [i]


def _person_in_capitals(text: str) -> bool:
    byline = parse_byline(text) if text.isupper() and names_short(text) else None
    return byline is not None and byline.author is not None and _writers(byline.author)


def _writers(author: str) -> bool:
    """A person's full name (`Nguyễn Đình Xuân`), or two writers' names a dash joins (`Nhật Linh - Thái
    Lộc`: pen names, no surname), each of two words or more in Vietnamese syllables, no place's (not
    `Hà Nội - Đà Nẵng`, a route's ends) nor a section's or a box's (`TIN MỚI - ĐỌC NHIỀU`)."""
    names = _JOINT.split(author)
    if len(names) == 1:
        return is_vietnamese_person(author.split())
    parts = [name.split() for name in names]
    return (
        len(parts) == 2
        and all(len(p) >= 2 and all(map(is_syllable, p)) for p in parts)
        and not any(place(name) or names_section(name) or is_chrome(name) for name in names)
    )


_JOINT = re.compile(r"\s[-–]\s")  # between two writers' names (`SÙNG A PÁO - LẦU THỊ MAI`)


def names_short(text: str) -> bool:
    """`text` is short enough for a name or two in a byline: four words at most, or two writers' names
    of four words at most each, a dash between them (`SÙNG A PÁO - LẦU THỊ MAI`); a longer line in
    capitals is a header, a masthead's line or a headline."""
    names = _JOINT.split(text)
    return len(names) <= 2 and all(1 <= len(name.split()) <= _LONGEST for name in names)


def name_cuts(text: str) -> set[int]:
    """Where a writer's name in capitals (two to four words) run between mixed-case words starts and
    ends: after a word not in capitals nor a title (`HLV`), with a word in title case after it."""
    tokens = list(re.finditer(r"\S+", text))
    cuts: set[int] = set()
    start = 1
    while start < len(tokens):
        end = start
        while end < len(tokens) and shouting(tokens[end].group(0)):
            end += 1
        if _signs_between(text, tokens, start, end):
            cuts.update((tokens[start].start(), tokens[end].start()))
        start = end + 1
    return cuts


def _signs_between(text: str, tokens: list[re.Match[str]], start: int, end: int) -> bool:
    """`tokens[start:end]`, in capitals, are a writer's name between mixed-case words."""
    words = [t.group(0) for t in tokens[start:end]]
    if not (2 <= len(words) <= _LONGEST and end < len(tokens) and all(map(is_syllable, words))):
        return False  # `UBND TP HCM`: initials, no name
    before, after = tokens[start - 1].group(0), tokens[end].group(0)
    if (
        not (before[-1:].isalnum() and _TITLE_CASE.match(after))
        or shouting(before)
        or titles_a_person(before)
    ):
        return False
    if any(re.search(r"[,.;:!?…]", t.group(0)) for t in tokens[end : end + _SENTENCE]):
        return False  # a sentence after it (`ĐỘC LẬP Trước giờ tôi …, thế nhưng …`): a photo's credit
    name = text[tokens[start].start() : tokens[end - 1].end()]
    if f" {name.casefold()} " in _HEADERS:  # `ĐỪNG BỎ LỠ`, `NÊN ĐỌC`: a list's header, no writer
        return False
    byline = parse_byline(name)
    return byline is not None and byline.author is not None
