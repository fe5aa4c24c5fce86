"""A portal's photo album run into the story: its label, its title and its count of photos
(`Ảnh: Đầm Hà 2024 · 8 ảnh`, `Album ảnh: Lễ hội Chợ Gò (12 ảnh)`), or a gallery's counter under the
label (`Ảnh: 1/12`, a magazine's slideshow by its pull quote). Its label is a photo credit's
(`Ảnh:`), but no credit counts photos: `captions` leaves it (`album_at`), `units` cuts it from the
sentence it ran into (`album_cuts`), and `unit_kinds` drops it (`album`)."""

from __future__ import annotations

import re

from ..core.text import CAPITALS

__all__ = ["REASON", "album", "album_at", "album_cuts"]

#: The reason such a unit goes, for `import --explain`.
REASON = "a photo album's title with its count of photos"

_ALBUM = re.compile(
    r"(?<!\w)(?:Album ảnh|Album|Thư viện ảnh|Ảnh)\s*:\s*[^.!?·•|:()]{2,60}?\s*"
    r"(?:[·•|]\s*\d{1,3}\s+(?:ảnh|hình|photos?)|\(\d{1,3}\s+(?:ảnh|hình)\))"
    r"|(?<!\w)Ảnh\s*:\s*\d{1,3}\s*/\s*\d{1,3}(?![\d/])"  # a gallery's counter under the label (`Ảnh: 1/12`)
)
_AFTER = re.compile(rf"\s+[{CAPITALS}]|\s*$")


def album_at(text: str, at: int) -> bool:
    """An album's label, title and count stand at `at` in `text`."""
    found = _ALBUM.match(text, at)
    return found is not None and _AFTER.match(text, found.end()) is not None


def album_cuts(text: str) -> list[int]:
    """Where albums run into the text start and end (before a capital, or at the text's end)."""
    return [i for m in _ALBUM.finditer(text) if _AFTER.match(text, m.end()) for i in m.span()]


def album(text: str) -> bool:
    """`text` is an album's label, title and count, nothing more."""
    return _ALBUM.fullmatch(text.strip()) is not None
