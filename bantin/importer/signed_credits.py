"""A photo's credit whose name the closing byline says again, run on after it with no stop
(`Ảnh: Lê Hội Lê Hội`, `Ảnh: Thành Cường Thành Duy - Thành Cường`).

`captions` reads a credit's end from the words after it, and a byline of names in title case after it
makes the run longer than a credit (`Ảnh: Y Phôn Y Phôn - Hồng Tâm`). The photographer is often one of
the writers: the credit's name printed again at once, or as the last of the writers joined by a dash,
says where the credit ends and the byline starts."""

from __future__ import annotations

from .credit_ends import titled

__all__ = ["signed_credit"]

_DASHES = ("-", "–")
_MAX_NAME_WORDS = 4  # a writer's name: `Thành Cường`, `Nguyễn Thị Thu Hà`


def signed_credit(words: list[str]) -> int | None:
    """How many of `words` (those after a credit's label) are the credit, when the byline after it
    says its name again: right after it (`Lê Hội Lê Hội …`), or closing the writers after a dash
    (`Thành Cường Thành Duy - Thành Cường`: the co-writer's name between, two to four words in title
    case; the longest name said so wins); None when no name is said twice."""
    for size in range(1, len(words) // 2 + 1):
        if words[:size] == words[size : 2 * size] and all(titled(w) or w.isupper() for w in words[:size]):
            return size
    for size in range(_MAX_NAME_WORDS, 1, -1):
        name = words[:size]
        if len(name) < size or not all(titled(w) for w in name):
            continue
        for dash in range(size + 2, min(len(words), size + _MAX_NAME_WORDS + 1)):
            between = words[size:dash]
            if words[dash] not in _DASHES or not all(titled(w) for w in between):
                continue
            if words[dash + 1 : dash + 1 + size] == name:
                return size
    return None
