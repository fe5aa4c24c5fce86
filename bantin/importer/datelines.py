"""Where a story's words say who sent it and from where, before its first sentence: an agency's
dateline (`TTO - `, `(NLĐO) - `), an attribution (`Theo Đặc phái viên TTXVN, …`), and a place's
dateline beside the page's stamp (`Điện Biên Phủ - 16/02/2024`), which is no one's byline.
"""

from __future__ import annotations

import re

from ..core.text import CAPITALS, SMALL_LETTERS, fold
from ..entities import Kind, Registry
from ..tagging.gazetteer import place
from . import publishers
from .bylines import KNOWN_SOURCES, is_source_name
from .parsed import Block
from .repair import clean

_THEO = re.compile(
    r"^Theo\s+(?:(?:đặc phái viên|phóng viên|PV|phóng viên thường trú|thông tin từ|tin từ)\s+)?"
    r"(?P<source>[^,]{2,40}),",
    re.IGNORECASE,
)


_AGENCY_TAG = re.compile(r"^\(?(?P<agency>[\w.+&]{2,15}(?: [\w.]{2,10})?)\)?\s*[-–—]\s")
AGENCY_NAMES = {
    "TTO": "Tuổi Trẻ", "NLĐO": "Người Lao Động", "PLO": "Pháp Luật TP.HCM", "VOV.VN": "VOV",
    "QĐND": "Báo Quân đội nhân dân", "CAND": "Báo Công an nhân dân", "Chinhphu.vn": "Chinhphu.vn",
    "VTV.vn": "VTV", "Dân trí": "Dân trí", "VTC News": "VTC News", "GDVN": "Giáo dục Việt Nam",
}  # fmt: skip


def agency(blocks: list[Block], table: dict[str, str]) -> str | None:
    """`Theo Đặc phái viên TTXVN, ngày 15/5, …` or a `TTO - ` dateline names the agency when no
    credit does; initials no one knows (`TN - `: Thanh Niên, Tây Ninh…) name none, unless they spell
    the one publisher of the table (`HNMO - `)."""
    for block in [b for b in blocks if b.kind == "paragraph"][:2]:
        match = _THEO.match(block.text)
        if match and is_source_name(match.group("source")):
            return match.group("source")
        tagged = _AGENCY_TAG.match(block.text)
        if tagged and _menu_pair(block.text[tagged.end() :]):
            continue  # `Tin tức - Sự kiện`, `Văn hóa - Xã hội`: a menu's item, no dateline opening a sentence
        tag = tagged.group("agency").removesuffix(" Online") if tagged else ""  # `QĐND Online - `
        if tag in AGENCY_NAMES:
            return AGENCY_NAMES[tag]
        if re.fullmatch(r"[A-ZĐ&]+", tag) and tag.casefold() not in KNOWN_SOURCES:
            return publishers.by_initials(tag, table)
        if tag and is_source_name(tag):
            return tag
    return None


def _menu_pair(rest: str) -> bool:
    """What follows a tag's dash is a menu item's other half (`Sự kiện`, `Xã hội`), not the story's
    first sentence: a few words, no stop, no figure."""
    return len(rest.split()) <= 3 and not re.search(r"[\d.!?…:,]", rest)


# Words a place's name follows in a sentence: its administrative unit (`TP Buôn Ma Thuột`, `huyện
# Mường Nhé`) or a preposition of place (`tại Điện Biên Phủ`).
_BEFORE_PLACE = r"(?i:thành phố|tp\.?|tỉnh|huyện|quận|thị xã|tx\.?|thị trấn|xã|phường|tại|ở)"


def registry_places(registry: Registry | None) -> frozenset[str]:
    """The names of the registry's places, folded."""
    if registry is None:
        return frozenset()
    return frozenset(
        fold(name) for entity in registry if entity.kind is Kind.PLACE for name, _ in entity.names()
    )


def is_place(name: str | None, texts: list[str], places: frozenset[str]) -> bool:
    """`name` is a place the registry knows, or the article names it as one: after its unit or a
    preposition of place, or before the province it lies in (`Buôn Ma Thuột, Đắk Lắk`), which the
    gazetteer knows."""
    name = clean(name or "")
    if not name or fold(name) in places:
        return bool(name)
    spelled = re.escape(name)
    placed = re.compile(
        rf"(?<!\w){_BEFORE_PLACE}\s+{spelled}(?!\w)|(?<!\w){spelled},\s+(?:tỉnh\s+)?(?P<province>\w+(?:\s+\w+){{0,2}})"
    )
    for match in (m for text in texts for m in placed.finditer(text)):
        province = match.group("province")
        if province is None or any(place(" ".join(province.split()[:n])) for n in (1, 2, 3)):
            return True
    return False


# Where a word glued to the next one ends: a small letter before a capital or a figure (`GiangBình`,
# `Nội40`), capitals before a word in title case (`NỘIHàng`), a dash with no spaces (`PHÚC-Hàng`).
_GLUED = re.compile(
    rf"(?<=[{SMALL_LETTERS}])(?=[{CAPITALS}\d])|(?<=[{CAPITALS}])(?=[{CAPITALS}][{SMALL_LETTERS}])|-(?=[{CAPITALS}])"
)


def unglue_place(text: str) -> str:
    """A place's dateline glued to the lead (`An GiangBình oxy phát nổ…`, `Hà Nội40 cựu chiến binh…`,
    `VĨNH PHÚC-Hàng trăm người…`) set apart as a dateline is (`An Giang - Bình oxy phát nổ…`), when
    the gazetteer knows the place."""
    words = text.split(" ", 4)
    for k, token in enumerate(words[:4]):
        for glue in _GLUED.finditer(token):
            if glue.start() == 0:
                continue
            name = " ".join([*words[:k], token[: glue.start()]])
            if place(name) is not None:
                return f"{name} - {text[len(name) :].lstrip('-– ')}"
    return text
