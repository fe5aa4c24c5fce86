"""The page's tags or its section under their label set between two paragraphs, run into the next
sentence with no stop (`Tags: đường sắt | Viêng Chăn | Vũng Áng Phía Lào đã hoàn thành …`, `Từ khóa:
Cầu Treo, chợ biên giới, Bô-ly-khăm-xay Bà Nguyễn Thị Hạnh, tiểu thương, nói: …`, `Chuyên mục: Hoạt
động đối ngoại Hai nhà lãnh đạo nhất trí …`): the label is the site's, but the unit is read as the
sentence it ends in, so it stayed whole. It is cut where the last tag ends: where a sentence opens
after it by the shape a related headline's end is found by (`linked_headlines.opens_sentence_at`: `…
đối ngoại | Hai nhà …`, `… Bô-ly-khăm-xay | Bà Nguyễn Thị Hạnh, …`), or after the longest run of its
words that another unit of the page (the headline, a sentence) prints as one, the next word in
capitals opening what follows (`Vũng Áng`, which the headline names, `| Phía Lào đã …`). The tags
go (a unit of their own, with the label); where no cut is sure the unit stays whole, as before."""

from __future__ import annotations

import re

from ..core.sentences import ends_sentence
from .furniture import Unit, signals
from .linked_headlines import named_elsewhere, opens_sentence_at

__all__ = ["TAG_RUN", "tag_run_apart"]

TAG_RUN = "the page's tags or section under their label, run into the next sentence"

# The label (`Tags:`, `Từ khóa:`, `Thẻ:`, `Chuyên mục:`), its colon, the first tag.
_LABEL = re.compile(r"^(?:Tags?|TAGS?|Từ kh[óo]a|TỪ KHÓA|Thẻ|THẺ|Chuyên mục|CHUYÊN MỤC)\s*:\s+(?=\S)")
# A tag's most words, and the fewest the sentence after the tags keeps.
_TAG_WORDS = 5
_SENTENCE_WORDS = 6


def tag_run_apart(units: list[Unit], said: tuple[str, ...] = ()) -> list[Unit]:
    """`units` with each unit that opens with a label of tags, its tags and a sentence run into the last
    cut in two: the label with its tags (chrome), the sentence; `said` are texts of the page besides its
    units (the headline)."""
    out: list[Unit] = []
    for i, unit in enumerate(units):
        found = _LABEL.match(unit.text)
        words = unit.text[found.end() :].split() if found and unit.keep else []
        k = _tags_end(words, units, i, said) if words and ends_sentence(unit.text) else None
        if k is None:
            out.append(unit)
            continue
        head = unit.text[: found.end()] + " ".join(words[:k])
        out += [Unit(unit.block, head, False, TAG_RUN), Unit(unit.block, " ".join(words[k:]))]
    return out


def _tags_end(words: list[str], units: list[Unit], index: int, said: tuple[str, ...]) -> int | None:
    """Where the tags that `words` open end and the sentence starts: each tag but the last is closed by
    its separator (`|`, a comma, a semicolon) within `_TAG_WORDS` words; the last ends, within as many,
    where a sentence opens, its first word a bare word (no `Treo,`) before any separator. None where
    no such end is found."""
    named = named_elsewhere(units, index)
    others = " ".join((*said, *(u.text for k, u in enumerate(units) if k != index)))
    start = 0
    while start < len(words) - _SENTENCE_WORDS:
        closing = next((j for j in range(start, len(words)) if _separates(words[j])), len(words))
        for k in range(start + 1, min(start + _TAG_WORDS, closing, len(words) - _SENTENCE_WORDS) + 1):
            if not words[k].isalpha() or not signals(" ".join(words[k:])).prose:
                continue
            if opens_sentence_at(words, k, named) or _said_whole(words[start:k], words[k], others):
                return k
        if closing - start > _TAG_WORDS:
            return None  # a run of words no separator closes: no tag
        start = closing + 1
    return None


def _separates(word: str) -> bool:
    """`word` closes a tag: a pipe, or a word with its comma or semicolon."""
    return word == "|" or word.endswith((",", ";"))


def _said_whole(tag: list[str], after: str, others: str) -> bool:
    """`tag` is said as one elsewhere on the page but not with the word `after` it (a word in
    capitals, the sentence's first): the tag, a name the page prints, ends there."""
    phrase = " ".join(tag)
    return (
        after[:1].isupper()
        and after[1:].islower()
        and re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", others) is not None
        and f"{phrase} {after}" not in others
    )
