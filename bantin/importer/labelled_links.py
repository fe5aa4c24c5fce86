"""A related link under its label inside the story, the label, its headline and the story's next sentence
in one unit (`Tin cùng sự kiện: Sông Thị Vải hồi sinh sau 15 năm Sở Nông nghiệp và Môi trường cho biết
…`): the header of a list of other stories with its colon points to one link, as `Xem thêm:` does, but
no cut stands after it, so the whole unit would go as a list's header with the sentence in it. It is cut
where the sentence starts (`linked_headlines.headline_end`); where no start is sure the unit stays
whole, as before."""

from __future__ import annotations

import re

from .furniture import Unit
from .linked_headlines import label_apart
from .vocabulary import PORTAL_BOXES, RELATED_HEADERS, as_headers

__all__ = ["labelled_link_apart"]

# A list's header with its colon opening the unit (`Tin cùng sự kiện:`, `Bài cùng chủ đề:`).
_LABEL = re.compile(r"^(?:" + as_headers((*RELATED_HEADERS, *PORTAL_BOXES)) + r")\s*:\s+")


def labelled_link_apart(units: list[Unit]) -> list[Unit]:
    """`units` with each unit that opens with a list's header, its colon, a headline and a sentence cut
    in two: the label and the headline (chrome), the sentence."""
    return label_apart(units, _LABEL)
