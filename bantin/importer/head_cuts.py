"""Cuts in a page's head run into what follows it.

A follow button run into the lead (`Theo dõi Báo Pháp luật trên Google News 16 giờ chiều 9/12, …`) is
cut off it, the lead starting after the network's name: a button names the site and the network, and
what follows it in a capital or a figure is the next unit.

A masthead in capitals run into the menu it stands over (`BAN QUẢN LÝ CÁC KHU CHẾ XUẤT VÀ CÔNG NGHIỆP TP
HỒ CHÍ MINH Trang chủ Giới thiệu …`) is cut off at the menu's link home when the masthead holds grammar
words (`CÁC`, `VÀ`), which would make the menu read as a sentence: apart, each reads as what it is."""

from __future__ import annotations

import re
from itertools import takewhile

from ..core.text import CAPITALS
from .furniture import shouting
from .widgets import NETWORKS

__all__ = ["follow_cuts", "home_cuts"]

# A follow button: `Theo dõi <the site> trên Google News` (on Zalo its page, an `OA`), before a word in a
# capital or a figure.
_FOLLOW = re.compile(
    r"(?<!\w)Theo dõi\s+\S(?:[^.!?\n]{0,60}?)\s+trên\s+" + NETWORKS + rf"(?=\s+[\d{CAPITALS}])"
)
# The menu's link home before its next item.
_HOME = re.compile(rf"(?<=\S)\s+(?=(?:Trang chủ|Trang nhất)\s+[{CAPITALS}])")
_MASTHEAD_WORDS = 3  # words in capitals before the link home: a name, not an acronym's `UBND TP`
# Grammar words a masthead in capitals may hold: with one, the menu after it reads as a sentence; with
# none (`BỘ CHỈ HUY QUÂN SỰ TỈNH NGHỆ AN Trang chủ …`), the menu is peeled off the lead as it was.
_GRAMMAR = frozenset("CÁC VÀ CỦA VỚI TẠI CHO NHỮNG VỀ TRONG".split())


def follow_cuts(text: str) -> list[int]:
    """Where a lead run on after a follow button starts."""
    return [m.end() for m in _FOLLOW.finditer(text)]


def home_cuts(text: str) -> list[int]:
    """Where a menu's link home starts after a masthead in capitals (`… TP HỒ CHÍ MINH Trang chủ …`)."""
    cuts = []
    for home in _HOME.finditer(text):
        before = text[: home.start()].split()
        masthead = list(takewhile(shouting, reversed(before)))
        if len(masthead) >= _MASTHEAD_WORDS and _GRAMMAR.intersection(masthead):
            cuts.append(home.end())
    return cuts
