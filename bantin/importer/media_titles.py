"""A video's title under its label inside the story, run into the story's next sentence.

A page embeds a clip between two paragraphs and prints its title under a one-word label (`Video:
Người dân đổ xăng tại một cây xăng ở Hà Nội`) or an invitation to watch it (`Mời xem video: Học sinh
lớp 12 ôn tập trước kỳ thi`); alone on its line the chrome detector takes such a title (no video is
imported), but the search-engine scrape runs it into the next sentence (`… ở Hà Nội
Kỳ này, liên Bộ không trích lập …`), and the unit stays whole. It is cut off where the sentence starts,
as a related link's headline is (`linked_headlines.headline_end`); where no start is sure the unit stays
whole, a borderline unit kept. Nor is a title cut that runs into a second label (`Video: Những bàn thắng
… Clip: Các cầu thủ ăn mừng …`): clips one after another are a video page's own, its story.

A title alone on its line between two of the story's paragraphs (`Video: Người dân Tam Đường che chắn
chuồng trại cho trâu bò`, a phrase with no stop ending on five words in lower case:
`credit_ends.unstopped_title`) goes as well (`clips_between`, a pass of `unit_passes.relabel`): the
story's prose on both sides says the clip was embedded in it. Alone it is not enough: a short `Video:
…` line closing the story before the footer stays (a borderline unit kept), and so does one over a
photo's caption (`Video: Cận cảnh lực lượng chức năng dập lửa` | `… Ảnh: Đức Hùng`), the story's
media printed together; a short credit under the label (`Video: Người dân cung cấp`) is no title.
"""

from __future__ import annotations

import re

from .credit_ends import unstopped_title
from .furniture import Unit
from .linked_headlines import label_apart

__all__ = ["CLIP_TITLE", "clip_title", "clips_between", "video_title_apart"]

CLIP_TITLE = "a clip's title under its label (no video is imported)"

# A clip's label opening the unit (`Video:`, `Clip:`), in a capital or in capitals, or an invitation to
# watch it with its colon (`Mời xem video:`, `Mời quý độc giả xem video:`, `Xem thêm video:`).
_OPENS = r"(?:Video|VIDEO|Clip|CLIP|(?:Mời\s+(?:\S+\s+){0,3}?xem|Xem)(?:\s+thêm)?\s+video)\s*:"
_LABEL = re.compile(_OPENS + r"\s+")
_ALONE = re.compile(_OPENS + r"\s*")  # a title alone on its line, glued to its label too (`Video:Nông dân …`)


def video_title_apart(units: list[Unit]) -> list[Unit]:
    """`units` with each unit that opens with a clip's label and its title run into a sentence cut in
    two, the label and title (chrome) and the sentence (see the module's docstring)."""
    return label_apart(units, _LABEL)


def clip_title(text: str) -> bool:
    """`text` is a clip's label and its title, a phrase with no stop (see the module's docstring)."""
    found = _ALONE.match(text.strip())
    return found is not None and unstopped_title(text.strip()[found.end() :])


def clips_between(kinds: list[tuple[str, str]], texts: list[str]) -> list[tuple[str, str]]:
    """`kinds` with each clip's title right between two of the story's prose units made chrome (see the
    module's docstring)."""
    kinds = list(kinds)
    for i in range(1, len(texts) - 1):
        between = kinds[i - 1][0] == "prose" and kinds[i + 1][0] == "prose"
        if between and kinds[i][0] != "chrome" and clip_title(texts[i]):
            kinds[i] = ("chrome", CLIP_TITLE)
    return kinds
