"""A recipe's own facts under their labels, which a cooking page prints over its ingredients and
steps: how many it serves (`Khẩu phần: 4 người`), how long it takes (`Thời gian nấu: 35 phút`,
`Thời gian: 45 phút`), how hard it is (`Độ khó: Dễ`), what goes in (`Nguyên liệu: 500g thịt ba chỉ,
…`, `Nguyên liệu cho 4 người: …`).

Such a fact is short, has a label with its colon and no verb, and opens the recipe when a page has
no summary: read alone it looks like a header's field, so it used to go with the menu and the video
player's counters over it (`Xem video hướng dẫn 12.345 lượt xem Thời gian: 45 phút.`). What marks it
as the story's is its label with a value a recipe gives (a count, a duration, a weight, a level),
which no site's header prints: `recipe_field` names such a unit, so the article starts at it, and
`recipe_field_cuts` cuts it from a counter or a button glued before it (after a word, not after a
stop, so the story's own run of facts is cut only between them).
"""

from __future__ import annotations

import re

__all__ = ["recipe_field", "recipe_field_cuts"]

# A duration (`35 phút`, `1 giờ 15 phút`, `2 tiếng`), not a time of day (a notice's `8 giờ ngày 12/5`).
_DURATION = r"\d+(?:[,.]\d+)?\s*(?:phút|giờ|tiếng)(?:\s+\d+\s*phút)?(?!\s*(?:[\d,(]|ngày|sáng|chiều|tối))"
_LABELS = (
    rf"Thời gian(?:\s+(?:chuẩn bị|sơ chế|nấu|chế biến|thực hiện|nướng|hấp|ủ))?\s*:\s*(?:khoảng )?{_DURATION}",
    r"Khẩu phần\s*:\s*\d+",
    r"Độ khó\s*:\s*(?:Dễ|Trung bình|Khó|Rất dễ)",
    r"Nguyên liệu(?:\s+(?:cho|làm)\s+\d+\s+\w+)?\s*:\s*\d+",
)
_FIELD = "(?:" + "|".join(_LABELS) + ")"
_OPENS = re.compile(rf"^{_FIELD}")
# A field glued after a word of what comes before (a counter's `lượt xem`, a button), not after a stop.
_GLUED = re.compile(rf"(?<=[^\W\d_])\s+(?={_FIELD})")


def recipe_field(text: str) -> bool:
    """`text` opens with a recipe's labelled fact (see the module's docstring)."""
    return _OPENS.match(text.strip()) is not None


def recipe_field_cuts(text: str) -> set[int]:
    """Where a recipe's labelled fact glued after a word of the unit before it starts."""
    return {m.end() for m in _GLUED.finditer(text)}
