"""A lone related headline glued after the closing byline at the very end of the page.

A scraped page may end with the story's byline run into ONE headline of a story on the same
subject (`… còn lại. Hải Duyên Mức phạt với tội lạm dụng tín nhiệm chiếm đoạt tài sản`): one
headline is no run of them (`edges.headlines`), so `closing_byline_apart` leaves it on the byline.
It is cut off the byline here when the unit is the page's last, is no sentence (no final stop), the
part before it is a writer's name and the part after it repeats two running words of the page's
headline or summary (a link on the same subject; an editor's note after a byline, `Tên nhân vật đã
được thay đổi`, speaks of the story and repeats none): then `bounds` ends the article at the byline.
A writer's credit to a source is one byline (`Thùy Linh Theo Sinh viên Việt Nam` under `Sinh viên
tình nguyện …`): the source's name is the page's publisher, not a headline.

A label pointing to one link (`Xem thêm:`, its colon lost when the headline holds one) cut off as a
unit of its own has the link's headline after it; a headline put as a question (`Đái tháo đường type
2 có chữa khỏi được không?`) reads as a sentence, so `after_link_label` tells `chrome` that the unit
after such a label is its headline.
"""

from __future__ import annotations

import re

from ..core.sentences import ends_sentence, word_pairs
from .bylines import parse_byline
from .furniture import Unit, signals
from .vocabulary import RELATED_LEADS, alternatives

__all__ = ["LINKED", "after_link_label", "lone_related_apart"]

#: The reason the headline after a link's label goes.
LINKED = "the headline a label of a link points to (`Xem thêm:`)"

# Its colon may be cut off with the headline's unit when the headline holds a colon of its own
# (`Xem thêm: Cá chết trắng kênh …: Nguyên nhân do đâu?` is cut `Xem thêm` | `Cá chết …?`).
_LINK_LABEL = re.compile(r"(?:" + alternatives(RELATED_LEADS[:5]) + r")\s*:?", re.IGNORECASE)
_HEADLINE = 20  # words


def after_link_label(label: str, text: str) -> bool:
    """`text`, the unit after `label`, is the headline of the link `label` (`Xem thêm:` alone) points
    to: a headline's length, ending in a question or with no stop."""
    short = len(text.split()) <= _HEADLINE
    return (
        _LINK_LABEL.fullmatch(label.strip()) is not None
        and short
        and (text.endswith("?") or not ends_sentence(text))
    )


def lone_related_apart(units: list[Unit], anchors: tuple[str, ...]) -> list[Unit]:
    """`units` with the page's last unit cut in two, the writer's name, then the headline of a
    related story (see the module's docstring); else `units` as they are."""
    if not units or not anchors:
        return units
    last = units[-1]
    words = last.text.split()
    if ends_sentence(last.text) or signals(last.text).sentence or len(words) > 20:
        return units
    if (whole := parse_byline(last.text)) is not None and whole.author and whole.source:
        return units  # `Thùy Linh Theo Sinh viên Việt Nam`: one credit, its source no headline
    pairs = {pair for anchor in anchors for pair in word_pairs(anchor)}
    for n in (2, 3, 4):  # a writer's name of two to four words
        head, rest = words[:n], words[n:]
        if len(rest) < 3 or not rest[0][:1].isupper() or not all(w.istitle() for w in head):
            continue
        if rest[1][:1].isupper() and n < 4:
            continue  # the name goes on (`Lê Hồng Sơn`): a longer cut
        if not any(word[:1].islower() for word in rest):
            continue  # names only, an address (`Bản Xi Xạ Vạt Tạy, Chăn Tha Bu Ly, …`): no headline
        byline = parse_byline(" ".join(head))
        if byline is None or byline.author is None or byline.source is not None:
            continue
        if not pairs & word_pairs(" ".join(rest)):
            continue
        return [*units[:-1], Unit(last.block, " ".join(head)), Unit(last.block, " ".join(rest))]
    return units
