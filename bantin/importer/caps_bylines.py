"""A writer's name in capitals closing the story (`MINH TRÍ`, `HOÀNG YẾN`): the article's byline, though
a unit in capitals is elsewhere a menu's or a box's header (`THỜI SỰ`, `TIN MỚI`) or a masthead's
line. `chrome` asks `signed_in_capitals` before it takes such a line for the footer's masthead."""

from __future__ import annotations

from .boilerplate import is_chrome
from .bylines import parse_byline
from .furniture import Signals, Unit

__all__ = ["signed_in_capitals"]


def signed_in_capitals(units: list[Unit], kinds: list[tuple[str, str]], found: list[Signals], i: int) -> bool:
    """A name in capitals right after the article's last sentence or caption (`MINH TRÍ`), with no
    furniture word: the article's closing byline, not a masthead line of the footer."""
    byline = parse_byline(units[i].text)
    return (
        i > 0
        and kinds[i - 1][0] in ("prose", "caption")
        and byline is not None
        and byline.author is not None
        and len(units[i].text.split()) <= 4
        and not found[i].weak
        and not found[i].word
        and not is_chrome(units[i].text)
    )
