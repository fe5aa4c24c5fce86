"""A line of the story listing items under a label (`Bảng A: Thái Lan, Malaysia, Singapore, Campuchia`,
`Thủ môn: Văn Chuẩn, Trung Kiên, Văn Việt`, a team's line-up, a group of a draw, `Lịch thi đấu bán
kết (13/5): Lý Hoàng Nam - Yuta Shimizu, 14h; Trịnh Linh Giang - Ajeet Rai, 16h`): a short label and
a colon, then three items or more parted by commas or semicolons, as a writer parts them. A related
story's headline is one clause naming its news, never three names after a label (`lists_names`:
`inline_links` asks); a site's box of fixtures or a table (`Lịch thi đấu V-League vòng 13`, `BXH
Ngoại hạng Anh`) stands as cells side by side with no separators, so a box's header opening such a
line is the story's words (`lists_items`: `chrome` asks). A label over people's names only
(`Danh sách: Nguyễn Hà Linh, Trần Quang Minh, Lê Thu Phương`) is the story's list of winners or members
even above its first sentence (`lists_people`: `bounds` asks): a page's head lists sections after a label
(`Chuyên mục: Giáo dục, Tuyển sinh, Du học`), never names of two words or more all in title case."""

from __future__ import annotations

import re

from .name_words import names_list

_LABEL = re.compile(r"^[^:,;]{1,40}:\s+(?=\S)")
_SEPARATOR = re.compile(r"\s*[,;]\s+")
_FEWEST = 3  # items
_LONGEST_NAME = 4  # words


def lists_items(text: str) -> bool:
    """`text` is a label, a colon and three items or more parted by commas or semicolons."""
    return len(_items(text)) >= _FEWEST


def lists_names(text: str) -> bool:
    """`text` is a label, a colon and three names or more (each opening with a capital, four words at
    most), the last one maybe joined by `và`."""
    items = [part for item in _items(text) for part in re.split(r"\s+và\s+", item)]
    return len(items) >= _FEWEST and all(
        item[:1].isupper() and len(item.split()) <= _LONGEST_NAME for item in items
    )


def lists_people(text: str) -> bool:
    """`text` is a label, a colon and three people's names or more, each of two to four words in title
    case (`Danh sách: Nguyễn Hà Linh, Trần Quang Minh, Lê Thu Phương`)."""
    label = _LABEL.match(text.strip())
    return label is not None and lists_names(text) and names_list(text.strip()[label.end() :].rstrip(" ."))


def _items(text: str) -> list[str]:
    label = _LABEL.match(text.strip())
    if label is None:
        return []
    return [item for item in _SEPARATOR.split(text.strip()[label.end() :].rstrip(" .;")) if item]
