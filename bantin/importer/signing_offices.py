"""An office signing the story instead of a person: its name alone on a short line (`Phòng Hợp tác quốc
tế`, `Ban Truyền thông`, `Phòng Quản lý Đào tạo`), which a school's, a hospital's, a firm's or a
department's site prints under its notice where a newsroom prints its writer's name.

`office_name` says whether a short line is such a name: a body's head word (`kinds.ORG_HEADS`' of one
word: `Ban`, `Sở`, `Cục`, and `Phòng`), a capital after it, a few words, no figure and no sentence's
mark; a section's label or a menu's item is no office (`Phòng chống tham nhũng`, `Ban đọc`, `Thời sự`).
It is the one test of the modules that read an office's signature: `marked_ends` (the story ends under
it) and `closing_contacts` (an office's fields, its name under them)."""

from __future__ import annotations

from ..tagging.kinds import ORG_HEADS

__all__ = ["office_name"]

_HEADS = frozenset(head for head in ORG_HEADS if " " not in head) | {"Phòng"}
_WORDS = 6  # an office's name (`Phòng Quản lý nhà và Công sở`, `Ban Quản lý dự án …`)


def office_name(text: str) -> bool:
    """`text` is an office's name alone (`Phòng Tuyển sinh`, `Ban Truyền thông`): a body's head word, a
    capital after it, no more than `_WORDS` words, no figure and no sentence's mark."""
    words = text.split()
    plain = not any(c.isdigit() or c in ".:;,!?" for c in text)
    return plain and 2 <= len(words) <= _WORDS and words[0] in _HEADS and words[1][:1].isupper()
