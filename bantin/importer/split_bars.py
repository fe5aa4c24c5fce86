"""A box's line between pipes run into the story, which a field's label cut in two (`… Việt Nam. Ủng hộ
quỹ khuyến học | Số tài khoản: 0100 1234 5678 BCEL Ông …`, `… 3,5 triệu kíp. Tố giác tội phạm | Gửi tin
báo | Đường dây nóng 113 Bước đầu, …`): `units.split_units` cuts before the label (`Số tài khoản:`,
`Đường dây nóng`), so the first half ends in its pipe and the second is a short field with no stop. A
writer never ends a unit with a pipe: the half that does is the box's, and so is the short unit right
after it, up to the next sentence (no stop, eight words at most), even where it reads as a contact field
of the story's (`story_contacts`). Between the story's sentences only:
before the lead such halves are the header's, judged there. A counter's box (`Thống kê truy cập: Đang
online 35 | Hôm nay 1.208 Ban Quản lý …`), each part a label and its bare count, ends after its last
count where a sentence of eight words or more opens in a capital (`counter_cuts`, for `units`)."""

from __future__ import annotations

import re

from ..core.sentences import ends_sentence, sentence_after
from ..core.text import CAPITALS, SMALL_LETTERS

__all__ = ["REASON", "counter_cuts", "split_bars"]

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


# A counter's last part after a part ending in its count and a pipe: a label of up to four words, its
# bare count (`Hôm nay 1.208`, `Tổng: 845.920`), then a word in capitals.
_COUNTER_END = re.compile(
    rf"(?<=\d)\s\|\s(?P<part>[{CAPITALS}][{SMALL_LETTERS}]*(?:\s[{SMALL_LETTERS}]+){{0,3}}:?\s\d{{1,3}}(?:\.\d{{3}})*)"
    rf"(?=\s+[{CAPITALS}])"
)
_SENTENCE = 8  # the words of the sentence after the counter


def counter_cuts(text: str) -> set[int]:
    """Where a counter's box ends in `text`, right after its last count, before a whole sentence."""
    return {
        found.end()
        for found in _COUNTER_END.finditer(text)
        if sentence_after(text, found.end() + 1, _SENTENCE)
    }
