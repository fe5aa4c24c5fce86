"""The clips listed in a box after the story, each title with its length in brackets (`Clip nổi bật
Hướng dẫn đăng ký khám bệnh trực tuyến (02:15) Ngày hội hiến máu tình nguyện 2026 (03:40)`): the box's
label and first title go as a clip's title with its length (`inline`), and the titles after it, each a
unit of its own with no label, are the same box's. A story's line ends with a stop; a title with its
length and no stop right under a clip's unit the detector took is the box's next clip."""

from __future__ import annotations

import re

from ..core.sentences import ends_sentence
from .inline import MEDIA_REASON

__all__ = ["clips_after_box"]

# A title closed by its length in brackets (`… 2026 (03:40)`, `… (1:02:15)`).
_LENGTH_END = re.compile(r"\S\s*\((?:\d{1,2}:)?\d{1,2}:\d{2}\)\s*$")
_MOST_WORDS = 16


def clips_after_box(kinds: list[tuple[str, str]], texts: list[str]) -> list[tuple[str, str]]:
    """`kinds` with each unit kept right under a clip's title the detector took (`MEDIA_REASON`) that is
    a title closed by its length, no stop, made the box's too."""
    out = list(kinds)
    for i in range(1, len(texts)):
        text = texts[i].strip()
        if out[i - 1] != ("chrome", MEDIA_REASON) or out[i][0] == "chrome":
            continue
        if _LENGTH_END.search(text) and not ends_sentence(text) and len(text.split()) <= _MOST_WORDS:
            out[i] = ("chrome", MEDIA_REASON)
    return out
