"""An article as discovery reads it: its tokens, with the registry's names as single tokens.

Stage 1 of `bantin.tagging.discover`: the text in the matcher's form (`match_form`), spaced
dashes ("Việt Nam – Lào", kept as U+2012) told apart from joining ones ("Việt-Trung"), every
name the registry matches turned into one "known" token, and the text cut into sentences.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from ..core.text import normalize
from ..entities import Registry
from .matcher import _CREDIT, _QUOTES, matcher_for

_SPACED_DASH = re.compile(r"[ \t]+[-‐‑‒–—―][ \t]*|[ \t]*[-‐‑‒–—―][ \t]+")
_DASH = re.compile(r"[-‐‑‒–—―]")
_TOKEN = re.compile(
    r"\x00\d+\x00|[A-Z]\.(?= [A-Z])|\w+(?:[&']\w+|\.(?![^\W\d_][^\W\d_]*[a-zà-ỹđ])\w+)*|\u2012|-|\n|[^\w\s]"
)
SENTENCE_END = frozenset(".!?;:…\n")
_KNOWN = re.compile(r" ?\x00(\d+)\x00 ?")  # a known name's token, with the spaces put around it
ACRONYM = re.compile(r"^[A-ZĐ][A-ZĐ0-9&]{1,9}$")
NUMBERISH = re.compile(r"^(?:\d+|[IVXLC]+)$")


class Text:
    """One text's tokens: words, punctuation, and registry names as single known tokens."""

    def __init__(self, text: str, registry: Registry) -> None:
        text = _QUOTES.sub("", normalize(_CREDIT.sub(" ", text)))
        text = _SPACED_DASH.sub("\u2012", text)
        text = _DASH.sub(lambda m: m.group(0) if m.group(0) == "\u2012" else "-", text)
        text = re.sub(r"[ \t]{2,}", " ", text)
        self.form = text.replace("\u2012", "-")
        self.known: list[str] = []  # entity ids of the known tokens
        self.surface: list[str] = []  # and the text each one stands for
        pieces, last = [], 0
        matches = matcher_for(registry).matches(self.form)
        top = [
            m for m in matches if not any(o.start <= m.start and m.end <= o.end and o != m for o in matches)
        ]
        for m in sorted(top, key=lambda m: m.start):
            if m.start < last:
                continue
            pieces.append(text[last : m.start])
            pieces.append(f" \x00{len(self.known)}\x00 ")
            self.known.append(m.entity_id)
            self.surface.append(text[m.start : m.end].replace("\u2012", " – "))
            last = m.end
        pieces.append(text[last:])
        self.masked = "".join(pieces)

    def sentences(self) -> list[list[str]]:
        return [tokens for tokens, _ in self.sentences_as_written()]

    def sentences_as_written(self) -> list[tuple[list[str], str]]:
        """Each sentence's tokens, and the sentence as the article prints it but for its quotation
        marks and photo credits, which matching drops (names as written, no space put after a
        bracket or inside `18/2`): what a reviewer reads as its example."""
        out: list[tuple[list[str], str]] = []
        tokens: list[str] = []
        start = 0
        for found in _TOKEN.finditer(self.masked):
            tok = found.group(0)
            if not tokens:
                start = found.start()
            tokens.append(tok)
            if tok in SENTENCE_END:
                out.append((tokens, self._printed(start, found.end())))
                tokens = []
        if tokens:
            out.append((tokens, self._printed(start, len(self.masked))))
        return out

    def _printed(self, start: int, end: int) -> str:
        text = _KNOWN.sub(lambda m: self.surface[int(m.group(1))], self.masked[start:end])
        return " ".join(text.replace("\u2012", " – ").split())


def cap(word: str) -> bool:
    return word[:1].isupper()


def is_word(tok: str) -> bool:
    return tok[:1].isalnum()


def lower_pairs(texts: list[str]) -> Counter[str]:
    """Pairs of lower-case words seen in the texts: the word groups the articles themselves use."""
    pairs: Counter[str] = Counter()
    for text in texts:
        words = re.findall(r"\w+|[^\w\s]", normalize(text))
        pairs.update(f"{a} {b}" for a, b in pairwise(words) if a.islower() and b.islower())
    return pairs


def join(words: list[str], surface: list[str]) -> str:
    out: list[str] = []
    for w in words:
        if w.startswith("\x00"):
            w = surface[int(w.strip("\x00"))]
        if w == "-" and out:
            out[-1] += "-"
            continue
        if out and out[-1].endswith("-"):
            out[-1] += w
        elif out and not w[:1].isalnum() and w not in "(\u2012":
            out[-1] += w
        elif w == "\u2012":
            out.append("–")
        else:
            out.append(w)
    return " ".join(out).strip(" ,-–")
