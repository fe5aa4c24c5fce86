"""A byline printed as a form's two rows, each label followed by a comma (`Tác giả, Thanh Phương`
`Vai trò, BBC News Tiếng Việt`), then the page's date spelt with the month's number and no `năm`
(`5 tháng 12 2024`, `Cập nhật 6 tháng 12 2024`): the layout of international broadcasters' Vietnamese
pages. Run into the lead of a one-line body, it is cut off before the lead's first word, so that the
header it closes goes with the menus above it and the date and writer are read from it; the writer's
name alone is a byline (`role_byline`)."""

from __future__ import annotations

import re

from ..core.text import CAPITALS
from .furniture import signals

_DATE = r"\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm)?\s+\d{4}"
_ROLE_BYLINE = re.compile(
    r"(?:^|\s)(?P<byline>Tác giả,\s+(?P<who>[^,]{2,40}?)(?:\s+Vai trò,\s+(?P<role>[^\n]{2,80}?))?)"
    rf"\s+(?P<date>{_DATE}(?:\s+(?:Cập nhật|Được cập nhật)\s+{_DATE})?)\s+(?=[\"“{CAPITALS}])"
)
# The writer's row (`Tác giả, Thanh Phương`), its role's row after it or not.
_WRITER_ROW = re.compile(r"^Tác giả,\s+(?P<who>[" + CAPITALS + r"][^,]{1,40}?)(?:\s+Vai trò,\s+.{2,80})?$")


def peel_role_byline(piece: str) -> list[str] | None:
    """`… Tác giả, Thanh Phương Vai trò, BBC News Tiếng Việt 5 tháng 12 2024 Tên lửa H3 …`: what stands
    before the byline (a menu), the byline, its date and the lead after it, when what follows reads
    as prose (else None: kept whole)."""
    found = _ROLE_BYLINE.search(piece)
    if not found or not signals(piece[found.end() :]).prose:
        return None
    before = piece[: found.start("byline")].strip()
    return [
        *([before] if before else []),
        found.group("byline"),
        found.group("date"),
        piece[found.end() :].strip(),
    ]


def role_byline(text: str) -> str | None:
    """`Tác giả, Thanh Phương Vai trò, BBC News Tiếng Việt` as the labelled byline `Tác giả: Thanh
    Phương` (None when it is not those rows), for `bylines.parse_byline` to read."""
    found = _WRITER_ROW.match(text.strip())
    return f"Tác giả: {found.group('who')}" if found else None
