"""A gallery's button counting its photos (`Thư viện ảnh Xem tất cả 12 ảnh`, `Xem 8 ảnh`, a download's
`Tải ảnh (24 ảnh)`), set between the story and its closing byline and run into the writer's name (`… Xem
tất cả 12 ảnh Hoàng Dương`, `… Tải ảnh (24 ảnh) Thanh Hà - Ban Thông tin`): the unit is cut after the
count where a capital follows, and a unit ending with the button, no stop of its own, is the site's. A
sentence counting photos goes on in lower case or ends with its stop (`Xem 12 ảnh này, ai cũng nhớ…`)."""

from __future__ import annotations

import re

from ..core.sentences import ends_sentence

__all__ = ["GALLERY_BUTTON", "gallery_button", "gallery_button_cuts"]

#: The reason such a unit is the site's.
GALLERY_BUTTON = "a gallery's button counting its photos"

_BUTTON = (
    r"(?:Xem (?:tất cả |toàn bộ |thêm )?\d{1,3} (?:ảnh|hình ảnh|bức ảnh)"
    r"|Tải (?:về )?(?:ảnh|hình ảnh|album|toàn bộ ảnh) \(\d{1,3} (?:ảnh|hình ảnh)\))"  # `Tải ảnh (24 ảnh)`
)
_CUT = re.compile(rf"(?<!\S){_BUTTON}(?=\s+[A-ZĐ])")
_ENDS = re.compile(rf"(?:^|\s){_BUTTON}\s*$")
_WORDS = 8  # the gallery's title and its button


def gallery_button_cuts(text: str) -> set[int]:
    """Where a gallery's button ends in `text`, when a capital follows it (the byline, the footer)."""
    return {m.end() for m in _CUT.finditer(text)}


def gallery_button(text: str) -> bool:
    """`text` is a gallery's title and its button, or the button alone."""
    return bool(_ENDS.search(text)) and not ends_sentence(text) and len(text.split()) <= _WORDS
