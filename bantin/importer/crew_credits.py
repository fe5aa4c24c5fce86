"""A television report's credits, its crew's roles and names (`PV: Thu Hằng, Quốc Anh - KTV: Văn Nam`,
`BTV: Ngọc Trâm | Quay phim: Văn Hùng`), and a radio programme's or a podcast's (`Biên tập: Thu Hà -
Phát thanh viên: Mạnh Cường`, `Biên tập và dẫn chương trình: Thanh Hương`, one person's two roles),
run on into the station's chrome after the story (`… Văn Nam THP THP+ Phát thanh FM93.7`, `… Văn Hùng
Xem trực tiếp HTV7 …`).

The credits are two roles or more, each a label and its names, a separator between them; a name is
words in title case (no call sign in capitals, `THP`; a maker's short capitals closing its name,
`Voiz FM`, are its name's), names after a comma, and it ends before a word
in capitals that a word in lower case follows (`Xem trực tiếp`, `Tin khác`), as no Vietnamese name
has a word in lower case. The credits are cut off what follows them when it holds no sentence, so the
byline is read whole (its reporters, not `PV: Thu` cut inside the list) and the chrome after it is
judged alone."""

from __future__ import annotations

import re

from ..core.sentences import ends_sentence
from ..core.text import CAPITALS, SMALL_LETTERS
from .furniture import Unit

__all__ = ["PROGRAMME_ROLES", "crew_credits_apart", "crew_credits_end"]

#: A programme's roles besides the reporter's, as a television report, a radio programme or a podcast
#: credits its makers (`Dẫn chương trình: …`, `Phát thanh viên: …`, `Biên tập âm thanh: …`).
PROGRAMME_ROLES = (
    r"Dẫn chương trình|Người dẫn|Dẫn chuyện|Phát thanh viên|Giọng đọc|Lồng tiếng|Kịch bản|Sản xuất|"
    r"Đạo diễn|Biên tập âm thanh|Âm thanh|MC"
)
_ONE_ROLE = (
    r"(?:PV|BTV|KTV|CTV|Phóng viên|Biên tập viên|Biên tập|Quay phim|Dựng phim|Kỹ thuật|Thực hiện|Ảnh|"
    + PROGRAMME_ROLES
    + ")"
)
# A role's label, of one word or three at most (`PV:`, `Quay phim:`, `Biên tập viên:`), or two roles of
# one person (`Biên tập và dẫn chương trình:`), the second in lower case too.
_ROLE = re.compile(rf"{_ONE_ROLE}(?:\s*(?:,|và)\s*(?i:{_ONE_ROLE}))?\s*:")
_BOTH = re.compile(r"\s*,\s*|\svà\s")
# A word of a name in title case (`Hằng,`, `R'Châm`), not a call sign (`THP`).
_TITLED = re.compile(
    rf"[{CAPITALS}][{SMALL_LETTERS}]*(?:['’][{CAPITALS}{SMALL_LETTERS}][{SMALL_LETTERS}]*)?,?"
)
_SEPARATORS = frozenset("-–|;")
_SHORT_CAPITALS = re.compile(rf"[{CAPITALS}]{{2,3}}")
_WORD = re.compile(r"\S+")
_LEAST_ROLES = 2
_LONGEST_LABEL = 6  # words: `Biên tập và dẫn chương trình:`


def crew_credits_end(text: str) -> int | None:
    """Where the crew's credits opening `text` end, else None."""
    words = [m.group(0) for m in _WORD.finditer(text)]
    ends = [m.end() for m in _WORD.finditer(text)]
    i = roles = 0
    end = None
    while i < len(words):
        label = next(
            (
                j
                for j in range(i, min(i + _LONGEST_LABEL, len(words)))
                if _ROLE.fullmatch(" ".join(words[i : j + 1]))
            ),
            None,
        )
        if label is None:
            break
        both = _BOTH.search(" ".join(words[i : label + 1])) is not None  # one person's two roles
        roles, i = roles + 1 + both, label + 1
        start = i
        while i < len(words) and (_TITLED.fullmatch(words[i]) or _brand(words, i, start)):
            following = words[i + 1] if i + 1 < len(words) else ""
            if i > start and following[:1].islower() and not words[i - 1].endswith(","):
                break  # `Xem | trực tiếp`: a button's words, no name's
            end, i = ends[i], i + 1
        if i == start or i >= len(words) or words[i] not in _SEPARATORS:
            break
        i += 1
    return end if roles >= _LEAST_ROLES else None


def _brand(words: list[str], i: int, start: int) -> bool:
    """`words[i]` ends a maker's name in capitals of two or three letters (`Voiz FM`, a producer's),
    a name's word before it and a word in title case or nothing after it; not a call sign run into
    another (`Văn Nam THP THP+`)."""
    following = words[i + 1] if i + 1 < len(words) else ""
    return (
        i > start
        and _SHORT_CAPITALS.fullmatch(words[i]) is not None
        and _TITLED.fullmatch(words[i - 1]) is not None
        and (not following or _TITLED.fullmatch(following) is not None)
    )


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
