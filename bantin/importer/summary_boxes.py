"""A site's summary box over the story: its label (`Tóm tắt`, `Tóm tắt nhanh`, `Nội dung chính`,
`Điểm chính`), alone or closing the head's unit already dropped (`Người có công Tóm tắt nhanh`), then
the summary printed again (the page's summary opens it) or the story's points printed again (a line
whose words a later line of the story holds: `Giá vé 8.000 đồng/lượt.` over `Giá vé 8.000 đồng/lượt,
tần suất …`), the story going on after it. The box is the site's: an editor or a machine wrote it for
the page, and the story says it all again below. A paper's abstract under its label (`Tóm tắt:`, `TÓM
TẮT`) is the author's and stays (`paper_front`): its label has a colon or capitals, and its keywords,
not the story, follow it. A label with nothing printed again under it stays."""

from __future__ import annotations

import re

from .anchors import opens_with
from .furniture import Unit, key

__all__ = ["REASON", "summary_boxes"]

REASON = "a summary box over the story (its label, the summary or the story's points printed again)"

_LABEL = re.compile(
    r"(?:^|\s)(?:Tóm tắt(?: nhanh| bài viết| tin)?|Nội dung chính|Điểm chính|Ý chính|AI tóm tắt)$"
)
_KEYWORDS = re.compile(r"^(?:Từ kh[óo]a|TỪ KH[ÓO]A|Keywords?|Abstract|ABSTRACT)\b")
# The box stands in the page's head: among its first units.
_NEAR = 8
# The fewest letters a point printed again holds (a word or two is no point).
_POINT = 15


def summary_boxes(units: list[Unit], summary: tuple[str, ...]) -> list[Unit]:
    """`units` with a summary box's label and the lines it prints again, before the story, dropped."""
    out = list(units)
    for i, unit in enumerate(units[:_NEAR]):
        label = _LABEL.search(unit.text.strip())
        if label is None or (label.start() > 0 and unit.keep):
            continue  # the label alone, or closing the head's dropped unit
        box, opened, j = [], False, i + 1
        while j < len(units):
            text = units[j].text
            again = opens_with(text, summary)
            point = key(text)
            repeated = len(point) >= _POINT and any(point in key(u.text) for u in units[j + 1 :])
            if not (again or repeated):
                break
            box, opened, j = [*box, j], opened or again, j + 1
        rest = [u for u in units[j:] if u.keep]
        if not box or not rest or _KEYWORDS.match(rest[0].text):
            continue
        if not opened and not all(len(key(units[k].text)) >= _POINT for k in box):
            continue
        for k in (i, *box):
            out[k] = Unit(units[k].block, units[k].text, False, REASON)
        break
    return out
