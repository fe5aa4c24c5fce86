"""Vietnamese sentences for translation: where to stop a lead, where to cut a long text.

The rules for a full stop (`TP.`, `PGS.TS.`, `ThS.`, `1.000`, `Chinhphu.vn`, `H.Vũ` never end a
sentence) are the importer's (`bantin.core.sentences`); two cases differ for a summary: an
ellipsis does not end a sentence (`Hà Nội… Sáng nay` is one thought), and `ông.` / `bà.` do, as
Vietnamese writes "ông Nguyễn" without a stop, so a stop after them closes the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from ..core.sentences import pieces, sentence_starts

_PRONOUN_STOP = re.compile(r"(?<![^\W\d_])(?:ông|bà)\.[”\"’»)]*\s+(?=[“\"‘'«(]*[^\W\d_])")


def _after_ellipsis(text: str, start: int) -> bool:
    head = text[:start].rstrip().rstrip('”"’»)')
    return head.endswith(("…", "..."))


def _pronoun_starts(text: str) -> list[int]:
    """Sentence starts after `ông.` / `bà.` followed by a capital letter."""
    starts = []
    for match in _PRONOUN_STOP.finditer(text):
        end = match.end()
        after = end
        while after < len(text) and text[after] in "“\"‘'«(":
            after += 1
        if after < len(text) and text[after].isupper():
            starts.append(end)
    return starts


def split_sentences(text: str) -> list[str]:
    """The sentences of a plain-text paragraph, in order, stripped."""
    starts = {s for s in sentence_starts(text) if not _after_ellipsis(text, s)}
    starts.update(_pronoun_starts(text))
    return pieces(text, sorted(starts))


def _cut_words(text: str, limit: int, measure: Callable[[str], int]) -> list[str]:
    """A sentence longer than a provider accepts, cut between words (or inside one, if must)."""
    pieces: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if measure(candidate) <= limit:
            current = candidate
            continue
        if current:
            pieces.append(current)
        current = word
        while measure(current) > limit:  # one word longer than the limit: cut it
            cut = limit
            while cut > 1 and measure(current[:cut]) > limit:
                cut -= 1
            pieces.append(current[:cut])
            current = current[cut:]
    if current:
        pieces.append(current)
    return pieces


def pack(sentences: Iterable[str], limit: int, measure: Callable[[str], int] = len) -> list[str]:
    """Join sentences into as few chunks as fit under `limit` (by `measure`), never splitting
    a sentence unless it alone is too long."""
    chunks: list[str] = []
    current = ""
    for sentence in sentences:
        candidate = f"{current} {sentence}" if current else sentence
        if measure(candidate) <= limit:
            current = candidate
            continue
        if current:
            chunks.append(current)
            current = ""
        if measure(sentence) <= limit:
            current = sentence
        else:
            chunks.extend(_cut_words(sentence, limit, measure))
    if current:
        chunks.append(current)
    return chunks
