"""Readers' comments printed under the story, each as its writer's name and a colon before what they
wrote, under the comments' header (`Bình luận Mai Anh: Thực đơn rất tiện, cảm ơn chị!`, then `Trả
lời`).

A blog's or a recipe site's comment box comes to a scraped text as its header run into the first
comment: a reader's words read as a sentence, often with many stop words, so they pass for the
story's last paragraph and keep the tail after them. What marks them is their shape: the header
(`Bình luận`, `Bình luận (3)`, `Ý kiến bạn đọc`) right before a name of one to four words in
capitals and a colon; a story's sentence never opens so (`Bình luận về …` goes on in lower case).
Only a unit after the story's last other sentence goes, with nothing of the story after it but more
comments, so a quote the story opens with a speaker's name stays.
"""

from __future__ import annotations

import re

from ..core.text import CAPITALS, SMALL_LETTERS

__all__ = ["REASON", "comments_at_the_end"]

REASON = "a reader's comment under the comments' header (its writer's name and a colon)"

_NAME = rf"[{CAPITALS}][{SMALL_LETTERS}]*(?:\s+[{CAPITALS}][{SMALL_LETTERS}]*){{0,3}}"
_COMMENT = re.compile(rf"^(?:Bình luận|BÌNH LUẬN|Ý kiến bạn đọc)(?:\s*\(\d+\))?\s*:?\s+{_NAME}\s*:\s+\S")


def comments_at_the_end(kinds: list[tuple[str, str]], texts: list[str]) -> list[tuple[str, str]]:
    """`kinds` with the readers' comments at the text's end (see the module's docstring) made chrome."""
    out = list(kinds)
    found = [i for i, text in enumerate(texts) if _COMMENT.match(text.strip())]
    if not found:
        return out
    first = found[0]
    if any(kind == "prose" for kind, _ in kinds[first + 1 :]):
        return out  # the story goes on after it: a quote, not a comment box
    out[first] = ("chrome", REASON)
    return out
