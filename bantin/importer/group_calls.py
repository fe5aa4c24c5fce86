"""The site's invitation to join its readers' group on a social network, set in the story: the page's
box, not the story's.

Family and parenting magazines print, between two paragraphs, a call to join the community they run
(`Tham gia nhóm Mẹ bầu và nuôi con trên Facebook để nhận tư vấn miễn phí`, `Tham gia cộng đồng … trên
Zalo`), with no stop; a one-line scrape runs it into the next paragraph (`… tư vấn miễn phí Bé từ chối
ăn …`). What gives it away: it opens a sentence with the imperative `Tham gia` and a group (`nhóm`,
`cộng đồng`, `group`, `hội`, `kênh`), names the network it lives on (`trên Facebook`, `tại Zalo`)
within a few words (or right after the group's word: `Tham gia nhóm Discord Allinstation để …`,
`Tham gia nhóm Telegram Bitcoin Vietnam News`), and has no stop. It ends at the next capital after a
word in small letters, as a broadcaster's box does (`reader_calls.box_end`). A story telling that
someone joined a group (`Chị Lan tham gia nhóm …`, `Tham gia nhóm từ năm 2020, chị …` with its comma)
is no such call and stays. Its unit stands inside the story: no tail of chrome starts at it
(`bounds.article_end`)."""

from __future__ import annotations

import re

from .reader_calls import box_end

__all__ = ["GROUP_CALL", "group_call", "group_call_cuts"]

GROUP_CALL = "the site's invitation to join its readers' group on a social network"

_NETWORK = r"(?:Facebook|Zalo|Telegram|TikTok|YouTube|Instagram|Viber|Discord)"
_CALL = re.compile(
    rf"(?:^|(?<=[.!?…]\s))Tham gia\s+(?:ngay\s+)?(?:nhóm|cộng đồng|group|hội|kênh)\s+(?:[^.!?,;:]{{0,60}}?"
    rf"\s(?:trên|tại|qua)\s+)?{_NETWORK}(?!\w)"
)
_LONGEST = 30  # words: a box's line, never a paragraph


def _spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for call in _CALL.finditer(text):
        end = box_end(text, call.end())
        if end > 0 and not re.search(r"[.!?;…]", text[call.start() : end].rstrip(".!… ")):
            if len(text[call.start() : end].split()) <= _LONGEST:
                spans.append((call.start(), end))
    return spans


def group_call_cuts(text: str) -> set[int]:
    """Where an invitation to join the site's group starts and ends in a paragraph."""
    return {i for span in _spans(text) for i in span}


def group_call(text: str) -> bool:
    """`text` is an invitation to join the site's group, whole."""
    stripped = text.strip()
    return any(start == 0 and not stripped[end:].strip(" .!") for start, end in _spans(stripped))
