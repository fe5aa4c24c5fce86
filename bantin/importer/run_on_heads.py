"""A story's subheadings in capitals inside a body scraped on one line (`… và chế tài. CÔNG KHAI DỮ LIỆU
Theo TS Lê Minh Đức, …`, `… xã hội số. I. MỤC TIÊU Phấn đấu …`). The page printed them as headings;
the scraper ran them into the next sentence, where they read as its first words. A run of two words
or more in capitals right after a sentence's end (a numeral `I.`, `2.` may open it), with a word in
title case after it, is such a subheading: `heading_ends` cuts it from the sentence after it, so the
detector judges it alone, and `headings_apart` makes it a heading of its own between the paragraphs
around it. Acronyms (`UBND TP HCM`) are no run: one word of it at least is Vietnamese."""

from __future__ import annotations

import re

from ..core.sentences import ends_sentence, sentence_starts
from ..core.text import CAPITALS, SMALL_LETTERS
from .furniture import Unit, signals
from .parsed import Block
from .vocabulary import BOX_HEADERS, RELATED_HEADERS
from .writers import titles_a_person

__all__ = ["heading_ends", "headings_apart"]

_CAPS_WORD = r"[" + CAPITALS + r"][" + CAPITALS + r"\-]+"
# A subheading in capitals, two words to twelve, a numeral may open it (`II. NHIỆM VỤ TRỌNG TÂM`).
_HEAD = r"(?:(?:[IVX]{1,4}|\d{1,2})\.\s+)?" + _CAPS_WORD + r"(?:\s+" + _CAPS_WORD + r"){1,11}"
_HEADING = re.compile(_HEAD)
# … after a sentence's end (not a numeral's dot: `II.` is its own), before a word in title case (`Theo`).
_RUN_ON = re.compile(
    r"(?<=[.!?…”\"]\s)(?<![IVX\d]\.\s)(?P<head>"
    + _HEAD
    + r")(?=\s+["
    + CAPITALS
    + r"]["
    + SMALL_LETTERS
    + r"])"
)


# The headers of a page's lists and boxes (`TIN LIÊN QUAN`, `ĐỌC NHIỀU`), no story's subheadings.
_PAGES_HEADERS = frozenset((*RELATED_HEADERS, *BOX_HEADERS))


def heading_ends(text: str) -> list[int]:
    """Where a subheading in capitals run into the sentences around it starts and ends."""
    return [i for m in _RUN_ON.finditer(text) if _after_sentence(text, m) for i in m.span("head")]


def _after_sentence(text: str, head: re.Match[str]) -> bool:
    """`head` is Vietnamese and stands between two sentences: not after a writer's title (`TS. NGUYỄN
    VĂN HÙNG` is a writer, `ThS.` no sentence's end), and a sentence of the story after it, where a
    header of the page's has headlines with no stop (`CẬP NHẬT DIỄN BIẾN MƯA LŨ Sơ đồ vùng mưa …`)."""
    before = text[: head.start("head")].split()
    if not _vietnamese(head.group("head")) or (before and titles_a_person(before[-1])):
        return False
    if head.group("head").casefold() in _PAGES_HEADERS:  # `TIN LIÊN QUAN Giá sầu riêng …`: the page's list
        return False
    after = text[head.end() :]
    sentence = after[: (sentence_starts(after) or [len(after)])[0]]
    return ends_sentence(sentence) and signals(sentence).sentence


def headings_apart(blocks: list[Block], units: list[Unit]) -> list[Block]:
    """A paragraph holding a kept subheading in capitals between two of its sentences is cut there: the
    sentences before it, the heading (with its numeral, `II.`, which a sentence's cut may leave apart),
    the sentences after it. `units` are the detector's, its bylines left out by the caller (a writer's
    name in capitals closing the story is no heading)."""
    out = list(blocks)
    for head in sorted({u.text for u in units if u.keep and _is_heading(u.text)}, key=len, reverse=True):
        pieces: list[Block] = []
        for block in out:
            found = _numbered(head).search(block.text) if block.kind == "paragraph" else None
            if found is None:
                pieces.append(block)
                continue
            before, after = block.text[: found.start()].strip(), block.text[found.end() :].strip()
            pieces += [
                Block("paragraph", before),
                Block("heading", found.group(0)),
                Block("paragraph", after),
            ]
        out = pieces
    return out


def _numbered(head: str) -> re.Pattern[str]:
    """`head` after a sentence's end, its numeral before it if it has none, before a word in title case."""
    numeral = "" if re.match(r"(?:[IVX]{1,4}|\d{1,2})\.\s", head) else r"(?:(?:[IVX]{1,4}|\d{1,2})\.\s+)?"
    return re.compile(
        r"(?<=[.!?…”\"]\s)"
        + numeral
        + re.escape(head)
        + r"(?=\s+["
        + CAPITALS
        + r"]["
        + SMALL_LETTERS
        + r"])"
    )


def _is_heading(text: str) -> bool:
    return _HEADING.fullmatch(text) is not None and _vietnamese(text)


def _vietnamese(text: str) -> bool:
    """One word at least is no acronym: a letter outside ASCII (`DỮ`, `TRỌNG`)."""
    return not text.replace("Đ", "D").isascii()
