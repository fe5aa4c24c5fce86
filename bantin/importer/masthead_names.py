"""A paper's name told by its shape, as `bylines.is_source_name` asks it: how many words a masthead
opening with its kind (`Báo`, `Tạp chí`, `Đài`) may have, and a masthead of two nouns joined by `&`.

A masthead's words are its nouns: the `&` or `và` joining two of them is a sign, no word of its own
(`Báo ảnh Dân tộc và Miền núi`, TTXVN's pictorial, is as long as `Báo Dân tộc Miền núi Tây Nguyên`).
A masthead of two nouns joined by `&` (`Nhà báo & Công luận`, `Giáo dục & Thời đại`, `Khoa học &
Phát triển`) is told from a writer's office (`Sở Tài nguyên & Môi trường`, `Khoa Y & Dược`) by its
first word: an office's head stands alone, but `Khoa học` (science) is one word, not the faculty's
`Khoa` before a name.
A broadcaster's kind spelled out (`Phát thanh và Truyền hình`, `Phát thanh - Truyền hình`, and the merged
provincial papers' `Báo và Phát thanh, Truyền hình`) is one noun, as its initials `PT-TH` are
(`short_kind`): `Đài Phát thanh và Truyền hình Lào Cai` is as long as `Đài PT-TH Lào Cai`."""

from __future__ import annotations

import re

from ..core.text import CAPITALS

__all__ = ["masthead_words", "paired_masthead", "short_kind"]

#: What joins two nouns of a masthead: no word of its own.
_JOINS = frozenset({"&", "và"})
#: A broadcaster's kind spelled out, its two nouns joined by `và`, a comma or a dash.
_BROADCAST_KIND = re.compile(r"\bPhát thanh\s*(?:,|\svà|\s[-–])\s*Truyền hình\b", re.IGNORECASE)


def masthead_words(words: list[str]) -> int:
    """How many words a masthead's `words` count: its nouns, not the sign or `và` joining them."""
    return sum(1 for word in words if word not in _JOINS)


# Each side a phrase of one to three words opening with a capital. The sentence case (a word in lower
# case) tells it from two writers signing together (`Hải Yến & Minh Châu`).
_AMPERSAND_MASTHEAD = re.compile(
    rf"^[{CAPITALS}][^\W\d_]*(?: [^\W\d_]+){{0,2}} & [{CAPITALS}][^\W\d_]*(?: [^\W\d_]+){{0,2}}$"
)
_OFFICES = frozenset("Bộ Sở Ban Cục Chi Vụ Viện Trường Khoa Phòng Trung Công Hội Ủy Uỷ Tổng Đoàn".split())
#: Words an office's head opens without being one: `Khoa học` is science, not a faculty's `Khoa`.
_NOT_OFFICES = frozenset({"Khoa học"})


def short_kind(text: str) -> str:
    """`text` with a broadcaster's kind spelled out written as its initials (`Phát thanh, Truyền hình`
    → `PT-TH`), so a station's or a merged paper's whole name counts as its short one."""
    return _BROADCAST_KIND.sub("PT-TH", text)


def paired_masthead(text: str) -> bool:
    """`text` is a paper's name of two nouns joined by `&`, in sentence case, not an office's name."""
    words = text.split()
    if not _AMPERSAND_MASTHEAD.match(text) or not any(word.islower() for word in words):
        return False
    return words[0] not in _OFFICES or " ".join(words[:2]) in _NOT_OFFICES
