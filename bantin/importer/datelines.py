"""Where a story's words say who sent it, before its first sentence: an agency's dateline (`TTO - `,
`(NLĐO) - `) or an attribution (`Theo Đặc phái viên TTXVN, …`).
"""

from __future__ import annotations

import re

from . import publishers
from .bylines import KNOWN_SOURCES, is_source_name
from .parsed import Block

_THEO = re.compile(
    r"^Theo\s+(?:(?:đặc phái viên|phóng viên|PV|phóng viên thường trú|thông tin từ|tin từ)\s+)?"
    r"(?P<source>[^,]{2,40}),",
    re.IGNORECASE,
)


_AGENCY_TAG = re.compile(r"^\(?(?P<agency>[\w.+&]{2,15}(?: [\w.]{2,10})?)\)?\s*[-–—]\s")
AGENCY_NAMES = {
    "TTO": "Tuổi Trẻ", "NLĐO": "Người Lao Động", "PLO": "Pháp Luật TP.HCM", "VOV.VN": "VOV",
    "QĐND": "Quân đội nhân dân", "CAND": "Công an nhân dân", "Chinhphu.vn": "Chinhphu.vn", "VTV.vn": "VTV",
    "Dân trí": "Dân trí", "VTC News": "VTC News", "GDVN": "Giáo dục Việt Nam",
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
        tag = tagged.group("agency") if tagged else ""
        if tag in AGENCY_NAMES:
            return AGENCY_NAMES[tag]
        if re.fullmatch(r"[A-ZĐ&]+", tag) and tag.casefold() not in KNOWN_SOURCES:
            return publishers.by_initials(tag, table)
        if tag and is_source_name(tag):
            return tag
    return None
