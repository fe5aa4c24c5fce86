"""A link to more of the site's pages of a kind, alone on its line between the story's paragraphs or
after them (`Xem thêm hoạt động cộng đồng`, `Xem thêm các công thức món ăn ngon từ Ajinomoto`): `Xem
thêm` and the kind of page in small letters, a few words, no stop, no colon. No subheading of a story
opens with `Xem thêm`; a sentence asking the reader to look at something has its stop (`Xem thêm video
bên dưới.`), and a label over a list has its colon (`Xem thêm:`, `Xem thêm Video:`), which other
readers judge. Read once the detector has decided (`frames`): such a link kept as a short line goes, and
so do the short lines of a few words kept after it to the end of the page, the items of the menu it
heads (`Sản phẩm`, `Bột ngọt AJI-NO-MOTO`), when no sentence follows; no tail starts at it, so the
story's sentences after it stay."""

from __future__ import annotations

import re

from .furniture import Unit

__all__ = ["ITEMS", "REASON", "drop_more_links", "more_link"]

#: The reason such a link goes.
REASON = "a link to more of the site's pages of a kind, alone on its line"

_LINK = re.compile(r"Xem thêm\s+(?:các\s+|những\s+)?[^\W\d_A-ZĐ]")
_MOST_WORDS = 10


def more_link(text: str) -> bool:
    """`text` is such a link: `Xem thêm`, a word in small letters, up to ten words, no stop or colon."""
    text = text.strip()
    return (
        _LINK.match(text) is not None
        and len(text.split()) <= _MOST_WORDS
        and not re.search(r"[.:;!?…]", text)
    )


ITEMS = "the items of a menu under a link to more of the site's pages, to the page's end"
_SHORT = ("short or headline-like", "furniture words")  # the detector's reasons for a short line it kept
_ITEM_WORDS = 5  # a menu's item under the link


def drop_more_links(units: list[Unit]) -> list[Unit]:
    """`units` with such links kept as short lines dropped, and the menu's items after the last one."""
    out = list(units)
    for i, unit in enumerate(units):
        if not (unit.keep and unit.reason in _SHORT and more_link(unit.text)):
            continue
        out[i] = Unit(unit.block, unit.text, False, REASON)
        after = [j for j in range(i + 1, len(units)) if units[j].keep]
        if all(units[j].reason in _SHORT and len(units[j].text.split()) <= _ITEM_WORDS for j in after):
            for j in after:
                out[j] = Unit(units[j].block, units[j].text, False, ITEMS)
    return out
