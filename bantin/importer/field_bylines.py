"""The closing byline run on from a field the story ends with (`Điểm: 7/10 Đăng Khoa`, `Thời lượng:
112 phút Hà My`): a review's score, a film's card or a show's figures printed as `Nhãn: giá trị`, the
writer's name right after the value with no stop between them.

The field is a short label with its colon and a value of figures (`7/10`, `6,5/10`, `112 phút`,
`8/11/2024`); the name is the unit's last words, two to four in title case, a person's
(`bylines.is_person`) and no place's (`Hà Nội FC` after a score is a team). `edges.closing_byline_apart`
asks it of the first unit after the story's last sentence only, so a field inside the story is never
cut."""

from __future__ import annotations

import re

from ..core.text import CAPITALS
from ..tagging.gazetteer import place
from .bylines import is_person, parse_byline

__all__ = ["field_byline"]

# A label of one to three words with its colon, then a value of figures and at most one word of unit in
# lower case (`phút`), then the rest of the unit.
_FIELD = re.compile(
    r"^(?P<field>(?P<label>[^\W\d_][^:.!?]{0,30}):\s*\d[\d.,/:-]*(?:\s+[^\W\d_" + CAPITALS + r"]+)?)"
    r"\s+(?P<name>.+)$"
)


def field_byline(text: str) -> tuple[str, str] | None:
    """The field and the byline after it (see the module's docstring), or None."""
    found = _FIELD.match(text.strip())
    if found is None or len(found.group("label").split()) > 3:
        return None
    field, name = found.group("field"), found.group("name")
    words = name.split()
    if not 2 <= len(words) <= 4 or not all(w.istitle() and w.isalpha() for w in words):
        return None
    if not is_person(name) or place(" ".join(words[:2])) is not None:
        return None  # `Tỷ số: 2-1 Hà Nội FC`: a team, a place's
    byline = parse_byline(name)
    return (field, name) if byline is not None and byline.author == name else None
