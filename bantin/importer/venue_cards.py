"""A place's card that a travel or food story closes on or prints between its paragraphs: `Địa chỉ: 12 Hàng
Bạc, Hoàn Kiếm. Giờ mở cửa: 6h-22h. Giá: 40.000-60.000 đồng/bát.` It holds a footer's fields (an address,
a phone) and may be followed by the page's related links and footer rather than by a sentence, so
`story_contacts` cannot tell it; what tells it is what no site's footer prints: the opening hours of a
place (`Giờ mở cửa`, `mở cửa từ 7h`) or a price by the bowl, the person, the night (`đồng/người`).

`venue_cards` keeps, right after a sentence of the story, the run of contact fields and a place's details
that holds an address and one of those; it stops at the first unit that is no field of the card (a
related headline, a footer's `Tòa soạn`), which stays as it was judged."""

from __future__ import annotations

import re

from .story_contacts import contact_field, furnished

__all__ = ["REASON", "venue_cards"]

#: The reason a place's card after the story's sentence is kept.
REASON = "a place's card the story gives (its address with its opening hours or prices)"

_ADDRESS = re.compile(r"(?i:\bđịa chỉ\s*:)|^\s*\d+\w?\s+[A-ZĐ]")  # `Địa chỉ: …`, `12 Hàng Bạc, …`
# What a place's card says and a footer never does: when it opens, what a bowl or a ticket costs.
_VENUE = re.compile(
    r"\bgiờ mở cửa\b|\bmở cửa (?:từ )?\d|\b\d{1,2}h(?:\d{2})?\s*[-–]\s*\d{1,2}h|"
    r"\d(?:[\d.,]*\d)?\s*(?:đồng|đ|vnđ)\s*/\s*\w",
    re.IGNORECASE,
)
_LONGEST = 4  # units of a card: an address, hours, a price, a phone


def venue_cards(kinds: list[tuple[str, str]], texts: list[str]) -> list[tuple[str, str]]:
    """`kinds` with a place's card right after one of the story's sentences kept as the story's."""
    out = list(kinds)
    for i, (kind, _) in enumerate(kinds):
        if kind != "prose":
            continue
        run: list[int] = []
        for j in range(i + 1, min(i + 1 + _LONGEST, len(out))):
            if out[j][0] in ("prose", "byline") or furnished(texts[j]):
                break
            if not (contact_field(texts[j]) or _VENUE.search(texts[j])):
                break
            run.append(j)
        placed = any(_ADDRESS.search(texts[j]) for j in run) and any(_VENUE.search(texts[j]) for j in run)
        if placed and any(out[j][0] == "chrome" for j in run):
            for j in run:
                out[j] = ("prose", REASON)
    return out
