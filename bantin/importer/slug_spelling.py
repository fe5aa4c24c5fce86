"""How a link's slug spells what a headline prints, for completing a cut title from the words the page
prints (`titles.complete`): a percentage's sign as its words (`dat-31-phan-tram-du-toan` for `đạt 31% dự
toán`), so the text's `31%` answers the slug's `31 phan tram` and is printed back as `31%`; and a word
that opens a sentence in the text (`Sau kỳ nghỉ Tết, …`), a word of grammar that is never a name's
(`Sau`, `Theo`, `Trong`), which goes on inside a headline in small letters (`… tăng mạnh sau Tết`). A
slug's last part may carry the site's parameters after an underscore (`…-20-phan-tram_p1_1-1_2-1_3-595`):
no words of the headline. A word of grammar that opens a noun phrase or joins two (`mỗi`, `các`, `những`,
`của`, `và`, `với`) never ends a headline: a lone last word of the slug the page prints only so
(`…-nam-hoc-moi` where the page prints `50 phút mỗi môn`) is another word folded the same, the one
function word of jusText's Vietnamese list folded so (`mới`), else it is not guessed."""

from __future__ import annotations

import re

from ..core.text import fold
from ..tagging.words import STOP_CAPS
from .furniture import stopwords

__all__ = ["closing_word", "inside_headline", "printed", "spelled", "without_params"]

# Words that open a noun phrase (`mỗi môn`, `các tỉnh`, `mọi người`) or join two (`của`, `và`, `nhưng`):
# a phrase goes on after them, so no headline ends with one.
_NEVER_LAST = frozenset("mỗi mọi các những của và với nhưng".split())

# The sign's words, joined by a word joiner (no letter, so they stay two words of the text's) that says
# they were the sign: a text printing `phần trăm` itself keeps its words.
_PERCENT_WORDS = " phần\u2060trăm"
_PERCENT = re.compile(r"(?<=\d)\s?%")


def spelled(texts: list[str]) -> list[str]:
    """`texts` with a percentage's sign spelt as the slug spells it (`31%` → `31 phần trăm`)."""
    return [_PERCENT.sub(_PERCENT_WORDS, text) for text in texts]


def inside_headline(span: str) -> str:
    """A run of the text's words as the headline goes on with it: a word of grammar opening it in
    small letters (`sau Tết`)."""
    first = span.split(maxsplit=1)[0] if span.split() else ""
    return span[:1].lower() + span[1:] if first in STOP_CAPS else span


def closing_word(word: str) -> str | None:
    """The slug's lone last word as the headline ends with it: `word` as the page prints it, unless it
    is a word no headline ends with; then the one function word of the stop list folded as it is
    (`mỗi` → `mới`), or None (not guessed)."""
    if word.lower() not in _NEVER_LAST:
        return word
    others = {w for w in stopwords() if fold(w) == fold(word) and w not in _NEVER_LAST}
    return others.pop() if len(others) == 1 else None


def printed(title: str) -> str:
    """A completed headline with the sign a percentage was spelt with printed again (`31%`)."""
    return re.sub(r"\s*phần\u2060trăm", "%", title)


# The site's parameters after the slug's words: an underscore, then three short codes or more of a letter
# or two and figures (`_p1_1-1_2-1_3-595_4-6312`).
_PARAMS = re.compile(r"_[a-z]{0,2}\d+(?:[-_][a-z]{0,2}\d+){2,}$", re.IGNORECASE)


def without_params(last: str) -> str:
    """The slug's last part without the site's parameters after its words."""
    return _PARAMS.sub("", last)
