"""A box's line between pipes run into the story, which a field's label cut in two (`… Việt Nam. Ủng hộ
quỹ khuyến học | Số tài khoản: 0100 1234 5678 BCEL Ông …`, `… 3,5 triệu kíp. Tố giác tội phạm | Gửi tin
báo | Đường dây nóng 113 Bước đầu, …`): `units.split_units` cuts before the label (`Số tài khoản:`,
`Đường dây nóng`), so the first half ends in its pipe and the second is a short field with no stop. A
writer never ends a unit with a pipe: the half that does is the box's, and so is the short unit right
after it, up to the next sentence (no stop, eight words at most), even where it reads as a contact field
of the story's (`story_contacts`). Between the story's sentences only:
before the lead such halves are the header's, judged there."""

from __future__ import annotations

import re

from ..core.sentences import ends_sentence

__all__ = ["REASON", "split_bars"]

#: The reason such a box's halves are the site's.
REASON = "a box's line between pipes, cut in two by a field's label, run into the story"

_DANGLING = re.compile(r"\s\|$")  # the half ending in its pipe
_MOST_WORDS = 8  # the field after the pipe: a label and its value, no sentence


def split_bars(kinds: list[tuple[str, str]], texts: list[str]) -> list[tuple[str, str]]:
    """`kinds` with such a box's halves (see the module's docstring) as chrome, where a unit of the
    story's prose comes before them."""
    out = list(kinds)
    for i, text in enumerate(texts):
        if not _DANGLING.search(text.strip()) or not any(kind == "prose" for kind, _ in out[:i]):
            continue
        out[i] = ("chrome", REASON)
        after = texts[i + 1].strip() if i + 1 < len(texts) else ""
        if after and len(after.split()) <= _MOST_WORDS and not ends_sentence(after):
            out[i + 1] = ("chrome", REASON)
    return out
