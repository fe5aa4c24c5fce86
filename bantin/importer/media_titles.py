"""A video's title under its label inside the story, run into the story's next sentence.

A page embeds a clip between two paragraphs and prints its title under a one-word label (`Video:
Người dân đổ xăng tại một cây xăng ở Hà Nội`) or an invitation to watch it (`Mời xem video: Học sinh
lớp 12 ôn tập trước kỳ thi`); alone on its line the chrome detector takes such a title (no video is
imported), but the search-engine scrape runs it into the next sentence (`… ở Hà Nội
Kỳ này, liên Bộ không trích lập …`), and the unit stays whole. It is cut off where the sentence starts,
as a related link's headline is (`linked_headlines.headline_end`); where no start is sure the unit stays
whole, a borderline unit kept. Nor is a title cut that runs into a second label (`Video: Những bàn thắng
… Clip: Các cầu thủ ăn mừng …`): clips one after another are a video page's own, its story.
"""

from __future__ import annotations

import re

from .furniture import Unit
from .linked_headlines import label_apart

__all__ = ["video_title_apart"]

# A clip's label opening the unit (`Video:`, `Clip:`), in a capital or in capitals, or an invitation to
# watch it with its colon (`Mời xem video:`, `Mời quý độc giả xem video:`, `Xem thêm video:`).
_LABEL = re.compile(r"(?:Video|VIDEO|Clip|CLIP|(?:Mời\s+(?:\S+\s+){0,3}?xem|Xem)(?:\s+thêm)?\s+video)\s*:\s+")


def video_title_apart(units: list[Unit]) -> list[Unit]:
    """`units` with each unit that opens with a clip's label and its title run into a sentence cut in
    two, the label and title (chrome) and the sentence (see the module's docstring)."""
    return label_apart(units, _LABEL)
