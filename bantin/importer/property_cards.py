"""A property site's cards and listings printed beside a story: a project's card with its price from
(`Khu đô thị Nam An Khánh - Từ 65 triệu/m² - Xem dự án`, `Xem dự án: Căn hộ Nhà Bè - Từ 45 triệu/m²`)
and a classified listing (`Tin rao: Bán đất Cẩm Phả 100m2, sổ đỏ, giá 2,8 tỷ. Liên hệ …`, `Cho thuê
căn hộ Gia Lâm 65m2, 9 triệu/tháng`). Real-estate pages sell what their stories write about, and the
sale speaks in a shape no story's sentence takes.

The signals are the shapes of the sale. A card's price is a bare `Từ` (from) opening a field after a
dash or a colon, with a price per area or unit (`triệu/m²`, `tỷ/căn`): a story writes its prices inside
a clause (`giá bán đợt đầu từ 38 triệu đồng/m²`), in lower case after its verb. A listing opens with
the imperative of the trade (`Bán`, `Cần bán`, `Cho thuê`), no subject before it, and holds the
property's area (`100m2`, `5x20m`) and its asking price (`giá 2,8 tỷ`, `9 triệu/tháng`), or is
labelled a listing (`Tin rao:`); a story's sentence has its subject before the verb."""

from __future__ import annotations

import re

__all__ = ["REASON", "property_card"]

#: The reason a project's card or a listing goes.
REASON = "a property site's project card or listing (its price from, an area and an asking price)"

_PRICE = r"\d[\d.,]*\s*(?:triệu|tỷ)(?:\s*(?:đồng|VNĐ|đ))?"
_PER = r"/\s*(?:m²|m2|căn|tháng|lô|nền)"
# A card's field: `- Từ 65 triệu/m²`, `: Từ 3,9 tỷ/căn`, or the unit opening with it.
_PRICE_FROM = re.compile(rf"(?:^|\s[-–|:]\s*|:\s*)Từ\s+{_PRICE}\s*{_PER}(?!\w)")
# A listing's label and its trade opening the unit.
_LISTING = re.compile(r"^(?:Tin rao\s*:\s*)?(?:Cần bán|Bán gấp|Bán|Cho thuê|Cần cho thuê|Sang nhượng)\s+\S")
_LABELLED = re.compile(r"^Tin rao\s*:\s*\S")
_AREA = re.compile(r"\d[\d.,]*\s*(?:m2|m²)(?!\w)|\d+(?:[.,]\d+)?\s*x\s*\d+(?:[.,]\d+)?\s*m(?!\w)")
_ASKING = re.compile(rf"\bgiá\s+{_PRICE}|{_PRICE}\s*{_PER}(?!\w)")
_LONGEST = 30  # words: a card or a listing is short; a paragraph that quotes one is the story's


def property_card(text: str) -> bool:
    """`text` is a project's card (a `Từ` price per area opening a field) or a classified listing (the
    trade's imperative first, the area and the asking price, or the `Tin rao:` label)."""
    text = text.strip()
    if len(text.split()) > _LONGEST:
        return False
    if _PRICE_FROM.search(text):
        return True
    if _LISTING.match(text) is None:
        return False
    return bool(_LABELLED.match(text)) or bool(_AREA.search(text) and _ASKING.search(text))
