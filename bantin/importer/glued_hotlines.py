"""A site's hotline glued to the name of the company or office that runs it, after the story.

A portal's footer opens with its hotline, its hours in brackets, then its owner's name and address
(`Tổng đài 1900 1839 (8:00 - 23:00) Công ty CP Du lịch … - Vietravel. 190 Pasteur, …`), or with its
last links before them (`Bản đồ du lịch Đường dây nóng hỗ trợ du khách 1800 599 961 Sở Du lịch tỉnh
Quảng Ninh.`). Scraped on one line, the run ends on the name's full stop and reads as a sentence. What
tells it: a phone number (with its hours, if any) run straight into a word in capitals, with no stop,
comma or colon between; a story's sentence closes a number it gives (`đường dây nóng: 0225 3822 456.`)
or goes on in lower case (`gọi 1900 6589 để được hỗ trợ`). It is chrome only where nothing of the story
comes after it (only the footer's chrome or short lines to the page's end): one such glued number in the
middle of the story is kept, as a borderline unit is."""

from __future__ import annotations

import re

from .furniture import PHONE

__all__ = ["REASON", "glued_hotline", "glued_hotlines"]

REASON = "the site's hotline run into its owner's name, after the story"

# The hours a hotline states after its number (`(8:00 - 23:00)`, `(24/7)`), then the gap to the next word.
_HOURS = re.compile(r"\s*\([\d:hg/ .\-–]{1,20}\)")


def glued_hotline(text: str) -> bool:
    """A phone number in `text` (after its hours, if any) run into a word opening in capitals."""
    for found in PHONE.finditer(text):
        end = found.end()
        hours = _HOURS.match(text, end)
        end = hours.end() if hours else end
        rest = text[end:]
        if rest[:1].isspace() and rest.lstrip()[:1].isupper():
            return True
    return False


def glued_hotlines(kinds: list[tuple[str, str]], texts: list[str]) -> list[tuple[str, str]]:
    """`kinds` with a unit holding a hotline glued to a name (see the module's docstring) as chrome, where
    it follows the story's first sentence and only the footer's chrome or short lines come after it."""
    out = list(kinds)
    first = next((i for i, (kind, _) in enumerate(kinds) if kind == "prose"), len(kinds))
    for i in range(first + 1, len(texts)):
        after = [kind for kind, _ in out[i + 1 :]]
        if out[i][0] == "chrome" or not after or any(kind not in ("chrome", "short") for kind in after):
            continue
        if glued_hotline(texts[i]):
            out[i] = ("chrome", REASON)
    return out
