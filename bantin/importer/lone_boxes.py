"""One unit of the page's set between the story's last two sentences, no end of the story.

A page sets a lone box of data between two paragraphs near the story's end: a visitor counter (`Số lượt
truy cập: 1.204.551 | Đang trực tuyến: 38`), a labelled link (`Đăng ký xét tuyển học bạ:
xettuyen.vlu.edu.vn`). Read from the bottom, it is the first chrome after the footer's run, so the tail
would start there and the story's last sentence after it (`Đợt Open Day tiếp theo dự kiến diễn ra vào
ngày 20/4/2025.`) go with the footer. A header (`Tin cùng chuyên mục`), its headlines after it, or a
button (`ĐĂNG KÝ NGAY`), no data, opens the tail still. What tells the story's sentence from a teaser
after the end: the unit before the box is the story's sentence, the one after is a whole sentence with
no furniture word, and it names what the story names (two running words of the story before it: `Open
Day`, the `học viên` it repeats); the story goes on past the box (`past_lone_box`)."""

from __future__ import annotations

import re
from collections import Counter

from ..core.sentences import PREPOSITIONS, word_pairs
from .furniture import Signals, stopwords

__all__ = ["past_lone_box"]

_LEAST_WORDS = 10  # a whole sentence of the story, no headline's few words
# A box's data: a count in thousands (a counter's `1.204.551`), a web address (`xettuyen.vlu.edu.vn`).
_DATA = re.compile(r"\d[.,]\d{3}\b|\w\.[a-z]{2,}\b")
_LONG = 20  # words: a sentence this long may hold a weak furniture word


def past_lone_box(kinds: list[tuple[str, str]], found: list[Signals], texts: list[str], best: int) -> int:
    """The tail's start `best`, moved past a lone box and the story's sentence after it (see the
    module's docstring) to the next chrome; `best` as it was otherwise."""
    after = best + 1
    if not 0 < best < len(kinds) - 2 or kinds[best][0] != "chrome" or not _DATA.search(texts[best]):
        return best  # a header (`Tin cùng chuyên mục`), a button (`ĐĂNG KÝ NGAY`) opens the tail
    if "header" in kinds[best][1]:
        return best  # a list's header and its headlines (`Chủ đề liên quan Thực đơn … 6 tháng …`)
    if kinds[best - 1][0] != "prose" or not found[best - 1].sentence or kinds[after][0] != "prose":
        return best
    s = found[after]
    furnished = s.strong is not None or (s.weak and s.words < _LONG)  # a long sentence may say `phát biểu`
    if not s.sentence or furnished or s.words < _LEAST_WORDS or texts[after].endswith("?"):
        return best
    if not _names_the_story(texts[after], texts[:best]):
        return best
    return next((j for j in range(after + 1, len(kinds)) if kinds[j][0] == "chrome"), len(kinds))


def _names_the_story(text: str, story: list[str]) -> bool:
    """`text` repeats two running words of `story`: words not all grammar's (`Open Day`), or the
    story's subject it says again and again (`học viên`, jusText's stop words both), no preposition's."""
    stop = stopwords()
    said = Counter(pair for line in story for pair in word_pairs(line))
    for pair in word_pairs(text):
        if pair in said and not set(pair) & PREPOSITIONS and (not set(pair) <= stop or said[pair] >= 2):
            return True
    return False
