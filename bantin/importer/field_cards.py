"""A card of the story's own fields in a box whose class says `meta`: kept for trafilatura to read.

A recipe plugin prints the dish's card in a list classed as its meta (`<ul class="recipe-meta">`:
`Khẩu phần: 3 người`, `Thời gian nấu: 50 phút`, `Độ khó: Dễ`), and trafilatura drops every box whose
class holds `meta`, as it drops a post's meta line (its date, its writer, its category, its counters).
The card is the story's: what the reader cooks by. What tells it from a post's meta line: each of its
items, two at least, is a field (a short label, a colon, a value), a figure among the values, and none
is a stamp (a date, an hour), a byline (`Tác giả: …`, `Bởi …`) or the site's furniture (`Bình luận:
3`, `Lượt xem: 1.234`, `Chuyên mục: …` go with the meta). `keep_field_cards` takes such a box's class
off before trafilatura reads the page; the chrome detector still judges its lines."""

from __future__ import annotations

import re

from lxml import etree

from .bylines import BYLINE_LABEL, Byline, parse_byline
from .furniture import signals
from .repair import clean

__all__ = ["keep_field_cards"]

_FIELD = re.compile(r"^[^\W\d_][^:]{0,30}:\s*\S[^:]{0,40}$")
_STAMP = re.compile(r"\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\d{1,2}:\d{2}|\d{4}-\d{2}-\d{2}")
_NOBODY = Byline()
_SITE_FIELDS = re.compile(r"(?i)^(?:chuyên mục|danh mục|từ khóa|tags?|nguồn|ngày|cập nhật|đăng)\b")


def _card(items: list[str]) -> bool:
    return (
        len(items) >= 2
        and all(_FIELD.match(item) for item in items)
        and any(any(c.isdigit() for c in item) for item in items)
        and not any(_STAMP.search(item) or _SITE_FIELDS.match(item) for item in items)
        and not any(BYLINE_LABEL.match(item) or (parse_byline(item) or _NOBODY).author for item in items)
        and not any(signals(item).word for item in items)
    )


def keep_field_cards(tree: etree._Element) -> None:
    """Take the `meta` class off each box of `tree` that is a card of the story's fields."""
    for box in tree.iter("ul", "ol", "dl", "div"):
        if "meta" not in (box.get("class") or "").casefold():
            continue
        items = [clean(child.text_content()).strip() for child in box if isinstance(child.tag, str)]
        if _card([item for item in items if item]):
            del box.attrib["class"]
