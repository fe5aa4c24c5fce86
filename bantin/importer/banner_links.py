"""Headlines of other stories run together into an app banner at the very end of the page.

A scrape printed on one line ends a page with its last boxes glued: a box of links, then the site's
banner (`Cách diệt ốc bươu vàng hiệu quả Bón phân cho lúa đúng cách Tải App Dân Việt để đọc tin
nhanh hơn`). The grammar words of the headlines and the banner's `để` make it read as a sentence,
so neither `edges.headlines` nor `widgets.buttons` takes it. What tells it from the story's last
sentence: it is the page's last unit and the site's chrome stands before it (a follow prompt, a
share bar: the story closed there), it has no final stop, it holds a button's words (`Tải App`),
and two headlines at least begin inside it, each a word in capitals after one in lower case with
no stop between (`hiệu quả Bón`, `đúng cách Tải`), which a sentence's names do not do twice
without a comma or a word that leads to a name (`tỉnh Đồng Tháp`).
"""

from __future__ import annotations

import itertools

from ..core.sentences import ends_sentence
from ..tagging.kinds import ADMIN, ORG_CONTEXT, PERSON_CONTEXT, PLACE_CONTEXT
from .widgets import names_a_widget

__all__ = ["REASON", "banner_links", "joints"]

REASON = "headlines of other stories run into the site's banner, at the page's end"

_LEAST_JOINTS = 2
# A word a name follows in a sentence (`tỉnh`, `ông`, `hãng`): a capital after it is the name's.
_BEFORE_A_NAME = frozenset(ADMIN) | PLACE_CONTEXT | PERSON_CONTEXT | ORG_CONTEXT


def banner_links(kinds: list[tuple[str, str]], texts: list[str]) -> list[tuple[str, str]]:
    """`kinds` with the page's last unit as chrome when it is such a run (see the module's docstring)."""
    if len(texts) < 2 or kinds[-1][0] not in ("prose", "short") or kinds[-2][0] != "chrome":
        return kinds
    text = texts[-1]
    if ends_sentence(text) or not names_a_widget(text) or joints(text) < _LEAST_JOINTS:
        return kinds
    return [*kinds[:-1], ("chrome", REASON)]


def joints(text: str) -> int:
    """How many words in capitals follow a word in lower case with no stop or comma between, and
    not one a name follows (`tỉnh Đồng Tháp`)."""
    words = text.split()
    return sum(
        1
        for before, word in itertools.pairwise(words)
        if before[:1].islower()
        and before[-1:].isalpha()
        and word[:1].isupper()
        and word[1:2].islower()
        and before.casefold() not in _BEFORE_A_NAME
    )
