"""A paragraph kept whole, printed with a space where the chrome detector cut two of its units apart
at a scraper's glue (`… thống nhất đất nướcNhiều hiện vật …`, a list's items `… ra đời7/5/1954 -
Chiến thắng …`): the units were read apart, so the reader sees them apart too, as in a paragraph some
of whose units went (`chrome.apply` joins those that stay with a space)."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["spaced_at_cuts"]


def spaced_at_cuts(text: str, units: Sequence[str]) -> str:
    """`text` with a space put between two of its `units` (in order) that it prints word to word with
    none between them; a stop between them stays as it is (`TP.Bạc Liêu`, cut as an abbreviation's end);
    `text` as it is when the units cannot all be found in it in order (a unit rewritten)."""
    out: list[str] = []
    cursor = 0
    for unit in units:
        at = text.find(unit, cursor)
        if at < 0:
            return text
        out.append(text[cursor:at])
        if at == cursor and at > 0 and text[at - 1].isalnum() and unit[:1].isalnum():
            out.append(" ")  # a word glued to the unit's first: the unit before ends right where it starts
        out.append(unit)
        cursor = at + len(unit)
    out.append(text[cursor:])
    return "".join(out)
