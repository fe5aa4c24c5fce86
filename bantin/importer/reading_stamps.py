"""The head's stamp closed by a reading time (`Bạn đọc Hỏi đáp 04/12/2024 | 2 phút đọc` over a
reader's question, the section's crumbs before it): a line with a full date and, last, how many
minutes the page takes to read, and no sentence's stop, is the site's line over the story, never the
story's. A writer's name before the stamp (`Minh Anh 04/12/2024 | 2 phút đọc`) is a byline and is left
to be read as one."""

from __future__ import annotations

import re

from .bylines import parse_byline
from .stamps import BARE_DATE

__all__ = ["REASON", "reading_stamp"]

#: The reason such a line is the site's.
REASON = "the head's stamp closed by a reading time"

_STAMP = re.compile(rf"{BARE_DATE}(?:\s*[-|,]?\s*\d{{1,2}}[:h]\d{{2}})?\s*[|·•-]?\s*\d{{1,2}}\s*phút\s+đọc$")
_WORDS = 14  # a head's line, not a sentence


def reading_stamp(text: str) -> bool:
    """`text` is such a line."""
    stripped = text.strip()
    found = _STAMP.search(stripped)
    if found is None or len(stripped.split()) > _WORDS or re.search(r"[.!?:;](?:\s|$)", stripped):
        return False
    before = stripped[: found.start()].strip(" |-·•")
    return not before or parse_byline(before) is None
