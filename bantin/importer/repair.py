"""Undo what scrapers did to the text: HTML entities, lines broken at inline links, paragraphs
glued together or run onto one line, `./.` end marks.

Runs before any other pass, on the raw lines (space runs still tell where a scraper joined two
blocks), so later passes see one paragraph per string.
"""

from __future__ import annotations

import html
import re

from ..core.glued_words import glued_words
from ..core.sentences import (
    PREPOSITIONS,
    ends_sentence,
    last_sentence_start,
    sentence_starts,
    split_glued,
    units_abbreviated,
)
from ..core.text import normalize
from ..tagging.gazetteer import place
from ..tagging.kinds import TITLE_ABBREVIATIONS
from .ad_labels import space_ad_labels
from .boilerplate import is_chrome, remove_language_menus
from .captions import split_captions
from .furniture import signals, stopwords
from .glued_datelines import space_glued_dateline
from .leftovers import strip
from .parsed import Block

_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?")
_END_MARK = re.compile(r"\s*\./\.(?=\s|$)")
_SPACE = " \t\u00a0\u2009\u202f\u3000"
_OPENERS = '“"‘«(['
_LEADING_PUNCT = ".,;:!?)]”’»…"


# An entity escaped twice (`&amp;quot;`, `&amp;#7897;`): a tool that saved the page escaped its text's
# entities again; its `&amp;` before a whole entity, semicolon and all, is that tool's (`AT&amp;T` is not).
_TWICE = re.compile(r"&amp;(?=#\d{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)")


def unescape(text: str) -> str:
    """Decode HTML entities left in plain text (`&nbsp;`, `&#39;`, and `&amp;quot;` escaped twice); leave
    a lone `&` alone."""
    if "&" not in text:
        return text
    return _ENTITY.sub(lambda m: html.unescape(m.group(0)), _TWICE.sub("&", text))


def clean(text: str) -> str:
    """One paragraph in the stored form: entities decoded, the template's leftovers gone (`leftovers`),
    NFC, old-style tones, one space, `.` end."""
    text = normalize(unescape(text)).replace("\n", " ").replace("\r", " ").replace("\t", " ")
    text = _END_MARK.sub(".", strip(text))
    return " ".join(text.split())


def _continues(previous: str, line: str) -> bool:
    """True when `line` carries on `previous`, broken where the page had a link or bold text."""
    if not line.strip() or not previous.strip():
        return False
    head = line.lstrip(_SPACE)
    if head[:1] in _LEADING_PUNCT:
        return True
    last = previous.rstrip(_SPACE)
    if last.endswith(tuple(_OPENERS)) and not (last.endswith('"') and last.count('"') % 2 == 0):
        return True
    if units_abbreviated(last) and head[:1].isupper():  # `… tại TP.` ⏎ `Hồ Chí Minh …`: the unit's name
        return True
    if ends_sentence(last):
        return False
    if len(last.split()) >= 4 and last.split()[-1] in PREPOSITIONS:  # `… phối hợp với` ⏎ `Bộ Công chính …`
        return True
    if _LABEL_END.search(last):  # `… hôm 23/1. Ảnh:` ⏎ `Reuters.`: the credit of a caption
        return True
    # no paragraph opens in lower case: the line goes on with a sentence the page had a link in (a
    # sentence's start, six words or more; a name or a tag alone over a tag in lower case is no such)
    return line[0] in _SPACE or previous[-1] in _SPACE or (head[:1].islower() and len(last.split()) >= 6)


def _linked_name(previous: str, line: str, following: str) -> bool:
    """`line` is a name alone (`Yonhap`, `AFP`) that was a link inside the sentence `previous` began
    and `following` carries on (`… hãng tin` ⏎ `Yonhap` ⏎ ` cho biết …`); no function word in it."""
    last, name = previous.rstrip(_SPACE), line.strip(_SPACE)
    if not following[:1] or not (following[0] in _SPACE or following.lstrip(_SPACE)[:1] in _LEADING_PUNCT):
        return False
    if not last or ends_sentence(last) or last.endswith(":") or not 1 <= len(name.split()) <= 3:
        return False
    stop = stopwords()  # `Theo` ⏎ ` Ngôi sao`: a credit's first word, no name
    return all(
        w[0].isupper() and w.replace("-", "").isalnum() and w.casefold() not in stop for w in name.split()
    )


# A caption's label ending a line: its credit is on the next.
_LABEL_END = re.compile(r"(?<!\w)(?:Ảnh|ẢNH|Video|Clip|Nguồn|Đồ họa|Đồ hoạ)\s*:$")


def join_broken_lines(lines: list[str]) -> list[str]:
    """Join lines that were one sentence before the scraper broke them (`… nam, ⏎AFP⏎ dẫn …`)."""
    out: list[str] = []
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if out and (_continues(out[-1], line) or _linked_name(out[-1], line, following)):
            previous = out[-1].rstrip(_SPACE)
            head = line.lstrip(_SPACE)
            opens = previous.endswith(tuple(_OPENERS)) and not (
                previous.endswith('"') and previous.count('"') % 2 == 0
            )
            glue = "" if head[:1] in _LEADING_PUNCT or opens else " "
            out[-1] = previous + glue + head
        else:
            out.append(line)
    return out


def join_unit_names(lines: list[str]) -> list[str]:
    """Lines broken after an administrative unit's abbreviation joined to the name that follows
    (`… diễn ra tại TP.` ⏎ `Hồ Chí Minh …`): the page had the name as a link."""
    out: list[str] = []
    for line in lines:
        if out and line.lstrip()[:1].isupper() and units_abbreviated(out[-1]):
            out[-1] = f"{out[-1].rstrip()} {line.lstrip()}"
        else:
            out.append(line)
    return out


def split_runon(text: str) -> list[Block]:
    """A whole body on one line → paragraphs, captions and subheadings.

    Scrapers that flatten a page join blocks with a space run (`kết nối khu vực  Từ ngày…`) or with
    nothing at all (`bếp.Lực lượng`); captions sit between paragraphs with their credit run in.
    """
    segments = _continued([s for s in re.split(r"[ \u00a0]{2,}", remove_language_menus(text)) if s.strip()])
    blocks: list[Block] = []
    for index, segment in enumerate(segments):
        pieces: list[Block] = []
        spaced = space_glued_dateline(space_ad_labels(clean(segment)))  # `CẦN THƠ -Theo …`, `BVCC[QC]Bác`
        for part in (line for glued in split_glued(spaced) for line in glued_lines(glued)):
            chrome = is_chrome(part) and not signals(part).prose  # a story's caption before the footer
            pieces.extend([Block("paragraph", part)] if chrome else split_captions(part))
        has_next = index + 1 < len(segments) and len(segments[index + 1].strip()) >= 40
        if has_next and pieces and pieces[-1].kind == "paragraph":
            pieces[-1:] = _split_heading(pieces[-1].text)
        blocks.extend(pieces)
    return blocks


def glued_lines(text: str) -> list[str]:
    """A paragraph's opening lines that stop without a full stop, glued on to what follows with no
    space (`Hành trình ra đảoNăm 1982, ông …`, `Lịch thi cụ thểSáng 6/6: thi môn Ngữ vănChiều 6/6: …`):
    a subheading or a list's items the scraper joined to the next line. Each short run of words from
    the paragraph's start (or the last such cut) to a glued word in title case (`glued_words`), with
    no sentence end inside, is a line of its own; a glued word after a sentence (`… làm rõ. Thu
    HàChia sẻ`) is left to the units' cuts, and a place before the lead is its dateline."""
    lines: list[str] = []
    start = 0
    for cut in glued_words(text):
        line = text[start:cut].strip()
        if (
            not line
            or not line[0].isupper()
            or len(line.split()) > _GLUED_LINE_WORDS
            or ends_sentence(line)
            or sentence_starts(line)
            or place(line) is not None  # a dateline glued to the lead (`An GiangBình oxy …`): `datelines`'
        ):
            break
        lines.append(line)
        start = cut
    return [*lines, text[start:].strip()] if lines else [text]


# A subheading or a list's item glued to the next line is short (`Các bước thực hiện`, `Chiều 6/6: thi
# môn Ngoại ngữ`); a longer run is a sentence that lost its stop, left whole.
_GLUED_LINE_WORDS = 12


def _continued(segments: list[str]) -> list[str]:
    """A segment opening in lower case goes on with the sentence before it: the space run was a
    link or bold text (`người gác đền sinh năm 1966  còn được biết đến…`), not a new block; so does
    the name after a unit's abbreviation (`… diễn ra tại TP.  Hồ Chí Minh`), and the name after a
    dash that pairs it with another (`đền Nưa -  Am Tiên`), and a name after a word that needs one
    after it, a preposition or a title (`Cùng với  Palm Jebel Ali …`, `HLV  Mai Đức Chung nhận định`):
    the name was a link, and no subheading ends with such a word."""
    out: list[str] = []
    for segment in join_unit_names(segments):
        head = segment.lstrip()
        paired = bool(out) and out[-1].rstrip().endswith((" -", " –")) and head[:1].isupper()
        paired = paired or (bool(out) and head[:1].isupper() and _needs_name(out[-1]))
        if out and (head[:1].islower() or paired) and not ends_sentence(out[-1].rstrip()):
            out[-1] = f"{out[-1].rstrip()} {head}"
        else:
            out.append(segment)
    return out


def _needs_name(segment: str) -> bool:
    """`segment` ends with a word that a name must follow: a preposition (`với`, `của`) or an
    abbreviated title (`HLV`, `PGS`)."""
    words = segment.split()
    return bool(words) and (words[-1] in PREPOSITIONS or words[-1] in TITLE_ABBREVIATIONS)


def _split_heading(text: str) -> list[Block]:
    """The end of a block that stopped without a full stop before a space run is a subheading."""
    if ends_sentence(text) or text.endswith((":", ";", ",")):
        return [Block("paragraph", text)]
    start = last_sentence_start(text)
    heading = text[start:].strip()
    if not heading or len(heading) > 120 or len(heading.split()) > 16 or not heading[0].isupper():
        return [Block("paragraph", text)]
    blocks = [Block("paragraph", text[:start].strip())] if start else []
    return [*blocks, Block("heading", heading)]
