"""A video's title under its label inside the story, run into the story's next sentence.

A page embeds a clip between two paragraphs and prints its title under a one-word label (`Video:
Người dân đổ xăng tại một cây xăng ở Hà Nội`) or an invitation to watch it (`Mời xem video: Học sinh
lớp 12 ôn tập trước kỳ thi`); alone on its line the chrome detector takes such a title (no video is
imported), but the search-engine scrape runs it into the next sentence (`… ở Hà Nội
Kỳ này, liên Bộ không trích lập …`), and the unit stays whole. It is cut off where the sentence starts,
as a related link's headline is (`linked_headlines.headline_end`); where no start is sure the unit stays
whole, a borderline unit kept. Nor is a title cut that runs into a second label (`Video: Những bàn thắng
… Clip: Các cầu thủ ăn mừng …`): clips one after another are a video page's own, its story.

A title alone on its line between two paragraphs (`Video: Người dân Tam Đường che chắn chuồng trại cho
trâu bò`, a phrase with no stop ending on five words in lower case: `credit_ends.unstopped_title`)
goes as well (`clip_title`); a short credit under the label (`Video: Người dân cung cấp`) stays.
"""

from __future__ import annotations

import re

from .credit_ends import unstopped_title
from .furniture import Unit
from .linked_headlines import label_apart

__all__ = ["CLIP_TITLE", "clip_title", "video_title_apart"]

CLIP_TITLE = "a clip's title under its label (no video is imported)"

# A clip's label opening the unit (`Video:`, `Clip:`), in a capital or in capitals, or an invitation to
# watch it with its colon (`Mời xem video:`, `Mời quý độc giả xem video:`, `Xem thêm video:`).
_LABEL = re.compile(r"(?:Video|VIDEO|Clip|CLIP|(?:Mời\s+(?:\S+\s+){0,3}?xem|Xem)(?:\s+thêm)?\s+video)\s*:\s+")


def video_title_apart(units: list[Unit]) -> list[Unit]:
    """`units` with each unit that opens with a clip's label and its title run into a sentence cut in
    two, the label and title (chrome) and the sentence (see the module's docstring)."""
    return label_apart(units, _LABEL)


def clip_title(text: str) -> bool:
    """`text` is a clip's label and its title, a phrase with no stop (see the module's docstring)."""
    found = _LABEL.match(text.strip())
    return found is not None and unstopped_title(text.strip()[found.end() :])
