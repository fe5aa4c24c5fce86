"""A writer's name in capitals closing the story (`MINH TRÍ`, `HOÀNG YẾN`): the article's byline, though
a unit in capitals is elsewhere a menu's or a box's header (`THỜI SỰ`, `TIN MỚI`) or a masthead's
line. `chrome` asks `signed_in_capitals` before it takes such a line for the footer's masthead, and
`bounds` asks `signs_short_lines` before it takes one under a poem's lines for a box's header."""

from __future__ import annotations

from ..tagging.kinds import is_vietnamese_person
from .boilerplate import is_chrome
from .bylines import parse_byline
from .furniture import Signals, Unit

__all__ = ["signed_in_capitals", "signs_short_lines"]


def signed_in_capitals(units: list[Unit], kinds: list[tuple[str, str]], found: list[Signals], i: int) -> bool:
    """A name in capitals right after the article's last sentence or caption (`MINH TRÍ`), with no
    furniture word: the article's closing byline, not a masthead line of the footer."""
    byline = parse_byline(units[i].text)
    return (
        i > 0
        and (kinds[i - 1][0] in ("prose", "caption") or signs_short_lines(units, kinds, i))
        and byline is not None
        and byline.author is not None
        and len(units[i].text.split()) <= 4
        and not found[i].weak
        and not found[i].word
        and not is_chrome(units[i].text)
    )


def signs_short_lines(units: list[Unit], kinds: list[tuple[str, str]], i: int) -> bool:
    """`units[i]`, a person's full name in capitals (`NGUYỄN ĐÌNH XUÂN`) under lines without stops
    after the story's last sentence (a poem's, a list's), and the only such name after it: the
    writer signing them, no box's header (`ĐỪNG BỎ LỠ`); a roll of names in capitals has more."""
    last = max((n for n in range(i) if kinds[n][0] in ("prose", "caption", "byline")), default=-1)
    names = [n for n in range(last + 1, len(units)) if _person_in_capitals(units[n].text)]
    return 0 <= last < i - 1 and names == [i]


def _person_in_capitals(text: str) -> bool:
    byline = parse_byline(text) if text.isupper() and len(text.split()) <= 4 else None
    return byline is not None and byline.author is not None and is_vietnamese_person(byline.author.split())
