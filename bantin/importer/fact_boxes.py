"""A story's own box of facts (`Thông tin cần biết`) set between its paragraphs
or above its writer's byline. The same header also heads a portal's box of services after the story
(`Thông tin cần biết Thời tiết Giá cả thị trường …`), which is why `vocabulary.BOX_HEADERS` makes it
chrome alone; what tells the story's box is where it stands and what it holds: the story's sentences,
or rows of a label and a figure (`Lệ phí cấp giấy chứng nhận: 40.000 đồng`), with the story going on
after them or the writer signing under them. A reporter signs under what they wrote.

`row_cuts` says where such a box run into one line (a one-line body) has its header and rows end, so
the header, each row and the byline after them are units of their own; `story_boxes` keeps the
header and its rows."""

from __future__ import annotations

import re

from ..core.text import CAPITALS, SMALL_LETTERS
from .tables import BOX_HEADER
from .vocabulary import BOX_HEADERS, as_headers

__all__ = ["row_cuts", "story_boxes"]

# A row of a box: a label, a colon, a figure and at most two words of its unit (`Giá bán: 80.000 đồng/kg`,
# `Chu kỳ kiểm định: 24 tháng`), before a word in title case (the next row, the byline).
_ROW = re.compile(
    r"(?<=\S):\s+\d[\d.,]*(?:\s*%|(?:\s+[" + SMALL_LETTERS + r"]\S*){0,2}?)(?=\s+[" + CAPITALS + r"]|\s*$)"
)
# A box's header run into its first row (`Thông tin cần biết Chu kỳ …: 24 tháng`).
_HEADED = re.compile(
    r"(?<!\S)(?:" + as_headers(BOX_HEADERS) + r")(?=\s+[" + CAPITALS + r"][^:.!?]{2,60}:\s+\d)"
)

# The author's box (`Về tác giả`): about the writer, never a fact of the story, wherever it stands; a table
# of contents' title (`Nội dung chính`, `Mục lục`): its entries are the story's headings, links a saved
# page's extractor drops, so the story's sentences after it are none of its.
_ABOUT_WRITER = re.compile(r"^(?:Về tác giả|VỀ TÁC GIẢ|(?i:mục lục(?: bài viết)?|nội dung chính)$)(?!\w)")

#: The reason given to a box's header and its rows kept as the story's.
STORY_BOX = "the story's own box of facts (inside the story, or signed under)"


def row_cuts(text: str) -> list[int]:
    """Where a box of facts run into the text (`Thông tin cần biết Chu kỳ …: 24 tháng Lệ phí …: 40.000
    đồng Thanh Tùng`) has its header and each of its rows end: rows one after the other, each a label
    of a few words and no stop between them, right after the header. Without a box's header no row is
    cut (a footer's `Tòa soạn: 61 Trần Thúc Nhẫn` is an address)."""
    cuts = []
    for header in _HEADED.finditer(text):
        at = header.end()
        rows = []
        for row in _ROW.finditer(text, at):
            label = text[at : row.start()]
            if len(label.split()) > 12 or re.search(r"[.!?;:]", label):
                break
            rows.append(row.end())
            at = row.end()
        cuts.extend([header.end(), *rows] if rows else [])
    return cuts


def story_boxes(kinds: list[tuple[str, str]], texts: list[str]) -> list[tuple[str, str]]:
    """A box's header after the story's first sentence, over the story's sentences or rows with a figure
    that the story goes on after or the writer's byline closes, is the story's, and so are its rows."""
    out = list(kinds)
    first = next((i for i, (k, _) in enumerate(kinds) if k == "prose"), len(kinds))
    last = max((i for i, (k, _) in enumerate(kinds) if k == "prose"), default=-1)
    for i in range(first + 1, len(kinds)):
        if kinds[i] != ("chrome", BOX_HEADER) or texts[i].endswith(":") or _ABOUT_WRITER.match(texts[i]):
            continue  # `…:` is `tables`' to judge; `Về tác giả` is about the writer, a contents' title no box
        end = i + 1
        while end < len(kinds) and (kinds[end][0] == "prose" or _row(kinds[end], texts[end])):
            end += 1
        # the writer signs under it, or a subheading opens more of the story (a comment after an
        # author's note is no story's)
        closed = end < len(kinds) and (kinds[end][0] == "byline" or (kinds[end][0] == "short" and end < last))
        if end > i + 1 and closed:
            out[i] = ("prose", STORY_BOX)
            out[i + 1 : end] = [k if k[0] == "prose" else ("prose", STORY_BOX) for k in kinds[i + 1 : end]]
    return out


def _row(kind: tuple[str, str], text: str) -> bool:
    """A short line of a label and a figure (`Giá bán: 80.000 đồng/kg`), no sentence."""
    return kind[0] == "short" and len(text.split()) <= 14 and _ROW.search(text) is not None
