"""A post's counters the story quotes under the post (`"… em không biết nói gì hơn."` | `115K lượt thích ·
9,8K bình luận · 2,1K lượt chia sẻ` | `Bà Liên cho biết …`): the words of a page's share bar and counters,
but a page prints its counters under the headline or the story, not between the closing quote of a post
the story quotes and the story's next sentence. `quoted_counters` keeps such a line: nothing but counters
(a figure and its count, `lượt thích`, `bình luận`, `lượt chia sẻ`, `lượt xem`), right after a unit
closing a quotation with its stop (a sentence, or the last short line of a post quoted in its lines), with
the story begun before and going on after it (a sentence of the story, only its short lines between)."""

from __future__ import annotations

import re

__all__ = ["REASON", "quoted_counters"]

#: The reason a quoted post's counters between the story's sentences are kept.
REASON = "a quoted post's counters, between its closing quote and the story's next sentence"

_COUNT = r"[\d.,]+\s*(?:[KkMN]|nghìn|ngàn|triệu)?\s*(?:lượt\s+)?(?:thích|bình luận|chia sẻ|xem|like|share)"
_COUNTERS = re.compile(rf"{_COUNT}(?:\s*[·•|,-]\s*{_COUNT}){{1,3}}", re.IGNORECASE)
_QUOTE_CLOSED = re.compile(r"[.!?…][\"”»]$")


def quoted_counters(kinds: list[tuple[str, str]], texts: list[str]) -> list[tuple[str, str]]:
    """`kinds` with a quoted post's counters between the story's sentences kept."""
    out = list(kinds)
    for i in range(1, len(kinds) - 1):
        if kinds[i][0] != "chrome" or not _COUNTERS.fullmatch(texts[i].strip()):
            continue
        quoted = kinds[i - 1][0] != "chrome" and _QUOTE_CLOSED.search(texts[i - 1].strip())
        begun = any(kind == "prose" for kind, _ in kinds[:i])
        if quoted and begun and _story_goes_on(kinds, i + 1):
            out[i] = ("prose", REASON)
    return out


def _story_goes_on(kinds: list[tuple[str, str]], i: int) -> bool:
    """A sentence of the story comes at `i` or after it, only the story's short lines between (the
    quotation's next post: `Một bình luận nhận nhiều lượt thích nhất:` | `"Nhìn các chú …"`)."""
    for kind, _ in kinds[i:]:
        if kind == "prose":
            return True
        if kind == "chrome":
            return False
    return False
