"""A translated story's sources line: `Theo Science Alert`, `Nguồn: Zootaxa`, `(Theo NASA)`, and the
writer who signs on the same line after it (`Theo Science Alert Minh Long`, `Nguồn: Zootaxa Thu Hiền`).

A science or world desk translates from foreign journals, agencies and magazines and ends the story with
where it was translated from, then the translator's name. That line is part of the story's credit: the
reader learns from it that the story is a translation and of what, and the page's metadata has room for
its publisher alone (the site that translated it). So the line stays in the text, and only the writer is
read off it. A credit with no writer after it, or under the writer's byline (`Việt Hà`, then `Theo
ANTV`), is the page's credit of a re-post, as before: `body` asks for the writer after it.

A foreign source is told by its words: each in ASCII and none of them a Vietnamese syllable (`Science
Alert`, `Space.com`, `NASA`, `Nature`), where a Vietnamese writer's name is all Vietnamese syllables
(`Minh Long`, `Thu Hiền`, `Đoàn Dương`). Where the one turns into the other, the credit ends and the
writer's name begins; a Vietnamese outlet's credit (`Theo Tuổi Trẻ`, a re-post's) is no translation's
and is read as before. A foreign wire the table of outlets knows (`(Theo Reuters)`) is a translation's
source only with its translator's name alone right under it or run on after it (`(Theo Kyodo) Thanh Hà`).
`bylines` asks `writer_after` of a credit; `body` asks `translated` of a closing one.
"""

from __future__ import annotations

import re

from ..core.text import is_syllable
from .publishers import FOREIGN_SOURCES, KNOWN_SOURCES

__all__ = ["foreign", "signed_sources", "translated", "wire_credit", "writer_after"]

# A credit's opening word, in brackets too (`Theo X`, `(Theo X)`, `Nguồn: X`).
_OPENING = re.compile(r"^\(?\s*(?:[Tt]heo|[Nn]guồn)\s*:?\s+")
_MOST_WORDS = 4  # `Science Alert`, `The Astrophysical Journal`: a name, not a clause


def _foreign_word(word: str) -> bool:
    """A word of a foreign name: ASCII with a capital, no Vietnamese syllable; or a wire's initials the
    table of outlets knows, whose letters may spell one (`AP` in `Theo Reuters, AP`)."""
    bare = word.rstrip(".,")
    if bare.isupper() and bare.isascii() and bare.casefold() in KNOWN_SOURCES:
        return True
    return word[:1].isupper() and word.isascii() and not is_syllable(bare)


def foreign(name: str, table: dict[str, str] | None = None) -> bool:
    """`name` is a foreign outlet's, journal's or agency's (`Science Alert`, `Space.com`, `NASA`): a few
    words, each in ASCII with a capital, none a Vietnamese syllable. One the table of outlets knows
    (`TTXVN`, `VnExpress`, `Reuters`, and a `.vn` address, or a `.vn` site's name in the publishers'
    `table`: `Bongda24h`) is read as the bylines read it before: a Vietnamese paper's credit is a
    re-post's, and a wire's the importer already weighs as a source."""
    name = name.strip().strip("()")
    words = name.split()
    if name.casefold() in KNOWN_SOURCES or name.casefold().endswith(".vn"):
        return False
    if any(host.endswith(".vn") and site == name for host, site in (table or {}).items()):
        return False
    return 1 <= len(words) <= _MOST_WORDS and all(_foreign_word(w) for w in words)


_LIST = re.compile(r",\s*|\s+và\s+")  # a list of wires (`Reuters, Tân Hoa xã`, `AFP và Kyodo`)


def wire_credit(name: str) -> bool:
    """`name` is one foreign agency's or paper's the table of outlets knows (`Reuters`, `Kyodo`, Xinhua
    by its Vietnamese name `Tân Hoa xã`), or a list of such wires and foreign names (`Reuters, Tân Hoa
    xã`): over a writer's name it says what the writer translated, as an unknown foreign name does; a
    Vietnamese outlet's (`Theo Tuổi Trẻ`, `Theo Reuters, TTXVN`) is a re-post's credit."""
    items = [item for item in _LIST.split(name.strip().strip("()")) if item]
    return bool(items) and all(item.casefold() in FOREIGN_SOURCES or foreign(item) for item in items)


def writer_after(source: str) -> tuple[str, str] | None:
    """A credit's `source` with a writer's name run on after it (`Science Alert Minh Long`) → (the
    foreign source, the name of two or three words, each a Vietnamese syllable in title case); None when
    the source has no foreign name before such words. Whether the name is a person's is `bylines`'."""
    words = source.split()
    for size in (3, 2):
        head, tail = words[:-size], words[-size:]
        if head and foreign(" ".join(head)) and all(w[:1].isupper() and is_syllable(w) for w in tail):
            return " ".join(head), " ".join(tail)
    return None


def translated(text: str, source: str | None, author: str | None, wires: bool = False) -> str | None:
    """The sources line of a translated story that `text` (a closing credit, read as `source` and
    `author`) holds, to stay in the text: `Theo Science Alert` out of `Theo Science Alert Minh Long`;
    None when the credit names no foreign source or `text` does not open with it. With `wires` (the
    translator's name right under it or run on after it) a known foreign wire's credit (`(Theo Reuters)`)
    is one too."""
    text = text.strip()
    if not source or not (foreign(source) or (wires and wire_credit(source))) or _OPENING.match(text) is None:
        return None
    if author and text.endswith(author):
        text = text[: -len(author)].rstrip(" -–,|")
    return text if text.removeprefix("(").strip() else None


def signed_sources(text: str, bodies: bool = False) -> tuple[str, str] | None:
    """A sources line too long to read as an outlet's credit, naming a foreign body's document, with the
    writer's name run on after its foreign name (`Nguồn: Bản tin khí nhà kính của WMO Hà Phương`), or
    with `bodies` after a Vietnamese body's name ending in small letters (`Nguồn: Tổng cục Thống kê
    Thanh Tâm`, where a place may stand too: `… Bộ Y tế Hà Nội`, so the caller asks for a person) →
    (the text up to the name, the name); None when no sentence of `text` opens a credit that such a name
    ends (the last line of a body its layout joined in one: the credit after the story's last stop)."""
    opening = [m.start() for m in _SENTENCE_OPENING.finditer(text)]
    if not opening:
        return None
    before, words = text[: opening[-1]], text[opening[-1] :].split()
    for size in (3, 2):
        head, tail = words[:-size], words[-size:]
        named = all(w[:1].isupper() and is_syllable(w) for w in tail)
        if len(head) >= 2 and (_foreign_word(head[-1]) or (bodies and _agency_end(head))) and named:
            return before + " ".join(head), " ".join(tail)
    return None


def _agency_end(head: list[str]) -> bool:
    """`head` (a credit's label and words) ends with a Vietnamese body's name, its last word in small
    letters (`Nguồn: Tổng cục Thống kê`, `Theo Bộ Y tế`): a name in title case after it starts afresh.
    The body's kind and its own name both open in capitals: a masthead's kind alone (`Theo Tạp chí`)
    has its name still to come (`… Tạp chí Công Thương`), no writer."""
    last = head[-1]
    named = sum(1 for w in head[1:] if w[:1].isupper()) >= 2
    return named and last.islower() and last.isalpha() and is_syllable(last)


# A credit opening the text or a sentence of it (the last line of a body the layout joined in one).
_SENTENCE_OPENING = re.compile(r"(?:^|(?<=[.!?…”\"]\s))\(?\s*(?:[Tt]heo|[Nn]guồn)\s*:?\s+")
