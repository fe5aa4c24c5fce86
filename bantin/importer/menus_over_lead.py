"""A run of a page's menus and widgets' labels right over the lead the summary opens, read as prose by
its stop words: an airline's booking form (`Quản lý đặt chỗ Làm thủ tục Tình trạng chuyến bay … Khứ hồi
Một chiều Điểm đến Ngày đi Ngày về Tìm chuyến bay`) has words that are stop words elsewhere (`đặt`,
`đi`, `về`, `đến`), so `furniture.signals` reads it as a long run with grammar words.

What tells it: the summary opens the next unit, so the article starts there; the run before it has no
full stop anywhere, thirty words or more, and a label opening in a capital after a word in small
letters every four words at most (`… chiều | Điểm khởi hành | Điểm đến | Ngày đi …`), which no sentence
of a lead, a dateline or a newsroom's note over it has (a sentence's names open a few such, `ở | Hà
Nội`). A shorter run is left to `bounds.article_start`, which weighs it as before."""

from __future__ import annotations

from .anchors import opens_with
from .furniture import Signals

__all__ = ["REASON", "menus_over_lead"]

REASON = "a menu or a widget's labels over the lead the summary opens"
_LONG = 30  # words: a booking form's labels, no line of a story's head
_EVERY = 4  # words: a label opens at least so often


def _labels(text: str) -> int:
    """How many labels `text` runs together: words opening in a capital after one in small letters."""
    words = text.split()
    return sum(1 for i, w in enumerate(words) if w[:1].isupper() and (i == 0 or words[i - 1][:1].islower()))


def menus_over_lead(
    kinds: list[tuple[str, str]], found: list[Signals], texts: list[str], summary: tuple[str, ...]
) -> list[tuple[str, str]]:
    """`kinds` with the prose-like runs of labels right before the lead the summary opens made chrome."""
    lead = next(
        (i for i, text in enumerate(texts[:8]) if found[i].sentence and opens_with(text, summary)), None
    )
    if lead is None:
        return kinds
    out = list(kinds)
    for i in range(lead - 1, -1, -1):
        s = found[i]
        if out[i][0] != "prose" or s.sentence or "." in texts[i]:
            break
        if s.words < _LONG or _labels(texts[i]) * _EVERY < s.words:
            break
        out[i] = ("chrome", REASON)
    return out
