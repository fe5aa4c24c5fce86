"""A shop's notice that the site earns from the links in its story: an affiliate's disclosure.

Lifestyle, fashion and tech magazines that link the products their story names to the shops selling
them print a sentence saying so, above the story or under it (`Esquire có thể nhận hoa hồng khi bạn
mua hàng qua liên kết trong bài viết.`, `Chúng tôi có thể nhận được một khoản hoa hồng nhỏ từ các
đường link dưới đây.`): the site (its name, or `Chúng tôi`) receiving a commission, and the links or
the reader's buying that bring it. A story telling of a commission (`Môi giới nhận hoa hồng 2% giá
trị căn hộ.`) names no link nor the reader's buying near it, and stays. A scrape may run the page's
header into the notice (`Esquire Phong cách Đồng hồ Esquire có thể …`): the notice starts at the run
of names in capitals right before its verb, which `note_starts` gives as a cut.
"""

from __future__ import annotations

import re

from ..core.text import CAPITALS

__all__ = ["AFFILIATE_NOTE", "REASON", "note_starts"]

REASON = "the site's notice that it earns a commission from the story's shop links"

# The site (a run of names in capitals, `Chúng tôi`) and its verb: may receive a commission.
_SITE = rf"(?:Chúng tôi\s+|(?:[{CAPITALS}][^\s.,!?:]*\s+){{1,3}})"
_EARNS = (
    r"(?:có thể\s+|sẽ\s+)?(?:nhận|hưởng)\s+(?:được\s+)?(?:một\s+)?(?:khoản\s+|phần\s+)?(?:tiền\s+)?"
    r"hoa hồng"
)
# … from the links, or when the reader buys through them, in the same sentence.
_FROM_LINKS = r"(?=[^.!?]{0,100}?(?:liên kết|đường link|\blink\b|bạn mua|mua hàng|mua sắm))"
#: The notice's opening words (unanchored; `furniture` anchors it at a unit's start).
AFFILIATE_NOTE = rf"{_SITE}{_EARNS}{_FROM_LINKS}"
_NOTE = re.compile(rf"(?<!\S){AFFILIATE_NOTE}")


def note_starts(text: str) -> list[int]:
    """Where an affiliate's notice starts in `text` (its site's name), to cut before it."""
    return [m.start() for m in _NOTE.finditer(text)]
