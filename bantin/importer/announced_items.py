"""Short lines with no stop closing a story are its list when a line before them announces it with a
colon (`Khuyến cáo của bác sĩ khi gặp người ngưng tim:` over `Gọi ngay cấp cứu 115`, `Ép tim liên
tục …`, `Dùng máy sốc điện tự động nếu có`), the header and its first item glued on one line or not. A
shop's offer or a box's header over the page's tail stands after the story's last sentence with no
such header: `bounds.article_end` takes those into the tail, not the announced items. A field's label
(`Hotline:`, `Ảnh:`, `Địa chỉ:`) is a word or two, and a speaker's name (`Anh Phạm Văn Tài:`) is in
title case: neither announces a list."""

from __future__ import annotations

import re

from bantin.core.text import CAPITALS

__all__ = ["announced_item"]

# A header of four words or more ending with its colon, at the line's end or before the first item's
# capital, no stop after it (`… khi gặp người ngưng tim:Gọi ngay cấp cứu 115`, `… gồm:`)
_HEADER = re.compile(
    r"(?:^|[.!?]\s*)(?P<header>(?:[^\s:.!?]+\s+){3,}[^\s:.!?]*[^\W\d_])\s*:(?:\s*["
    + CAPITALS
    + r"][^.!?]*)?$"
)
_ITEMS = 8  # lines of a list after its header, at most


def announced_item(kinds: list[tuple[str, str]], texts: list[str], i: int) -> bool:
    """`texts[i]` is one of a run of short lines with no stop after a line of the story (short or prose)
    whose header announces them with its colon."""
    j = i - 1
    while j >= 0 and i - j <= _ITEMS:
        if kinds[j][0] not in ("short", "prose"):
            return False
        if texts[j].rstrip().endswith((".", "!", "?", "…")):
            return False  # a sentence before it: no list runs on to here
        if ":" in texts[j]:
            header = _HEADER.search(texts[j])
            return header is not None and _sentence_words(header["header"])
        j -= 1
    return False


def _sentence_words(header: str) -> bool:
    """A header of the story's says what follows in words in small letters (`Khuyến cáo của bác sĩ khi
    …`); a speaker's name in title case (`Anh Phạm Văn Tài:`) announces no list."""
    return sum(1 for word in header.split() if word[:1].islower()) >= 2
