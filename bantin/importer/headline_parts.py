"""A series' part printed over the lead as the page's headline names it (`Bài 2: Vượt sóng gió bảo vệ
chủ quyền` over the lead, under the headline `Lữ đoàn 171 huấn luyện trên biển (Bài 2: Vượt sóng gió
bảo vệ chủ quyền)` or `Ký sự biển đảo - Kỳ 2: …`).

A series' page prints its part's label and name as a kicker above the lead. Before the article's first
sentence it reads as a related headline (short, no final stop) and would go with the menu; but the
page's own headline holds it word for word, which no link to another page does (the other parts'
links under the story name other parts). So a unit before the article that opens with a part's label
(`Bài`, `Kỳ`, `Phần` and a number or `cuối`) and that the headline contains is the story's and stays:
a borderline unit is kept, and an editor deletes a repeated kicker faster than they restore one."""

from __future__ import annotations

import re

from .furniture import key

__all__ = ["names_headline_part"]

# A series' part's label opening a line (`Bài 2:`, `Kỳ 3 -`, `Phần cuối:`).
_PART = re.compile(r"^(?:Bài|BÀI|Kỳ|KỲ|Phần|PHẦN)\s+(?:\d{1,2}|cuối|CUỐI)\s*[:.\-–]\s*\S")


def names_headline_part(text: str, headline: str) -> bool:
    """`text` is a series' part (`Bài 2: …`) that `headline` names word for word."""
    return bool(headline) and _PART.match(text) is not None and key(text) in key(headline)
