"""A player's or a share bar's buttons glued to a lead that opens with the paper's own tag (`Nghe bài viết
(Baonghean.vn) - Chiều 16/8, tại TP Vinh, …`): `menus.peel_buttons` wants the lead plain, and the tag,
the site's own address, reads as furniture in it; so the whole unit went as `the site's own address`,
the lead with it. Here the buttons are cut off when the tag in brackets and a whole sentence of twelve
words or more follow them; the tag stays with the lead, where `datelines` reads it, and the lead is no
unit naming the site's own address for that (`untagged`: `unit_kinds` looks for the address without it)."""

from __future__ import annotations

import re

from .furniture import signals
from .menus import plain_lead
from .widgets import leading_buttons

__all__ = ["peel_buttons_before_tag", "untagged"]

# The paper's tag in brackets before a dash (`(Baonghean.vn) - `, `(Chinhphu.vn) – `), then a capital.
_TAG = re.compile(r"\([^\W\d_][^()\s]{1,30}\)\s*[-–]\s+(?=[^\W\d_])")
_LEAST_WORDS = 12  # the lead's, as `peel_buttons` wants


def peel_buttons_before_tag(text: str) -> tuple[str, str] | None:
    """(buttons, lead) when `text` opens with a page's buttons and then a lead under the paper's tag in
    brackets, else None."""
    end = leading_buttons(text)
    if not end:
        return None
    rest = text[end:].strip(" |:/»>")
    tag = _TAG.match(rest)
    if tag is None:
        return None
    lead = rest[tag.end() :]
    found = signals(lead)
    if lead[:1].isupper() and found.sentence and found.words >= _LEAST_WORDS and plain_lead(found):
        return text[:end].strip(), rest
    return None


def untagged(text: str) -> str:
    """`text` without the paper's tag in brackets it opens with (`(Baonghean.vn) - Chiều 16/8, …`)."""
    return _TAG.sub("", text, count=1) if text.startswith("(") else text
