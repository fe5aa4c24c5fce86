"""A cut headline opening with its place's label (`Ninh Bình: Tràng An đón … nhiều điểm…`), which
the summary or lead restates without the label (`Tràng An đón … nhiều điểm du lịch quá tải.`).

A headline labels its story with the place it happened (`Ninh Bình:`, `Hà Nội:`), and the lead
written under it says the rest and leaves the label out. When the title was cut and nothing else
completes it, the words after the label are looked for as `titles.complete` looks for the whole
title: the one sentence of the summary or lead that opens with them and goes on, of a headline's
length, without its full stop or the site's name signing the lead. Enough of the headline must
remain past the label that its words opening a sentence are no chance."""

from __future__ import annotations

import re

from ..core.text import CAPITALS
from . import titles

# A place's name of one to four words in capitals (`Ninh Bình:`, `TP Hồ Chí Minh:`), not a speaker's
# label before a quote (`Nông dân Tu Mơ Rông: "…`), whose lead goes on past the quote to say who said it.
_PLACE = re.compile(rf"^(?:[{CAPITALS}][^\W_]*\s){{0,3}}[{CAPITALS}][^\W_]*:\s+(?=[^\W_])")
_FEWEST_WORDS = 5  # of the headline past its label
# A sentence's end, then the site's name the lead is signed with (`… quá tải. - Báo Ninh Bình`).
_SIGNED_END = re.compile(r"(?<=[.!?])\s+[-–—|]\s+[^.!?]+$")


def from_unlabelled(title: str, summaries: list[str]) -> str | None:
    """The cut `title` completed from a sentence of `summaries` that restates it without its label."""
    label = _PLACE.match(title) if titles.is_truncated(title) else None
    rest = title[label.end() :] if label else ""
    if not label or len(rest.split()) < _FEWEST_WORDS:
        return None
    whole, completed = titles.complete(rest, None, [], (), (), summaries)
    whole = _SIGNED_END.sub("", whole).removesuffix(".")
    return title[: label.end()] + whole[:1].upper() + whole[1:] if completed else None
