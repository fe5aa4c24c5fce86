"""Addresses a sentence places someone or something at, which are the story's, not a footer's.

A footer prints its address after a label or alone (`Địa chỉ: Số 5, phường Bến Nghé, quận 1`); a
story places a person or an event with a preposition (`một nông dân ở xã Điện Quang, thị xã Điện
Bàn, chia sẻ:`, `Sáng 15/5, tại phường 9, TP Tuy Hòa, …`) or in brackets (`đình Phù Lưu (xã Tân
Hồng, TP Từ Sơn)`). `units` cuts no sentence at such an address, and `chrome` reads a unit's
signals through `signals`, which names no such address as furniture.
"""

from __future__ import annotations

import dataclasses

from .furniture import ADDRESS, Signals
from .furniture import signals as furniture_signals

#: The words before an address that place something at it.
PLACED = frozenset("tại ở thuộc từ đến về trên qua của".split())


def placed_at(text: str, start: int) -> bool:
    """True when the address starting at `start` of `text` is placed by a sentence or bracketed."""
    before = text[:start].split()[-1:]
    return bool(before and before[0].casefold() in PLACED) or text[:start].endswith("(")


def placed_only(text: str) -> bool:
    """True when `text` names addresses and a sentence places something at every one of them."""
    found = list(ADDRESS.finditer(text))
    return bool(found) and all(placed_at(text, match.start()) for match in found)


def signals(text: str) -> Signals:
    """`furniture.signals` of `text`, with no street address as its furniture when a sentence
    places something at every address it names."""
    found = furniture_signals(text)
    if found.strong == "street address" and placed_only(text):
        return dataclasses.replace(found, strong=None)
    return found
