"""Another story's lead that opens with the paper's own tag, after the story (`(Dân trí) - Sáng 17/7,
Bộ … công bố …` under a story that opened with `(Dân trí) - `).

A paper tags the lead of each of its stories with its name or initials (`(Dân trí) - `, `(ĐS&PL) - `,
`VOV.VN - `). A story prints its tag once, before its first sentence; the same tag again past the
story's first sentences opens the lead of one of the paper's other stories, which it links under the
story (a teaser: its headline, then its lead), often about the same event, with the same names, so
the topic words do not tell it from the story. Scraped on one line, the tag may follow the teaser's
headline, or the closing byline, with no stop: `tagged_lead_apart` cuts the unit before it, and
`tagged_tail` ends the article at the first unit it opens (the headline before it, on the byline's
unit, is left: a borderline unit is kept).
"""

from __future__ import annotations

import dataclasses
import re

from ..core.text import CAPITALS
from .furniture import Unit

__all__ = ["REASON", "tagged_lead_apart", "tagged_tail"]

REASON = "another story's lead, opening with the paper's own tag again"

# `(Dân trí) - `, `(Thethaovanhoa.vn) - `, `VOV.VN - `, `QĐND Online - ` before a capital; not a bare
# acronym (`TTO - `), which a match names too (`trận HAGL - Thanh Hóa`), again and again in its story.
_TAG = re.compile(
    r"(?<!\S)(?:\([A-ZĐ][\w&.]+(?: [\w&.]+)?\)|[A-ZĐ][A-ZĐ&]+(?:\.(?:vn|VN)| Online))\s*[-–]\s+"
    r"(?=[" + CAPITALS + "])"
)
_OPENING = 8  # units of the page's top where the story's tagged lead stands (menus, a stamp before it)
_MIN_STORY = 3  # sentences of the story before another lead


def _own_tag(units: list[Unit]) -> tuple[int, str | None]:
    """Where the story's tagged lead stands in the page's first units, and its tag (`(Dân trí)`)."""
    for i, unit in enumerate(units[:_OPENING]):
        match = _TAG.search(unit.text)  # a menu may still be run into it
        if match:
            return i, _name(match.group(0))
    return len(units), None


def _name(tag: str) -> str:
    return re.sub(r"\s*[-–]\s*$", "", tag.strip())


def tagged_lead_apart(units: list[Unit]) -> list[Unit]:
    """A unit in which the story's own tag opens a sentence again, past its first units, is cut
    before the tag (`Hoàng Hồng Phổ điểm môn Ngữ văn … (Dân trí) - Sáng 17/7, …`)."""
    lead, own = _own_tag(units)
    if own is None:
        return units
    out: list[Unit] = []
    units = _tag_to_its_lead(units, lead, own)
    for i, unit in enumerate(units):
        cut = next(
            (m.start() for m in _TAG.finditer(unit.text) if m.start() > 0 and _name(m.group(0)) == own),
            None,
        )
        if i <= lead or cut is None:
            out.append(unit)
            continue
        out.extend((Unit(unit.block, unit.text[:cut].rstrip()), Unit(unit.block, unit.text[cut:])))
    return out


def _tag_to_its_lead(units: list[Unit], lead: int, own: str) -> list[Unit]:
    """The tag left at the end of a unit (`Thanh Hà Bị hại chờ … (HVO) -`, the units cut after it) is
    put back before the lead it opens, in the next unit."""
    out = list(units)
    for i in range(lead + 1, len(out) - 1):
        text = out[i].text.rstrip()
        if text.endswith(("-", "–")) and _name(text[:-1]).endswith(own) and len(text) > len(own) + 2:
            head = _name(text[:-1])[: -len(own)].rstrip()
            out[i + 1] = dataclasses.replace(out[i + 1], text=f"{own} - {out[i + 1].text}")
            out[i] = dataclasses.replace(out[i], text=head)
    return [u for u in out if u.text]


def tagged_tail(units: list[Unit], kinds: list[tuple[str, str]], end: int) -> int:
    """Where the first lead opening with the story's own tag again stands, past the story's first
    sentences; `end` when there is none."""
    lead, own = _own_tag(units)
    if own is None:
        return end
    story = 0
    for i in range(lead + 1, end):
        match = _TAG.match(units[i].text)
        if match and _name(match.group(0)) == own and story >= _MIN_STORY:
            return i
        story += kinds[i][0] == "prose"
    return end
