"""A header naming the stories it lists (`Tin mới nhất`, `Các bài viết khác`, `Video liên quan`: a noun
for stories and what ties them to the page, `furniture`'s pairings) opening a unit before a capital is
the list's, even where the unit reads as a sentence: the scraper ran a headline into the footer's
sentence after it (`Tin mới nhất Thép Xanh Nam Định mở bán vé … Câu lạc bộ Bóng đá Thép Xanh Nam
Định.`). No sentence of a story opens with such a noun and its tie and then a name; a header a sentence
may open with (`Xem thêm`, `Nổi bật`, `Đừng bỏ lỡ`) is no such pairing and `chrome` weighs it as before.
A carousel's arrows between the header and its first headline (`Bài viết liên quan ‹ › Viglacera ký …`)
are its buttons, no word of a sentence."""

from __future__ import annotations

import re

from ..core.text import CAPITALS
from .mobile_prompts import NEXT_STORY
from .section_lists import opens_section_list
from .vocabulary import LIST_NOUNS, LIST_TIES, as_headers

_NAMED_LIST = re.compile(
    r"^(?:"
    + as_headers(
        (
            *(f"{many}{noun} {tie}" for many in ("", "các ") for noun in LIST_NOUNS for tie in LIST_TIES),
            *NEXT_STORY,  # `Vuốt để xem bài tiếp theo`: a phone's swipe to the next story names it
        )
    )
    + r")\s*:?\s+(?:[‹›❮❯<>«»←→]\s+)*"  # a carousel's arrows after its header (`Bài viết liên quan ‹ ›`)
    + r"(?=(?:\d{1,2}:\d{2}\s+)?["  # a headline, or its time first (`Bài cùng chuyên mục 07:30 …`)
    + CAPITALS
    + r"])"
)


def names_its_list(text: str) -> bool:
    """`text` opens with a header naming the stories it lists, a capital after it."""
    return _NAMED_LIST.match(text) is not None or opens_section_list(text)
