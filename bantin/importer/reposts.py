"""A repost: an aggregator's page (a news portal, a browser's or an app's news feed) printing
another paper's story, which the reader knows by its link back to the original (`Xem bài gốc`,
`Xem bản gốc`, `Đọc bài gốc trên Báo X`, `Xem nguồn`, `Xem thêm tin tức từ Báo X`) or by the
original paper's name stamped with its time over the story (`Báo X · 2 giờ trước`, `Báo X |
18/04/2024 10:40`), as a feed prints each of its items. On such a page the publisher is the original
paper the page credits (`Nguồn: Báo X`, `Theo Báo X`) or the one it names, not the aggregator its
scraper's `Source:` line names: a paper that only quotes another (`Theo TTXVN` under its own story)
prints no link back and stamps no other paper's name, so its own name stays its publisher. A
template's `Link bài gốc` box (`Copy link Link bài gốc Lấy link`) holds the page's own address, not a
link back: it marks no repost."""

from __future__ import annotations

import re

from ..core.text import fold
from .paper_stamps import stamped_paper

#: The link back to the original story an aggregator prints (folded: no tones, lower case), and the
#: source's label whose link says it is the source's (`Nguồn: [Link nguồn]`, its address left out).
_LINK_BACK = re.compile(
    r"\b(?:(?:xem|doc) ba[in] goc|xem nguon(?: bai viet)?(?:\s|$)|nguon\s*:\s*\[?link nguon\b)"
)
#: The link back that names the original (`Đọc bài gốc trên Báo X`, `Xem thêm tin tức từ Báo X`).
_NAMING = re.compile(r"(?:bài gốc trên|xem thêm tin tức từ|xem thêm bài viết của)\s+(.+)", re.I)


#: A link back a credit runs on into (`Nguồn: Báo X Xem bài gốc`), cut off the credit.
_RUN_ON = re.compile(r"\s+(?:(?:Xem|Đọc|Link) (?:bài gốc|nguồn)|Xem thêm tin tức từ)\b.*$", re.I)


def reposted(texts: list[str]) -> bool:
    """Whether the page links back to the original story it reposts."""
    return any(_LINK_BACK.search(fold(text).lower()) for text in texts)


#: A time stamped after a paper's name (`· 2 giờ trước`, `| 18/04/2024 10:40`, `- 16/05/2024 09:20`).
_STAMP = (
    r"\s*[·•|–-]?\s*(?:\d{1,2} (?:phút|giờ|ngày) trước|\d{1,2}:\d{2} \d{1,2}/\d{1,2}/\d{4}"
    r"|\d{1,2}/\d{1,2}/\d{4}(?:\s+\d{1,2}:\d{2})?)"
)


def credit_alone(source: str) -> str:
    """A credit without the link back it runs on into (`Báo X Xem bài gốc` → Báo X)."""
    return _RUN_ON.sub("", source) or source


def linked_original(texts: list[str], names: list[str]) -> str | None:
    """The original paper a link back names, the longest of `names` (the publishers' table's) its
    words begin with: the page runs on past it (`… trên Báo X Thích Bình luận`), so only a known
    name tells where it ends."""
    known = sorted(set(names), key=len, reverse=True)
    for text in texts:
        for match in _NAMING.finditer(text):
            after = match.group(1).casefold()
            for name in known:
                end = len(name)
                if after.startswith(name.casefold()) and (len(after) == end or not after[end].isalnum()):
                    return name
    return None


def stamped_original(texts: list[str], names: list[str], own: str | None) -> str | None:
    """The first of `names` (the table's) the page stamps with a time, when it is not the page's own
    publisher (`own`): a feed's item over the story it reposts (`Báo X · 3 giờ trước`). A name that
    starts with no capital (`24h`) is too like a section's words (`Kiểm sát 24h 18/06/2024`)."""
    others = {
        name for name in names if name[:1].isupper() and (own is None or name.casefold() != own.casefold())
    }
    known = sorted(others, key=len, reverse=True)
    if not known:
        return None
    found = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, known)) + r")" + _STAMP)
    for text in texts:
        if match := found.search(text):
            return match.group(1)
    return None


def original_paper(texts: list[str], names: list[str], own: str | None) -> str | None:
    """The original paper an aggregator's page names, by its link back or its stamp over the story;
    on a page that links back, a name the table does not know stamped at its top names it too."""
    found = linked_original(texts, names) or stamped_original(texts, names, own)
    return found or (stamped_paper(texts[:8]) if reposted(texts) else None)
