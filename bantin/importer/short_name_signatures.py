"""An organisation's short name signing the story (`Vinacas`, `HEPZA`), run on from the story's last
line into the box after it with no stop (`Vinacas Giá điều thô hôm nay Bình Phước (cũ): …`).

`edges.closing_byline_apart` takes a signature of one word for a writer's initials only (`P.V`): one
word in title case may as well open the story's next sentence. A short name the story introduced in
brackets after the organisation's full one (`Hiệp hội Điều Việt Nam (Vinacas)`) is the organisation's
own, so a unit after the story's sentences that opens with it alone, a capital after it and no sentence
in what follows, is the signature run into the page's box: the two are parted, for the readers of the
byline and the detector to judge each. A short name is coined, no Vietnamese word: a country's or a
person's in brackets (`Kieran Trippier (Anh)`) opens a writer's name too (`Anh Khôi`)."""

from __future__ import annotations

import re

from ..core.text import is_syllable
from .furniture import Unit, signals

__all__ = ["short_name_apart"]

# A short name introduced in brackets: one word opening with a capital (`(Vinacas)`, `(HEPZA)`).
_INTRODUCED = re.compile(r"\((?P<name>[A-ZĐ][^\W\d_]{2,15})\)")


def short_name_apart(units: list[Unit]) -> list[Unit]:
    """`units` with the first unit past a sentence of the story that opens with a short name an earlier
    unit introduced in brackets, then a word in a capital and no sentence, cut after the name; a
    subhead opening with the name (`EVN Hà Nội đẩy mạnh …`) has the story's next sentence after it."""
    told = False  # a sentence of the story before
    for i, unit in enumerate(units):
        name, _, rest = unit.text.strip().partition(" ")
        introduced = not is_syllable(name.lower()) and any(f"({name})" in u.text for u in units[:i])
        followed = any(signals(u.text).sentence for u in units[i + 1 : i + 2])  # a subhead's paragraph
        if told and introduced and rest[:1].isupper() and not signals(rest).sentence and not followed:
            return [*units[:i], Unit(unit.block, name), Unit(unit.block, rest), *units[i + 1 :]]
        told = told or signals(unit.text).sentence
    return units
