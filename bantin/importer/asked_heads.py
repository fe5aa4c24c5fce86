"""A completed headline's question or exclamation mark, which the link's slug cannot spell.

A title completed from its slug ends with the slug's last word (`… gần 20 triệu đồng`); when the
page prints the whole headline as a sentence of its own that asks or exclaims (`Vì sao … gần 20
triệu đồng? Đó là câu hỏi …`), that sentence's mark is the headline's. Only a sentence that is the
headline's words exactly, from its first word to its mark, counts."""

from __future__ import annotations

import re

from ..core.text import fold

_SENTENCE = re.compile(r"[^.!?]+[?!]")


def _words(text: str) -> list[str]:
    return [fold(word).strip("\"'“”‘’«»(),;:") for word in text.split()]


def with_its_mark(title: str, texts: list[str]) -> str:
    """`title` with the `?` or `!` of a sentence of `texts` that prints it whole, else as it is."""
    if title[-1:] in "?!.…":
        return title
    wanted = _words(title)
    for text in texts:
        for sentence in _SENTENCE.findall(text or ""):
            if _words(sentence[:-1]) == wanted:
                return title + sentence[-1]
    return title
