"""Addresses a sentence places someone or something at, which are the story's, not a footer's.

A footer prints its address after a label or alone (`Địa chỉ: Số 5, phường Bến Nghé, quận 1`); a
story places a person or an event with a preposition (`một nông dân ở xã Điện Quang, thị xã Điện
Bàn, chia sẻ:`, `Sáng 15/5, tại phường 9, TP Tuy Hòa, …`) or in brackets (`đình Phù Lưu (xã Tân
Hồng, TP Từ Sơn)`). `units` cuts no sentence at such an address (it cuts after the others, where
`address_ends` says), and `chrome` reads a unit's signals through `signals`, which names no such
address as furniture.
"""

from __future__ import annotations

import dataclasses
import re

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


# The name after an address's `Quận`/`Huyện`/`TP` is the address's too (`xã Dương Xuân Hội, huyện
# Châu Thành tất bật…`): a cut goes after it, so a sentence naming a commune never loses its start.
_NAME_WORD = re.compile(r"\s+([^\W_]+)")
_PROVINCE = re.compile(r"\s*\([^()]{1,30}\)")


def address_ends(piece: str) -> list[int]:
    """Where each street address in `piece` ends; not one a sentence places something at (`Sáng
    15/5, tại phường 9, TP Tuy Hòa, UBND tỉnh …`), which is no footer's."""
    ends = []
    for match in ADDRESS.finditer(piece):
        if placed_at(piece, match.start()):
            continue  # placed by a sentence, or in its brackets (`đình Phù Lưu (xã Tân Hồng, TP Từ Sơn)`)
        end = match.end()
        while (word := _NAME_WORD.match(piece, end)) and word.group(1)[0].isupper():
            end = word.end()
        province = _PROVINCE.match(piece, end)  # `huyện Hàm Thuận Bắc (Bình Thuận), tháo dỡ…`
        ends.append(province.end() if province else end)
    return ends
