"""Short lines with no stop closing a story are its list when a line before them announces it with a
colon (`Khuyến cáo của bác sĩ khi gặp người ngưng tim:` over `Gọi ngay cấp cứu 115`, `Ép tim liên
tục …`, `Dùng máy sốc điện tự động nếu có`), the header and its first item glued on one line or not. A
shop's offer or a box's header over the page's tail stands after the story's last sentence with no
such header: `bounds.article_end` takes those into the tail, not the announced items. A field's label
(`Hotline:`, `Ảnh:`, `Địa chỉ:`) is a word or two, and a speaker's name (`Anh Phạm Văn Tài:`) is in
title case: neither announces a list.

Inside the story, the few short lines between such a header and the story's next sentence (or a
photo's caption the story goes on under: a paper's titles over its ceremony's photo) are what it
announces, whatever their words (`announced_lines`): the copyright line a photo carried (`… có dòng chữ
ở góc dưới:` | `© Lê Quốc Bảo 2023.` | `All rights reserved.`), the menus a page's outage hit (`… bấm vào
các mục:` | `Xem truyền hình` | `Lịch phát sóng` | `Phim truyện`). A site's box stands after the story's
sentence, not between its announcing colon and its next line; a link to another story (`Xem thêm: …`,
`Tin liên quan`) stays chrome even there."""

from __future__ import annotations

import re

from ..core.text import CAPITALS
from .boilerplate import is_section_header
from .furniture import opens_list
from .inline import INLINE_REASONS
from .listed_steps import listed_steps
from .vocabulary import LINK_LEADS

__all__ = ["ANNOUNCED", "announced_item", "announced_lines"]

#: The reason a short line the story's header announces, between it and the story's next line, stays.
ANNOUNCED = "a short line the story's line before announces with its colon"

# A header of four words or more ending with its colon, at the line's end or before the first item's
# capital, no stop after it (`… khi gặp người ngưng tim:Gọi ngay cấp cứu 115`, `… gồm:`)
_HEADER = re.compile(
    r"(?:^|[.!?]\s*)(?P<header>(?:[^\s:.!?]+\s+){3,}[^\s:.!?]*[^\W\d_])\s*:(?:\s*["
    + CAPITALS
    + r"][^.!?]*)?$"
)
_ITEMS = 8  # lines of a list after its header, at most


def announced_item(kinds: list[tuple[str, str]], texts: list[str], i: int) -> bool:
    """`texts[i]` is one of a run of short lines with no stop after a line of the story (short or prose)
    whose header announces them with its colon."""
    j = i - 1
    while j >= 0 and i - j <= _ITEMS:
        if kinds[j][0] not in ("short", "prose"):
            return False
        if texts[j].rstrip().endswith((".", "!", "?", "…")):
            return False  # a sentence before it: no list runs on to here
        if ":" in texts[j]:
            header = _HEADER.search(texts[j])
            return header is not None and _sentence_words(header["header"])
        j -= 1
    return False


def _sentence_words(header: str) -> bool:
    """A header of the story's says what follows in words in small letters (`Khuyến cáo của bác sĩ khi
    …`); a speaker's name in title case (`Anh Phạm Văn Tài:`) announces no list."""
    return sum(1 for word in header.split() if word[:1].islower()) >= 2


_BOXED = INLINE_REASONS  # a box the page sets inside the story (an embedded post's frame): still chrome
_LINES = 4  # short lines between the header and the story's next line, at most
_SHORT = 6  # words of such a line; a longer unit is the story's next line
_NEXT = ("short", "prose", "caption")  # the story's next line, or a photo's caption the story goes on under


def announced_lines(kinds: list[tuple[str, str]], texts: list[str]) -> list[tuple[str, str]]:
    """`kinds` with the chrome among the short lines between a header of the story's announcing them
    with its colon and the story's next line (prose or short, longer than `_SHORT` words) kept."""
    out = list(kinds)
    for j, (kind, _) in enumerate(kinds):
        if kind not in ("short", "prose") or not texts[j].rstrip().endswith(":"):
            continue
        header = _HEADER.search(texts[j])
        if header is None or not _sentence_words(header["header"]):
            continue
        k = next((k for k in range(j + 1, len(texts)) if len(texts[k].split()) > _SHORT), len(texts))
        run = range(j + 1, k)
        if k == len(texts) or kinds[k][0] not in _NEXT or not 0 < len(run) <= _LINES:
            continue
        if any(
            _linked(texts[i]) or kinds[i][0] not in ("short", "chrome") or kinds[i][1] in _BOXED for i in run
        ):
            continue
        for i in run:
            out[i] = ("short", ANNOUNCED) if kinds[i][0] == "chrome" else kinds[i]
    return listed_steps(out, texts)  # a how-to's steps under its header, its app's words and all


def _linked(text: str) -> bool:
    """A link to other stories (`Xem thêm: …`, `Tin liên quan`), chrome wherever it stands."""
    folded = text.strip().casefold()
    return is_section_header(text) or opens_list(text) or folded.startswith(LINK_LEADS)
