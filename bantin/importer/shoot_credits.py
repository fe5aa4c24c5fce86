"""A photo shoot's crew credited inside a caption, between its text and the photo's credit: `Ngọc
Trinh phối vest với quần short da. Stylist: Kelbin Lei. Ảnh: IG nhân vật`.

Fashion and beauty magazines credit the stylist, the make-up artist, the model or the designer of
the look a photo shows (`Stylist: …`, `Trang điểm: …`, `Người mẫu: …`, `Thiết kế: …`), a role and
its names ending with a stop, right before the photographer's `Ảnh:`. A run-in caption is the last
sentence before the credit (`captions.split_captions`), and such a crew's credit is no sentence of
its own: the caption is the sentence before it, with the crew's credits, so its text (and a gallery's
counter opening it, `2/6 Ngọc Trinh …`) is read as the caption's and not left as a paragraph.
"""

from __future__ import annotations

import re

from ..core.sentences import last_sentence_start
from ..core.text import CAPITALS

__all__ = ["caption_start"]

# The crew of a shoot, as the magazines label them.
_ROLE = (
    r"(?:Stylist|Styling|Trang điểm|Make-?up|Làm tóc|Tóc|Người mẫu|Mẫu|Nhiếp ảnh|Photographer|Phục trang|"
    r"Trang phục|Thiết kế|Giám đốc sáng tạo)"
)
_NAME = rf"[{CAPITALS}][\w'’.-]*(?:\s+[{CAPITALS}][\w'’.-]*){{0,4}}"
_CREW = re.compile(rf"(?:\s*{_ROLE}\s*:\s*{_NAME}(?:\s*(?:,|&|và)\s*{_NAME})*\s*\.?)+\s*")


def caption_start(before: str, start: int) -> int:
    """Where a run-in caption starts in `before` (the text before its photo's credit), given `start`,
    its last sentence's: before the sentence ahead of the shoot's crew when the last ones credit it."""
    while start > 0 and _CREW.fullmatch(before[start:]):  # each crew's role a sentence of its own
        start = last_sentence_start(before[:start].rstrip())
    return start
