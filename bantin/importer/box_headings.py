"""A box's heading left with nothing under it at the story's end (`<h3>Quan tâm</h3>`, the head of a box
of other stories whose links went): a site's box heads its links with a word or two of furniture, in
lower case after the first (`Quan tâm`, `Đọc thêm`, `Có thể bạn quan tâm`), no stop, no figure. A heading
that heads nothing and reads as a name (`Gia Khoa`, each word a capital) or a byline (`Gia Khoa (TTVN)`)
is the writer's, kept as a paragraph for the byline pass; a longer one (a subhead whose text went) stays."""

from __future__ import annotations

import re

from .bylines import parse_byline

__all__ = ["box_heading"]

_WORDS = re.compile(r"[^\W\d_]+(?:\s[^\W\d_]+){1,3}")  # two to four words of letters, nothing else


def box_heading(text: str) -> bool:
    """`text`, the story's last block, a heading that heads nothing, is such a box's head."""
    stripped = text.strip()
    if not _WORDS.fullmatch(stripped):
        return False
    words = stripped.split()
    if not words[0][:1].isupper() or stripped.isupper() or all(w[:1].isupper() for w in words):
        return False  # a name (`Gia Khoa`) or a logo in capitals
    return parse_byline(stripped) is None
