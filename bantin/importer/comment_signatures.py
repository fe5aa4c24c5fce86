"""A reader's comment under the story, each on its own lines: the writer's name and when they wrote
(`Nguyễn Đức Tâm - 07:15 06/12/2026`, `Trần Văn Thắng 2 giờ trước`), what they wrote, and the
comment's buttons (`Trả lời`, `Thích`).

The writer's line reads as a closing byline with its stamp (`Thanh Chương - 21:20 06/02/2017`), and
under the story's last sentence it would name the reader as the page's author. What tells it on any
site is the reply button a line or two under it, after the comment's words: no story's byline has a
button to answer it. The name, the words and the button go together."""

from __future__ import annotations

import re

from ..core.text import CAPITALS, SMALL_LETTERS

__all__ = ["REASON", "comment_signatures"]

#: The reason such lines go.
REASON = "a reader's comment (its writer and time, its words, its reply button)"

_NAME = rf"[{CAPITALS}][{SMALL_LETTERS}]*(?:\s+[{CAPITALS}][{SMALL_LETTERS}]*){{0,4}}"
_WHEN = (
    r"(?:\d{1,2}[:h]\d{2}\s*(?:,\s*)?(?:ngày\s+)?\d{1,2}/\d{1,2}/\d{4}|\d{1,2}/\d{1,2}/\d{4}\s*(?:,\s*)?\d{1,2}[:h]\d{2}"
    r"|\d{1,2}\s+(?:giây|phút|giờ|ngày|tuần|tháng)\s+trước)"
)
_SIGNED = re.compile(rf"^{_NAME}\s*(?:[-–|•·]\s*)?{_WHEN}$")
_REPLY = re.compile(r"^(?:Trả lời|Phản hồi|Reply)(?:\s*\(\d+\))?(?:\s+(?:Thích|Like)(?:\s*\(\d+\))?)?$")
_WORDS = 2  # lines of the comment's words between the writer and the button, at most


def comment_signatures(kinds: list[tuple[str, str]], texts: list[str]) -> list[tuple[str, str]]:
    """`kinds` with each reader's comment so printed (its writer's line, its words, its button) chrome."""
    out = list(kinds)
    for at, text in enumerate(texts):
        if not _SIGNED.match(text.strip()):
            continue
        below = range(at + 2, min(at + 2 + _WORDS, len(texts)))  # the comment's words, then its button
        reply = next((i for i in below if _REPLY.match(texts[i].strip())), None)
        if reply is not None:
            for i in range(at, reply + 1):
                out[i] = ("chrome", REASON)
    return out
