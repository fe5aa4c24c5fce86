"""A television report's credits, its crew's roles and names (`PV: Thu Hằng, Quốc Anh - KTV: Văn Nam`,
`BTV: Ngọc Trâm | Quay phim: Văn Hùng`), run on into the station's chrome after the story (`… Văn Nam
THP THP+ Phát thanh FM93.7`, `… Văn Hùng Xem trực tiếp HTV7 …`).

The credits are two roles or more, each a label and its names, a separator between them; a name is
words in title case (no call sign in capitals, `THP`), names after a comma, and it ends before a word
in capitals that a word in lower case follows (`Xem trực tiếp`, `Tin khác`), as no Vietnamese name
has a word in lower case. The credits are cut off what follows them when it holds no sentence, so the
byline is read whole (its reporters, not `PV: Thu` cut inside the list) and the chrome after it is
judged alone."""

from __future__ import annotations

import re

from ..core.sentences import ends_sentence
from ..core.text import CAPITALS, SMALL_LETTERS
from .furniture import Unit

__all__ = ["crew_credits_apart", "crew_credits_end"]

# A role's label, of one word or three at most (`PV:`, `Quay phim:`, `Biên tập viên:`).
_ROLE = re.compile(
    r"(?:PV|BTV|KTV|CTV|Phóng viên|Biên tập viên|Biên tập|Quay phim|Dựng phim|Kỹ thuật|Thực hiện|Ảnh)\s*:"
)
# A word of a name in title case (`Hằng,`, `R'Châm`), not a call sign (`THP`).
_TITLED = re.compile(
    rf"[{CAPITALS}][{SMALL_LETTERS}]*(?:['’][{CAPITALS}{SMALL_LETTERS}][{SMALL_LETTERS}]*)?,?"
)
_SEPARATORS = frozenset("-–|;")
_WORD = re.compile(r"\S+")
_LEAST_ROLES = 2


def crew_credits_end(text: str) -> int | None:
    """Where the crew's credits opening `text` end, else None."""
    words = [m.group(0) for m in _WORD.finditer(text)]
    ends = [m.end() for m in _WORD.finditer(text)]
    i = roles = 0
    end = None
    while i < len(words):
        label = next(
            (j for j in range(i, min(i + 3, len(words))) if _ROLE.fullmatch(" ".join(words[i : j + 1]))), None
        )
        if label is None:
            break
        roles, i = roles + 1, label + 1
        start = i
        while i < len(words) and _TITLED.fullmatch(words[i]):
            following = words[i + 1] if i + 1 < len(words) else ""
            if i > start and following[:1].islower() and not words[i - 1].endswith(","):
                break  # `Xem | trực tiếp`: a button's words, no name's
            end, i = ends[i], i + 1
        if i == start or i >= len(words) or words[i] not in _SEPARATORS:
            break
        i += 1
    return end if roles >= _LEAST_ROLES else None


def crew_credits_apart(units: list[Unit]) -> list[Unit]:
    """`units` with the crew's credits cut off the chrome run on after them (no sentence)."""
    out: list[Unit] = []
    for unit in units:
        end = crew_credits_end(unit.text)
        rest = unit.text[end:].strip() if end is not None else ""
        if not rest or ends_sentence(rest):
            out.append(unit)
            continue
        out.append(Unit(unit.block, unit.text[:end].strip(), unit.keep, unit.reason))
        out.append(Unit(unit.block, rest, unit.keep, unit.reason))
    return out
