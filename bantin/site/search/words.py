"""Vietnamese words for the search index: pairs of adjacent syllables, folded, as tokens.

Vietnamese writes a word of several syllables with spaces ("công an", "Hà Nội", "Hoa Kỳ"), and
Pagefind scores each syllable on its own, so a page holding "công" and "an" far apart ranks with
one holding "công an". Before Pagefind reads an article page we give it, as metadata (searched by
Pagefind 1.5, weighted by the search page's `metaWeights`, never shown), every pair of adjacent
syllables of the headline (`vt`) and of the text (`vb`), folded (no
diacritics, đ → d) and joined into one token: "Hà Nội" → `qqhanoi`. The search page turns a query
of several syllables into the same tokens (`theme/assets/searchwords.js`, which must agree with
this module: tests/unit/test_searchwords.py runs both), so pages holding the phrase come first
whatever diacritics the reader typed; the page then ranks the phrase's exact spelling, the
headline and the lead itself.

The prefix keeps a token from matching a syllable typed alone (Pagefind matches prefixes: "ha"
must not find `hanoi`). Pairs do not cross punctuation or numbers. Each token is given once per
page, in the first field that holds it: how often a page repeats a phrase is the search page's
business, and the index stays small (see `fields` for the pairs left out).
"""

from __future__ import annotations

import html
import itertools
import re
import unicodedata
from array import array
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

#: Starts every pair token; no word of any language starts so.
PREFIX = "qq"
#: Metadata keys of the tokens: headline, text.
TITLE, BODY = "vt", "vb"
#: A pair of the text seen once on a page is kept when this many pages of the part hold it,
#: or when the part has fewer than `SMALL` pages (little to save, and too few pages to tell).
PAGES, SMALL = 3, 50
#: A pair of the text on more than this share of a part's pages (of `SMALL` or more) tells no
#: page apart: it is left out of every text (`common`), and the search page out of its queries.
COMMON = 0.5

# Runs of letter words separated by nothing but spaces: one clause, within which pairs are made.
_CLAUSE = re.compile(r"[^\W\d_]+(?:[ \t\n\u00a0]+[^\W\d_]+)*")
# Combining marks (the search page's \p{M}, as far as Latin scripts go).
_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_TAG = re.compile(r"<[^>]*>")
# Tags that end a run of text: no pair joins the headline to the date, or two paragraphs.
_BLOCK = re.compile(
    r"</?(?:p|h[1-6]|li|ul|ol|dl|dt|dd|div|header|footer|section|aside|article|figure|figcaption"
    r"|blockquote|table|tr|td|th|br|hr|time)\b[^>]*>",
    re.I,
)
_BODY_OPEN = re.compile(r"<(\w+)\b[^>]*\bdata-pagefind-body\b[^>]*>")
_IGNORED = re.compile(r"<(\w+)\b[^>]*\bdata-pagefind-ignore\b[^>]*>.*?</\1\s*>", re.S)
_TITLE = re.compile(r"<h1\b[^>]*>(.*?)</h1\s*>", re.S)
_LANG = re.compile(r"<html\b[^>]*\blang=\"([^\"]*)\"", re.I)


def fold(text: str) -> str:
    """`text` without diacritics, lowercase, đ → d: what a reader may type for it."""
    return _MARKS.sub("", unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))).lower()


def pair_tokens(text: str) -> list[str]:
    """The token of every two adjacent syllables of `text`, in order, repeats included."""
    tokens: list[str] = []
    for clause in _CLAUSE.findall(fold(text)):
        words = clause.split()
        tokens += [f"{PREFIX}{first}{second}" for first, second in itertools.pairwise(words)]
    return tokens


@dataclass
class PageWords:
    """The pair tokens of one article page: its headline's, and its text's counted."""

    title: list[str]
    text: Counter[str]

    def packed(self) -> PackedWords:
        return PackedWords(" ".join(self.title), " ".join(self.text), array("I", self.text.values()))


@dataclass
class PackedWords:
    """`PageWords` in three objects instead of a thousand: as they cross from the processes that
    render (`Renderer.words`) and wait for the search stage, so a large site's stay small."""

    title: str
    text: str
    counts: array[int]

    def unpacked(self) -> PageWords:
        text = self.text.split(" ") if self.text else []
        return PageWords(
            self.title.split(" ") if self.title else [], Counter(dict(zip(text, self.counts, strict=True)))
        )


@dataclass
class Indexed:
    """What Pagefind indexes of a page: its language and the element marked `data-pagefind-body`.

    The page is HTML as our templates write it: the headline is the element's `h1`, and what
    Pagefind skips (`data-pagefind-ignore`) does not nest an element of its own name."""

    lang: str
    element: str

    @classmethod
    def of(cls, page: str) -> Indexed | None:
        """None when the page has no such element, or its end is not found."""
        opened = _BODY_OPEN.search(page)
        if opened is None:
            return None
        depth = 1
        for tag in re.finditer(rf"<(/?){opened.group(1)}\b[^>]*>", page[opened.end() :], re.I):
            depth += -1 if tag.group(1) else 1
            if depth == 0:
                lang = _LANG.search(page, 0, opened.start())
                return cls(lang.group(1) if lang else "", page[opened.start() : opened.end() + tag.end()])
        return None

    def words(self) -> PageWords:
        body = _IGNORED.sub(" ", self.element)
        title = _TITLE.search(body)
        return PageWords(
            title=list(dict.fromkeys(pair_tokens(_text(title.group(1))))) if title else [],
            text=Counter(pair_tokens(_text(body))),
        )

    def html(self, found: Mapping[str, str]) -> str:
        """A page of the element alone (the rest of the page is not indexed: Pagefind is spared
        parsing it) with the pair tokens `found` as metadata."""
        extra = "".join(f'<i data-pagefind-meta="{key}:{value}"></i>' for key, value in found.items())
        return (
            f'<!doctype html><html lang="{self.lang}"><head><meta charset="utf-8"></head>'
            f"<body>{self.element}{extra}</body></html>"
        )


def _text(fragment: str) -> str:
    return html.unescape(_TAG.sub(" ", _BLOCK.sub(" | ", fragment)))


def common(pages: Mapping[str, PageWords]) -> set[str]:
    """The pairs of the text on more than `COMMON` of a part's pages (none in a part of fewer
    than `SMALL`): a phrase most pages hold ranks no page above another, and keeping it on every
    page is most of what the pairs cost where the texts share their wording. The search page
    leaves these pairs out of its phrase query (Pagefind wants every term of a query), so
    "quan doi nhan dan viet nam" still finds pages by "quân đội nhân dân" where "Việt Nam" is
    on every page; a query of such pairs alone is found by its syllables, then ranked by the
    phrase."""
    return _common(Counter(token for words in pages.values() for token in words.text), len(pages))


def _common(pages_with: Counter[str], count: int) -> set[str]:
    return {token for token, n in pages_with.items() if n > COMMON * count} if count >= SMALL else set()


def fields(pages: Mapping[str, PageWords]) -> dict[str, dict[str, str]]:
    """The metadata of each page of one index part: the headline's pairs, and the text's.

    All pairs of the headline are kept. Of the text's, only pairs that recur are: a word recurs,
    on one page (the subject of the article) or on several (`PAGES` or more of the part), while
    most pairs that straddle two words ("nay cho") are seen once; this halves what the pairs add
    to the index. Nor are the pairs most pages hold (`common`). A phrase seen once deep in one
    text is still found by its syllables (the search page's second search), and the page then
    ranks it by the phrase. The lead has no field of its
    own (it would cost a third more): the search page ranks it."""
    pages_with = Counter(token for words in pages.values() for token in words.text)
    enough = PAGES if len(pages) >= SMALL else 1
    left_out = _common(pages_with, len(pages))
    out: dict[str, dict[str, str]] = {}
    for path, words in pages.items():
        head = set(words.title) | left_out
        text = [t for t, n in words.text.items() if t not in head and (n > 1 or pages_with[t] >= enough)]
        found = {TITLE: words.title, BODY: text}
        out[path] = {key: " ".join(tokens) for key, tokens in found.items() if tokens}
    return out
