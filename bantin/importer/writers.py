"""The writer named over the article with their title (`TS. NGUYỄN VĂN HÙNG`, `PGS.TS TRẦN AN`,
`Đại tá, ThS. LÊ VĂN BÌNH`), as reviews, journals and opinion pages print them above the lead, often
run into the writer's institution (`… HÙNG Học viện Chính trị quốc gia Hồ Chí Minh`).

The title says the name is a person's and the writer's: `titled_writer` lets `chrome` take the line
for the article's author, as it does a dated or labelled byline, and `titled_writer_apart` cuts the
name off what the scrape ran into it (the institution, then the lead), so that neither is lost in a
line the detector drops as the page's header.

A line of credits closing the story (`Nội dung: Hoàng Yến - Ảnh: Minh Đức - Thiết kế: Thu Trang`)
names the writer too: `writers_credits` gives it back to the text, where the captions' reading had
taken it for a photo's caption."""

from __future__ import annotations

import re

from ..core.sentences import PREPOSITIONS
from ..core.text import CAPITALS, SMALL_LETTERS
from ..tagging.kinds import TITLE_ABBREVIATIONS
from .furniture import Unit
from .parsed import Block

__all__ = ["titled_writer", "titled_writer_apart", "titles_a_person", "writers_credits"]

_TITLES = "|".join(sorted({*map(re.escape, TITLE_ABBREVIATIONS), "THS", "NCS"}, key=len, reverse=True))
_RANK = r"(?:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy|uý),?\s+)?"
_NAME_IN_CAPITALS = rf"[{CAPITALS}]{{1,7}}(?!\w)(?:\s+[{CAPITALS}]{{1,7}}(?!\w)){{1,4}}"
# Titles (`TS.`, `PGS.TS`, `PGS. TS.`, `PGS, TS`, `Đại tá, TS.`) before a name of two to five words in
# capitals; journals of theory print the titles parted by a comma (`PGS, TS NGUYỄN VĂN AN`).
_WRITER = re.compile(rf"{_RANK}(?:(?:{_TITLES})[.,]?\s*)+{_NAME_IN_CAPITALS}")
_FOLLOWS = re.compile(rf"\s+(?=[{CAPITALS}][{SMALL_LETTERS}])")
_FIRST_UNITS = 4  # the writer stands over the lead, among the page's header lines
_MENU_WORDS = 8  # the menu or breadcrumb a writer may follow in the same unit


def titles_a_person(word: str) -> bool:
    """An abbreviated title before a person's name (`HLV`, `PGS.TS`, `ThS.`, `ĐBQH`): a sentence's
    or a writer's, no photo credit's and no header's."""
    return all(part in TITLE_ABBREVIATIONS for part in word.rstrip(".").split(".")) and word[:1].isupper()


def titled_writer(text: str) -> bool:
    """The whole of `text` is a writer's titles and name in capitals (`TS. NGUYỄN VĂN HÙNG`)."""
    return _WRITER.fullmatch(text.strip()) is not None


def titled_writer_apart(units: list[Unit]) -> list[Unit]:
    """A titled writer in one of the first units, run into what follows (`TS. NGUYỄN VĂN HÙNG Học
    viện …`) and after a menu (`Chính trị Đại tá, ThS. LÊ VĂN BÌNH`), is cut off them: the menu, the
    name and the rest each a unit."""
    out: list[Unit] = []
    for index, unit in enumerate(units):
        found = _WRITER.search(unit.text) if index < _FIRST_UNITS else None
        before = unit.text[: found.start()] if found else ""
        words = before.split()
        inside = bool(words) and (len(words) > _MENU_WORDS or words[-1].casefold() in PREPOSITIONS)
        if found is None or not (before == "" or before.endswith(" ")) or inside:
            out.append(unit)  # a writer in a sentence (`Theo PGS.TS LÊ AN, …`, `… do TS. LÊ AN chủ trì`)
            continue
        after = _FOLLOWS.match(unit.text, found.end())
        rest = unit.text[after.end() :] if after else unit.text[found.end() :].strip()
        if rest and after is None:
            out.append(unit)
            continue
        pieces = (before.strip(), found.group(0), rest)
        out += [Unit(unit.block, piece) for piece in pieces if piece]
    return out


# A writer's credit under its label, run into a caption's text (`Bài: Thanh Hiếu`, `Nội dung: Hoàng Yến`).
_LABELLED_WRITER = re.compile(
    r"(?<!\S)(?:Tác giả|Người viết|Bài|Nội dung|Thực hiện)(?:\s*(?:,|và|-|&)\s*[ảẢ]nh)?\s*:\s*\S"
)


def writers_credits(blocks: list[Block]) -> list[Block]:
    """A writer's credit with the photographer's and the designer's (`Bài: Thanh Hiếu - Ảnh: Lê Khang`,
    `Thực hiện: Hoàng Yến | Ảnh: Minh Đức | Đồ họa: Thu Trang`), which the captions' reading took for
    photos' captions, is text again, block for block (the units point at them by their place): no
    photo's caption, a line of credits for the byline to be read."""
    out: list[Block] = []
    for block in blocks:
        credits_only = block.kind == "caption" and not block.text.strip(" |-–")
        if out and credits_only and out[-1].kind == "paragraph" and _LABELLED_WRITER.search(out[-1].text):
            out.append(Block("paragraph", block.credit or ""))  # `| Đồ họa: Thu Trang`
        elif block.kind == "caption" and _LABELLED_WRITER.search(block.text):
            out.append(Block("paragraph", f"{block.text} {block.credit}"))
        else:
            out.append(block)
    return out
