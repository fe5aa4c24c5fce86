"""A list of a section's other stories under the story, headed by the section's name alone (`Tin giao
thông`, `Tin an toàn giao thông`, `Tin thể thao`): the scraper runs that header into the closing
byline or the office signing the story (`Đức Trí Tin giao thông Lâm Đồng lắp thêm camera …`,
`Phòng Cảnh sát giao thông Tin giao thông Hà Nội tổ chức lại …`), and the headlines after it.

`section_lists` tells a section's list by its tie to the page (`Tin du lịch khác`); a transport or a
police site names its list by the section alone. Such a header is no sentence's opening, but `Tin`
and a word in lower case open sentences too (`Tin nhắn của …`), so it is cut only after the story's
last sentence, run on from another unit or opening one, with a headline after it (a capital, then six
words at least), in a unit with no full stop at its end (a list of headlines has none). A header with
its tie (`Tin khác`, `Tin liên quan`) is left as it stands: `furniture.opens_list` reads it."""

from __future__ import annotations

import re

from ..core.sentences import ends_sentence
from ..core.text import CAPITALS
from .furniture import Unit, opens_list, signals
from .section_lists import BARE_HEADER
from .vocabulary import RELATED_HEADERS

__all__ = ["section_list_apart"]

# `Tin` and the section's words in small letters (`section_lists`), a headline's capital after it.
_BARE_HEADER = re.compile(rf"(?:^|(?<=\S)\s+)({BARE_HEADER})\s+(?=[{CAPITALS}])")


def section_list_apart(units: list[Unit]) -> list[Unit]:
    """A unit after the story's last sentence with a section's header run into it (or opening it) is
    cut before the header, and the header from its headlines; the header alone is then the list's."""
    last = max((i for i, u in enumerate(units) if signals(u.text).sentence), default=-1)
    for i in range(last + 1, len(units)):
        text = units[i].text
        found = _BARE_HEADER.search(text)
        if found is None or ends_sentence(text):
            continue
        head, header, rest = text[: found.start()].strip(), found.group(1), text[found.end() :].strip()
        if header.casefold() in RELATED_HEADERS or opens_list(text[found.start(1) :]):
            continue  # `Tin khác`, `Tin liên quan`: a list header the importer reads as it stands
        if len(rest.split()) < 6:
            continue  # a few words after it (`Minh Hà Tin vui Hà Nội`): no list of headlines
        parts = [part for part in (head, header, rest) if part]
        return [*units[:i], *(Unit(units[i].block, part) for part in parts), *units[i + 1 :]]
    return units
