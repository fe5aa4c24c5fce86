"""A series' part printed over the lead as the page's headline names it (`Bài 2: Vượt sóng gió bảo vệ
chủ quyền` over the lead, under the headline `Lữ đoàn 171 huấn luyện trên biển (Bài 2: Vượt sóng gió
bảo vệ chủ quyền)` or `Ký sự biển đảo - Kỳ 2: …`).

A series' page prints its part's label and name as a kicker above the lead. Before the article's first
sentence it reads as a related headline (short, no final stop) and would go with the menu; but the
page's own headline holds it word for word, which no link to another page does (the other parts'
links under the story name other parts). So a unit before the article that opens with a part's label
(`Bài`, `Kỳ`, `Phần` and a number or `cuối`) and that the headline contains is the story's and stays:
a borderline unit is kept, and an editor deletes a repeated kicker faster than they restore one.

So is the series' own label over a part's story (`Loạt bài: Đô thị ven sông`, `Chợ đầu mối về đêm - Kỳ
2` over `Kỳ 2: …`): short, no stop; run on one line into the menu before it (`… Phóng sự Loạt bài: …`),
it is cut off the menu at its label (`series_label_apart`)."""

from __future__ import annotations

import re

from .furniture import Unit, key

__all__ = ["names_headline_part", "series_label_apart"]

# A series' part's label opening a line (`Bài 2:`, `Kỳ 3 -`, `Phần cuối:`).
_PART = re.compile(r"^(?:Bài|BÀI|Kỳ|KỲ|Phần|PHẦN)\s+(?:\d{1,2}|cuối|CUỐI)\s*[:.\-–]\s*\S")


# The series' own label over a part's story (`Loạt bài: Đô thị ven sông`, `Chợ đầu mối về đêm - Kỳ 2`).
_SERIES = re.compile(r"(?:^|(?<=\s))(?:Loạt bài|LOẠT BÀI|Tuyến bài|TUYẾN BÀI)\s*:\s*\S")
_PART_LABEL = re.compile(r"^(?:Bài|BÀI|Kỳ|KỲ|Phần|PHẦN)\s+(?:\d{1,2}|cuối|CUỐI)")


def names_headline_part(text: str, headline: str) -> bool:
    """`text` is a series' part (`Bài 2: …`) that `headline` names word for word, or the series' label
    over the part `headline` is (`Kỳ 2: …` under `Loạt bài: Đô thị ven sông` or `Chợ … - Kỳ 2`): short,
    with no stop."""
    if bool(headline) and _PART.match(text) is not None and key(text) in key(headline):
        return True
    part = _PART_LABEL.match(headline) if _PART.match(headline) else None
    if part is None or len(text.split()) > 10 or text.rstrip()[-1:] in ".!?":
        return False
    ends_with_part = key(text).endswith(key(part.group(0))) and bool(re.search(r"\s[-–:]\s*\S+\s+\S+$", text))
    return _SERIES.match(text) is not None or ends_with_part


def series_label_apart(units: list[Unit], headline: str) -> list[Unit]:
    """A series' label run into the menu before the lead (`Nông thôn Việt Văn hóa Loạt bài: Người giữ hồn
    thổ cẩm`) cut off it, among the page's first units, when `headline` is a part of the series."""
    if not _PART.match(headline):
        return units
    out = list(units)
    for i, unit in enumerate(units[:8]):
        found = _SERIES.search(unit.text)
        label = unit.text[found.start() :] if found and found.start() > 0 else ""
        if label and names_headline_part(label, headline):
            out[i : i + 1] = [Unit(unit.block, unit.text[: found.start()].strip()), Unit(unit.block, label)]
            break
    return out
