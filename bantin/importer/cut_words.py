"""A body the scraper cut mid-word at its length limit (`… kinh tế biển cho tỉnh Nam Địn`).

A scraper that keeps the first N characters of a page stops wherever the count ends, often inside
a word, and nothing follows: no stop, no byline, no footer. The piece of a word it leaves is no word
of the page (not in its title, summary or body, not a common word) but begins one of them (`Địn` of
`Định`, `trun` of `trung`). That piece goes and an ellipsis says the text was cut; the words before
it stay. A last word the page uses elsewhere, or one no word of the page continues, is kept, and so
is a credit's line (`Nguồn: Sở Nông nghiệp và Phát triển nông thôn`): a name ends it, not a cut.
"""

from __future__ import annotations

import dataclasses
import re

from ..core.sentences import ends_sentence
from .figures import CREDIT_LABEL
from .furniture import stopwords
from .parsed import Block

# The last word of a text, letters only, after the last space.
_LAST_WORD = re.compile(r"(?<=\s)([^\W\d_]{2,12})$")
_WORD = re.compile(r"[^\W\d_]+")
# A cut word lacks a few letters of its word, no more (`trun` → `trung`; not `tha` → `thanh phố`).
_MOST_MISSING = 3
# A sentence, not a line of a list, a name or a line of credits (`Nội dung: Hoàng Phương - Ảnh: Hải
# Yến`): the cut falls inside the story's running text, words mostly in lower case.
_FEWEST_WORDS = 8
_SENTENCE_END = re.compile(r"[.!?…][”\"’»)]*\s")


def drop_cut_word(blocks: list[Block], *texts: str) -> list[Block]:
    """`blocks` with the piece of a word their last paragraph stops in taken off and `…` put in its
    place; `texts` (the title, the summary) are the page's words beside its body."""
    if not blocks or blocks[-1].kind != "paragraph" or blocks[-1].credit:
        return blocks
    last = blocks[-1].text.rstrip()
    match = _LAST_WORD.search(last)
    if match is None or ends_sentence(last) or not _running_text(_SENTENCE_END.split(last)[-1]):
        return blocks
    if match.group(1).isupper():  # a word in capitals ends a heading or a credit, not a cut sentence
        return blocks
    if CREDIT_LABEL.match(last):  # `Nguồn: Sở Nông nghiệp và Phát triển nông thôn` ends with a name
        return blocks
    piece = match.group(1).casefold()
    known = stopwords() | {
        word.casefold() for text in (*texts, *(b.text for b in blocks[:-1]), last[: match.start()])
        for word in _WORD.findall(text)
    }  # fmt: skip
    if piece in known or not any(
        word.startswith(piece) and 0 < len(word) - len(piece) <= _MOST_MISSING for word in known
    ):
        return blocks
    cut = last[: match.start()].rstrip(" ,;:-–") + "…"
    return [*blocks[:-1], dataclasses.replace(blocks[-1], text=cut)]


def _running_text(sentence: str) -> bool:
    """A sentence of the story's prose: words enough, half of them or more in lower case."""
    words = sentence.split()
    return len(words) >= _FEWEST_WORDS and 2 * sum(w[:1].islower() for w in words) >= len(words)
