"""A follow button run into the lead (`Theo dõi Báo Pháp luật trên Google News 16 giờ chiều 9/12, …`) is
cut off it, the lead starting after the network's name: a button names the site and the network, and
what follows it in a capital or a figure is the next unit."""

from __future__ import annotations

import re

from ..core.text import CAPITALS
from .widgets import NETWORKS

__all__ = ["follow_cuts"]

# A follow button: `Theo dõi <the site> trên Google News` (on Zalo its page, an `OA`), before a word in a
# capital or a figure.
_FOLLOW = re.compile(
    r"(?<!\w)Theo dõi\s+\S(?:[^.!?\n]{0,60}?)\s+trên\s+" + NETWORKS + rf"(?=\s+[\d{CAPITALS}])"
)


def follow_cuts(text: str) -> list[int]:
    """Where a lead run on after a follow button starts."""
    return [m.end() for m in _FOLLOW.finditer(text)]
