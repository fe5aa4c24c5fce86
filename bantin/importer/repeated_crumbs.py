"""A breadcrumb alone over the lead whose last item repeats the item before it, as a portal names a
section and then its page (`Bộ Ngoại giao Tin hoạt động Tin hoạt động của Lãnh đạo Bộ`, `Quân sự -
Quốc phòng Quân sự - Quốc phòng Diễn tập`): the same words in a capital twice back to back, no
sentence's stop, a line of a few words. A writer's subheading never says its words twice in a row; a
quote's refrain (`“Hà Nội ơi, Hà Nội …”`) has its comma or stop."""

from __future__ import annotations

import re

__all__ = ["repeated_crumb"]

_WORDS = 16  # a breadcrumb's words at most
# Two words or more opening in a capital, said again right after (a bar or a dash may part them).
_REPEAT = re.compile(r"(?:^|\s)(?P<item>[^\W\d_]\w*(?:\s(?:-\s)?\w+){1,5})\s(?:[>|/»›]\s)?(?P=item)(?=\s|$)")


def repeated_crumb(text: str) -> bool:
    """`text` is such a breadcrumb."""
    stripped = text.strip()
    if len(stripped.split()) > _WORDS or re.search(r"[.!?,;:“”\"]", stripped):
        return False
    return any(found.group("item")[:1].isupper() for found in _REPEAT.finditer(stripped))
