"""The writer's name run on from the story's last line with no stop, where the page prints the same
name as a photo's credit (`… Thép Xanh Nam Định 2-0 Becamex TPHCM Tuấn Anh`, then `Xem thêm tin`, with
`Ảnh: Tuấn Anh` under a photo): a writer who took the story's photos signs both, so the name the credit
gives closes the line as its byline, whatever word stands before it (a club's acronym, a score, a time)
where `unstopped_bylines` needs a word in small letters to tell a name from the end of a place's or a
side's. The name is a person's (`bylines.is_person`) of two to four words, closing a line with no stop
past the story's last sentence, with the page's furniture right after it; the line keeps its other words."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..core.sentences import ends_sentence
from .bylines import is_person
from .furniture import Unit, signals

__all__ = ["credited_byline_apart"]

# A photo's credit and the name it gives (`Ảnh: Tuấn Anh`, `(Ảnh: Lê Minh)`), two to four words in title case.
_CREDIT = re.compile(
    r"\b(?:Ảnh|Ảnh và bài|Bài và ảnh|Bài, ảnh)\s*:\s*(?P<name>(?:[^\W\d_]+\s+){1,3}[^\W\d_]+)"
)
_LEAST_WORDS = 6  # the story's words before the name


def _credited(credits: tuple[str, ...]) -> set[str]:
    """The names the page's photo credits give, each cut to the words in title case it opens with."""
    names = set()
    for credit in credits:
        for found in _CREDIT.finditer(credit):
            words = found.group("name").split()
            for n in range(len(words), 1, -1):
                if all(w.istitle() for w in words[:n]) and is_person(" ".join(words[:n])):
                    names.add(" ".join(words[:n]))
                    break
    return names


def credited_byline_apart(
    units: list[Unit], furniture: Callable[[str], bool], credits: tuple[str, ...]
) -> list[Unit]:
    """`units` with a line past the story's last sentence cut before a name of the photos' `credits`
    closing it with no stop, when the unit after it is the page's `furniture`."""
    if not credits:
        return units
    names = _credited(credits)
    for i in range(len(units) - 2, -1, -1):
        text = units[i].text.rstrip()
        if furniture(text):
            continue
        if not ends_sentence(text) and furniture(units[i + 1].text):
            for name in sorted(names, key=len, reverse=True):
                before = text[: -len(name)].rstrip()
                if text.endswith(" " + name) and len(before.split()) >= _LEAST_WORDS and name not in before:
                    return [
                        *units[:i],
                        Unit(units[i].block, before),
                        Unit(units[i].block, name),
                        *units[i + 1 :],
                    ]
        if signals(text).sentence:
            break  # the story's last sentence: no line after it
    return units
