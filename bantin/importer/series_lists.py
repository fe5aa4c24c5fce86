"""The list of a series' parts under a part's story (`Loạt bài`, then `Bài 1: Hương chè Tân Cương`,
`Bài 2: Những đồi chè La Bằng`): links to the other pages, the site's, not the story's.

A series' page (`Kỳ 2: …`, `Bài cuối: …`) prints under the story a header naming the series as a
whole (`Loạt bài`, `Cùng loạt bài`, `Đọc tiếp loạt bài`, `Các kỳ trong loạt bài`) and a link to each
part, numbered under the series' label (`Bài 1:`, `Kỳ 3:`, `Phần 2:`). A one-line body runs the
header into the byline before it and the first link after it (`Ma Văn Đức Loạt bài Bài 1: …`):
`series_header_apart` cuts the header off both, so the byline is read as one. Then `series_lists`
makes the header and the links under it chrome, when they are the text's last units (no sentence of
prose after them) and each link reads as a headline (no final stop). A story's own numbered parts
(`Bài 1:` over a paragraph) have sentences after them, and the next part announced alone under a
series' note (`Kỳ tới: …`) is `inline`'s to decide; neither stands under such a header.
"""

from __future__ import annotations

import re

from ..core.sentences import ends_sentence
from .furniture import Unit

__all__ = ["SERIES_LIST", "series_header_apart", "series_lists"]

SERIES_LIST = "the list of the series' parts, under its header"

_HEADER = r"(?:(?:Cùng|Đọc tiếp|Đọc|Xem|Các bài trong|Các kỳ trong|Các kỳ của) [Ll]oạt bài|Loạt bài|LOẠT BÀI)"
_PART = r"(?:Bài|Kỳ|Phần) (?:\d{1,2}|cuối)\s*:\s*\S"
# The header run into the words before it and the first link after it (or ending the unit, the link
# opening the next one).
_HEADER_RUN = re.compile(r"(?:^|(?<=\S)\s+)(?P<header>" + _HEADER + r")\s*:?(?:\s+(?=" + _PART + r")|\s*$)")
_HEADER_ALONE = re.compile(_HEADER + r"\s*:?")
_PART_LINK = re.compile(_PART)


def series_header_apart(units: list[Unit]) -> list[Unit]:
    """`units` with a series' header run into the words around it (`Ma Văn Đức Loạt bài Bài 1: …`)
    a unit of its own, the words before it and the links after it units of theirs."""
    out: list[Unit] = []
    for i, unit in enumerate(units):
        found = _HEADER_RUN.search(unit.text)
        last = found is not None and not unit.text[found.end() :].strip()
        if found is None or (last and not (i + 1 < len(units) and _PART_LINK.match(units[i + 1].text))):
            out.append(unit)
            continue
        pieces = (unit.text[: found.start()], found.group("header"), unit.text[found.end() :])
        out += [Unit(unit.block, piece.strip()) for piece in pieces if piece.strip()]
    return out


def series_lists(kinds: list[tuple[str, str]], texts: list[str]) -> list[tuple[str, str]]:
    """`kinds` with a series' header and the links to its parts under it, closing the text, chrome."""
    out = list(kinds)
    for i, text in enumerate(texts):
        if _HEADER_ALONE.fullmatch(text.strip()) is None:
            continue
        end = i + 1
        while end < len(texts) and _PART_LINK.match(texts[end]) and not ends_sentence(texts[end]):
            end += 1
        closing = all(kind != "prose" for kind, _ in kinds[end:])  # no sentence of the story after them
        if end > i + 1 and closing:
            out[i:end] = [("chrome", SERIES_LIST)] * (end - i)
    return out
