"""What the pages of one site repeat: the site's own text, not a story's.

`SiteMemory` is filled with every page of an import (by host name) before any is converted.
Two kinds of repetition count: units (a footer's sentences, wherever they stand) and the run of
words pages start or end with (a logo's text glued to the first caption). A page that repeats
another almost whole is the same story twice and teaches nothing.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .furniture import Unit, key
from .parsed import Block, Parsed
from .title_words import Words
from .units import split_units


@dataclass
class SiteMemory:
    """Other pages of each site (by host name): what every page repeats is the site's chrome.

    Two kinds of repetition: units (a footer's sentences, wherever they stand) and the run of
    words a page starts or ends with (a logo's text glued to the first caption).
    """

    counts: dict[str, Counter[str]] = field(default_factory=dict)
    pages: dict[str, list[list[str]]] = field(default_factory=dict)
    headlines: list[str] = field(default_factory=list)  # every page's title and summary
    texts: list[str] = field(default_factory=list)  # every page's body, for the accents of a cut title
    parsed: dict[str, Parsed] = field(default_factory=dict)  # the pages to import, by sha256: parsed once
    slugs: set[str] = field(default_factory=set)  # the words of their links' slugs
    _words: Words | None = None

    def words(self) -> Words:
        """The words of every page, indexed for the slugs' words (built once, when first asked)."""
        if self._words is None:
            self._words = Words([*self.headlines, *self.texts], by_count=True, only=frozenset(self.slugs))
        return self._words

    def add(self, site: str | None, blocks: list[Block], headlines: tuple[str, ...] = ()) -> None:
        self.headlines.extend(h for h in headlines if h)
        self._words = None
        self.texts.append("\n".join(b.text for b in blocks))
        if site:
            self.counts.setdefault(site, Counter()).update(set(_block_keys(blocks)))
            self.pages.setdefault(site, []).append(_words(blocks))

    def elsewhere(self, site: str | None, own: list[Block]) -> frozenset[str]:
        """Keys of `own`'s units that another page of the same site holds too."""
        if not site or site not in self.counts:
            return frozenset()
        counts = self.counts[site]
        keys = set(_block_keys(own))
        repeated = frozenset(k for k in keys if counts[k] >= 2)
        return repeated if len(repeated) <= len(keys) / 2 else frozenset()  # the same story twice

    def shared_ends(self, site: str | None, own: list[Block]) -> tuple[int, int]:
        """How many words `own` starts and ends with that another page of the site shares."""
        if not site or site not in self.pages:
            return 0, 0
        words = _words(own)
        heads, tails = [], []
        skipped_self = False
        for other in self.pages[site]:
            if other == words and not skipped_self:
                skipped_self = True
                continue
            heads.append(_common(words, other))
            tails.append(_common(words[::-1], other[::-1]))
        # Shared with one other page where there is one; with two where there are more, so two
        # stories that happen to open alike (`Sáng 14/2, Ủy ban…`) keep their words.
        head, tail = (
            (_second(heads), _second(tails))
            if len(heads) >= 2
            else (max(heads, default=0), max(tails, default=0))
        )
        if head + tail >= 0.6 * len(words):
            return 0, 0  # the same story twice: nothing to learn from it
        return (head if head >= _MIN_SHARED else 0), (tail if tail >= _MIN_SHARED else 0)


_MIN_SHARED = 4


def _second(values: list[int]) -> int:
    return sorted(values, reverse=True)[1]


def _common(a: list[str], b: list[str]) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _words(blocks: list[Block]) -> list[str]:
    return [key(w) for block in blocks for w in block.text.split() if key(w)]


def _block_keys(blocks: list[Block]) -> list[str]:
    keys = []
    for block in blocks:
        for unit in split_units(block.text):
            found = key(unit)
            if len(found) >= 12:
                keys.append(found)
    return keys


def trim_shared(blocks: list[Block], head: int, tail: int) -> tuple[list[Block], list[Unit]]:
    """Take the first `head` and last `tail` words (counted as `SiteMemory` counts them) off the
    blocks; returns the blocks left and the removed text as units, for `--explain`."""
    removed: list[Unit] = []
    out = list(blocks)
    if head:
        out = _cut_words(out, head, removed, "the start that other pages of the site share")
    if tail:
        reversed_out = [Block(b.kind, " ".join(b.text.split()[::-1]), b.credit) for b in out[::-1]]
        cut: list[Unit] = []
        reversed_out = _cut_words(reversed_out, tail, cut, "the end that other pages of the site share")
        out = [Block(b.kind, " ".join(b.text.split()[::-1]), b.credit) for b in reversed_out[::-1]]
        removed.extend(Unit(-1, " ".join(u.text.split()[::-1]), False, u.reason) for u in cut[::-1])
    return out, removed


def _cut_words(blocks: list[Block], count: int, removed: list[Unit], reason: str) -> list[Block]:
    out = []
    for block in blocks:
        if count <= 0:
            out.append(block)
            continue
        words = block.text.split()
        taken = 0
        while taken < len(words) and count > 0:
            if key(words[taken]):
                count -= 1
            taken += 1
        if taken:
            removed.append(Unit(-1, " ".join(words[:taken]), False, reason))
        if taken < len(words):
            out.append(Block(block.kind, " ".join(words[taken:]), block.credit))
        elif block.credit:
            out.append(Block(block.kind, "", block.credit))
    return out
