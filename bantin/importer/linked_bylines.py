"""The closing byline run on from a related link printed right under the story (`Xem thêm: Đồn Biên
phòng Nà Ngoi giúp bản Lào làm đường Hữu Hùng`): a one-line body joins the link and the writer's name
with no stop between them, so the name would go with the link and the page lose its author.

A link to a clip under its label (`Xem thêm Video: …`) is a link alike.

The name is cut off the link's end when it reads as a writer's (two to four words, each a capital
then small letters, read by `parse_byline` as an author and no outlet) after at least two words in
small letters that neither name a person nor a place before it (`với ông`, `tại huyện`: the headline
telling of someone, `Chủ tịch Hồ Chí Minh` has a capital before), and the link is the last of the
story's units: nothing that reads as a sentence comes after it but a box of other stories under its
header (`Tin liên quan`, whose headlines may read as sentences). The name, in capitals too (`XUÂN
MAI`), is the byline (`REASON`). The link still goes."""

from __future__ import annotations

import re

from .bylines import parse_byline
from .furniture import Unit, signals
from .vocabulary import RELATED_HEADERS, RELATED_LEADS, as_headers

__all__ = ["REASON", "linked_byline_apart"]

#: The reason the name cut off carries: `chrome.detect` takes it for the byline it is, in capitals too
#: (`XUÂN MAI`), which a unit alone after the story's end would not be.
REASON = "a writer's name cut off the related link it ran on from"

_HEADER = re.compile(as_headers(RELATED_HEADERS))
# A related link's label, or a clip's (`Xem thêm Video: Về Phú Yên ngắm hoa vàng … Phương Thảo`).
_LINK = re.compile(r"^(?:" + as_headers(RELATED_LEADS[:4]) + r")(?:\s+(?i:video|clip))?\s*:\s*\S")
# Words that put a person's or a place's name after them inside a headline.
_BEFORE_NAME = frozenset(
    "ông bà anh chị em cô thầy chú bác cụ chí ngài tỉnh huyện xã phường quận trấn phố tp bản làng thôn "
    "tại ở về sông núi đèo khẩu".split()
)
_NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_A-ZĐ]*$")


def linked_byline_apart(units: list[Unit]) -> list[Unit]:
    """`units` with a writer's name cut off the end of the last related link under the story, the
    header of a box of other stories (`Tin liên quan`) and what follows it aside."""
    tail = _box(units)
    for i in range(tail - 1, -1, -1):
        text = units[i].text
        if _LINK.match(text):
            name = _trailing_name(text)
            if name is None:
                return units
            head = text[: len(text) - len(name)].strip()
            return [
                *units[:i],
                Unit(units[i].block, head),
                Unit(units[i].block, name, True, REASON),
                *units[i + 1 :],
            ]
        found = signals(text)
        if found.prose and found.sentence:
            return units  # the story goes on after any link: its links go as they are
    return units


def _box(units: list[Unit]) -> int:
    """Where the box of other stories under the story starts: the last header alone on its unit
    (`Tin liên quan`, `Bài viết cùng chuyên mục`) with no link under it (`Xem thêm: …`, a link of the
    story's); its headlines may read as sentences (`Vắc xin …: ai nên tiêm, giá bao nhiêu?`)."""
    for i in range(len(units) - 1, -1, -1):
        if _LINK.match(units[i].text):
            return len(units)
        if _HEADER.fullmatch(units[i].text.strip().rstrip(":").strip()):
            return i
    return len(units)


def _trailing_name(text: str) -> str | None:
    """The writer's name of two to four words ending `text` after two words in small letters, if any,
    with the wires the writer translated from after it (`THU HẰNG (Theo AFP, CNN)`)."""
    credit = _WIRES.search(text)
    base = text[: credit.start()].rstrip() if credit else text.rstrip()
    if base.endswith((".", "!", "?", "…", ":")):
        return None
    words = base.split()
    for n in (2, 3, 4):
        name, before = words[-n:], words[-n - 2 : -n]
        if len(before) < 2 or not all(_name_word(w) for w in name):
            continue
        if not all(w[:1].islower() for w in before) or before[-1].casefold() in _BEFORE_NAME:
            continue
        signed = base[len(base) - len(" ".join(name)) :] + (text[len(base) :] if credit else "")
        byline = parse_byline(signed.strip())
        if byline is not None and byline.author and (credit or not byline.source):
            return signed.strip()
    return None


# The wires a story was translated from, in brackets after its writer (`(Theo Reuters, AP)`).
_WIRES = re.compile(r"\s*\((?:[Tt]heo|[Nn]guồn:?)\s[^()]{2,60}\)\s*$")


def _name_word(word: str) -> bool:
    """A word of a writer's name: a capital then small letters, or in capitals (`THU HẰNG`)."""
    return bool(_NAME_WORD.match(word) and word[:1].isupper()) or (word.isalpha() and word.isupper())
