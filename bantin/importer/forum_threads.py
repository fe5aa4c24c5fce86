"""A forum's thread under its first post: where the readers' part of the page begins.

A forum prints each post in a box: the member's card (`tuananh_street Thành viên Bài viết: 412 Đã
thích: 1.023`, `Senior Member`, `Tham gia: 05/2020`), the post's number (`#2`), its text, then its
buttons (`Thích`, `Trích dẫn`, `Trả lời`). A scrape runs the boxes of the first post's writer and of
the replies on after the post the newsroom quotes, and the box of what the reader may do under the thread
(`Quyền viết bài`, `Bạn không được phép gửi bài mới`). A card is what no story prints: a member's count of
posts or likes, or the day they joined, under its label, or a rank of the forum's in English. From the
first card after the story's first sentence on, the page is the thread's: the replies (sentences as
well written as the story's), the signatures, the login wall to reply; and so is the first post's
own footer just above the card (its buttons, a counter, `Sửa lần cuối: 08/07/2024`: short units with a
figure or a furniture word). A post that quotes another (`Bác X viết: "…"`) has no card: it stays.

`post_number_cuts` parts a post's number from the sentence it is run into (`… rất đáng tiền. #1
tuananh_street …`), for the card after it to be read in a unit of its own."""

from __future__ import annotations

import re

from .furniture import Signals

__all__ = ["REASON", "post_number_cuts", "thread_after_post"]

REASON = "a forum's thread after the post (a member's card, the replies under it)"

_CARD = re.compile(
    r"(?<!\w)(?:Bài viết|Bài gửi|Đã thích|Được thích|Lượt thích|Điểm thích|Tham gia|Ngày tham gia|"
    r"Posts|Messages|Joined|Reaction score)\s*:\s*\d[\d.,/]*(?!\w)"
    r"|(?<!\w)(?:Senior|Junior|Active|New|Well-known) [Mm]ember(?!\w)"
)
_LIKES = re.compile(r"(?:Đã|Được|Lượt|Điểm) thích")
_STORY_COUNTER = re.compile(r"(?<!\w)(?:Bình luận|Lượt xem|Lượt đọc|Chia sẻ)\s*:\s*\d")
# The forum's box of what the reader may do under the thread (`Quyền viết bài`, `Bạn không được phép gửi
# bài mới`, `Bạn được phép trả lời bài viết`): a line of its own, no stop; a story's rule is a sentence.
_PERMISSIONS = re.compile(
    r"Quyền (?:viết|gửi|đăng) bài|Bạn (?:không )?(?:được|có) (?:phép|quyền) "
    r"(?:gửi|đăng|sửa|xóa|trả lời|viết)(?: (?:bài|chủ đề|file|tập tin|trả lời)[^.!?]{0,20})?"
)
# A post's number after a sentence's stop (`… đáng tiền. #1 tuananh_street`), not a hashtag (`#MuaHeXanh`).
_POST_NUMBER = re.compile(r"(?<=[.!?…”\"]\s)#\d{1,4}(?=\s)")
# What a post's footer holds over the card: a few words, a figure or a furniture word, no sentence.
_FOOTER_WORDS = 6


def member_card(text: str) -> bool:
    """`text` holds a member's card: a count under its label (`Bài viết: 412`) or a forum's rank; or
    is a line of the forum's box of permissions under the thread. A count of likes beside the story's
    count of comments or views (`Lượt thích: 42 | Bình luận: 0`) is the story's counters, no card."""
    cards = [m.group(0) for m in _CARD.finditer(text)]
    if cards and all(_LIKES.match(c) for c in cards) and _STORY_COUNTER.search(text):
        return False
    return bool(cards) or _PERMISSIONS.fullmatch(text.strip()) is not None


def post_number_cuts(text: str) -> set[int]:
    """Where a post's number run into the sentence before it starts its unit."""
    return {m.start() for m in _POST_NUMBER.finditer(text)}


def thread_after_post(
    kinds: list[tuple[str, str]], found: list[Signals], texts: list[str], first: int
) -> list[tuple[str, str]]:
    """`kinds` with the units from the first member's card after the story's first sentence (`first`)
    on, and the post's footer just above it, made chrome."""
    card = next((i for i in range(first + 1, len(texts)) if member_card(texts[i])), None)
    if card is None:
        return kinds
    start = card
    while start - 1 > first and _footer(kinds[start - 1], found[start - 1], texts[start - 1]):
        start -= 1
    return [*kinds[:start], *(("chrome", REASON) for _ in kinds[start:])]


def _footer(kind: tuple[str, str], found: Signals, text: str) -> bool:
    """A unit of the post's footer: chrome already, or short with a figure or a furniture word."""
    if kind[0] == "chrome":
        return True
    short = kind[0] == "short" and found.words <= _FOOTER_WORDS and not found.sentence
    return short and (found.weak > 0 or any(c.isdigit() for c in text))
