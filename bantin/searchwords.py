"""Vietnamese words for the search index: pairs of adjacent syllables, folded, as tokens.

Vietnamese writes a word of several syllables with spaces ("công an", "Hà Nội", "Hoa Kỳ"), and
Pagefind scores each syllable on its own, so a page holding "công" and "an" far apart ranks with
one holding "công an". Before Pagefind reads an article page we give it, as metadata (searched by
Pagefind 1.5, weighted by the search page's `metaWeights`, never shown), every pair of adjacent
syllables of the headline (`vt`), the lead (`vl`) and the whole text (`vb`), folded (no
diacritics, đ → d) and joined into one token: "Hà Nội" → `qqhanoi`. The search page turns a query
of several syllables into the same tokens (`theme/assets/searchwords.js`, which must agree with
this module: tests/unit/test_searchwords.py runs both), so pages holding the phrase come first
whatever diacritics the reader typed; the page then ranks the phrase's exact spelling, the
headline and the lead itself.

The prefix keeps a token from matching a syllable typed alone (Pagefind matches prefixes: "ha"
must not find `hanoi`). Pairs do not cross punctuation or numbers. Each token is given once per
field: how often a page repeats a phrase is the search page's business, and the index stays small.
"""

from __future__ import annotations

import functools
import html
import re
import unicodedata
from collections.abc import Iterable, Iterator

#: Starts every pair token; no word of any language starts so.
PREFIX = "qq"
#: Metadata keys of the tokens: headline, lead, whole text.
TITLE, LEAD, BODY = "vt", "vl", "vb"

# Runs of letter words separated by nothing but spaces: one clause, within which pairs are made.
_CLAUSE = re.compile(r"[^\W\d_]+(?:[ \t\n\u00a0]+[^\W\d_]+)*")
_WORD = re.compile(r"[^\W\d_]+")
_TAG = re.compile(r"<[^>]*>")
_BODY_OPEN = re.compile(r"<(\w+)\b[^>]*\bdata-pagefind-body\b[^>]*>")
_IGNORED = re.compile(r"<(\w+)\b[^>]*\bdata-pagefind-ignore\b[^>]*>.*?</\1\s*>", re.S)
_TITLE = re.compile(r"<h1\b[^>]*>(.*?)</h1\s*>", re.S)
_HEADER = re.compile(r"<header\b[^>]*>.*?</header\s*>", re.S)
_PARAGRAPH = re.compile(r"<p\b[^>]*>(.*?)</p\s*>", re.S)


@functools.lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """A syllable without diacritics, lowercase, đ → d: what a reader may type for it."""
    decomposed = unicodedata.normalize("NFD", word.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def pair_tokens(text: str) -> Iterator[str]:
    """The token of every two adjacent syllables of `text`, in order, repeats included."""
    for clause in _CLAUSE.finditer(text):
        words = [fold(w) for w in _WORD.findall(clause.group(0))]
        for first, second in zip(words, words[1:], strict=False):
            yield PREFIX + first + second


def unique(tokens: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(tokens))


def _text(fragment: str) -> str:
    return html.unescape(_TAG.sub(" ", fragment))


def page_fields(page: str) -> dict[str, str]:
    """The pair tokens of an article page (its headline, lead and indexed text) by metadata key.

    `page` is HTML as our templates write it: the indexed element carries `data-pagefind-body`,
    the headline is its `h1`, the lead its first paragraph after the `header`, and what Pagefind
    skips (`data-pagefind-ignore`) does not nest an element of its own name."""
    opened = _BODY_OPEN.search(page)
    if opened is None:
        return {}
    body = _IGNORED.sub(" ", page[opened.start() :])
    title = _TITLE.search(body)
    after_header = _HEADER.sub(" ", body, count=1)
    lead = _PARAGRAPH.search(after_header)
    fields = {
        TITLE: unique(pair_tokens(_text(title.group(1)))) if title else [],
        LEAD: unique(pair_tokens(_text(lead.group(1)))) if lead else [],
        BODY: unique(pair_tokens(_text(body))),
    }
    return {key: " ".join(tokens) for key, tokens in fields.items() if tokens}


def with_tokens(page: str) -> str:
    """`page` with its pair tokens as Pagefind metadata, in elements just before `</body>`."""
    fields = page_fields(page)
    if not fields:
        return page
    extra = "".join(f'<i data-pagefind-meta="{key}:{value}"></i>' for key, value in fields.items())
    end = page.rfind("</body>")
    return page[:end] + extra + page[end:] if end >= 0 else page + extra
