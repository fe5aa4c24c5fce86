"""A print edition's note a paper's site sets in its online copy of a story, between two paragraphs or
under the last: where and when the story was printed (`Bài đăng trên Báo Hải quan số 68 ra ngày
6/6/2024`, `(Bài đăng trên ấn phẩm Tạp chí Tài chính kỳ 1 tháng 6/2024)`, `Bài in trên Tạp chí Cộng sản
số 1020 (tháng 10-2023)`). It is the site's: its opening words (`Bài đăng trên`, `Bài in trên`), a
paper's kind and name, an issue's number and its day or month, nothing more. Run into the caption or
the sentence after it in a one-line body, it ends with its issue's day or month when a capital opens
what follows (`… ra ngày 6/6/2024 Cán bộ hải quan kiểm tra …`); a story's sentence telling what a
paper printed goes on in small letters (`Bài đăng trên Báo X số 5 ra ngày 2/1/2024 đã phản ánh …`)
or opens in the middle of a sentence (`… theo bài đăng trên …`), and stays."""

from __future__ import annotations

import re

from ..core.sentences import ends_sentence
from ..core.text import CAPITALS

__all__ = ["PRINT_NOTE_REASON", "print_note", "print_note_cuts"]

PRINT_NOTE_REASON = "a print edition's note (`Bài đăng trên Báo … số 68 ra ngày …`)"

_PAPER = r"(?:ấn phẩm\s+(?:\S+\s+){0,2}?)?(?:Báo|Tạp chí|Đặc san|Bản tin|Nguyệt san|Tuần báo|Nhật báo)"
_NAME = rf"\s+[{CAPITALS}\d][^\s.!?]*(?:\s+[^\s.!?]+){{0,5}}?"
_ISSUE = r"(?:\s+(?:số|Số|kỳ|Kỳ)\s+\d+[A-Za-z]?(?:\s*[-+/]\s*\d+)?)"
_WHEN = (
    r"(?:,?\s+(?:ra\s+|phát hành\s+)?(?:ngày|tháng)\s+\d{1,2}(?:[-/.]\d{1,2})?(?:[-/.]\d{4})"
    r"|\s+\(\s*(?:ra\s+)?(?:ngày|tháng)\s+\d{1,2}(?:[-/.]\d{1,2})?(?:[-/.]\d{4})\s*\))"
)
_NOTE = re.compile(
    rf"\(?Bài(?:\s+viết)?(?:\s+đã)?(?:\s+được)?\s+(?:đăng|in)\s+(?:trên|tại)\s+{_PAPER}{_NAME}"
    rf"(?:{_ISSUE}{_WHEN}?|{_WHEN})\)?\.?"
)


def print_note(text: str) -> str | None:
    """The reason `text` is a print edition's note, whole, or None."""
    return PRINT_NOTE_REASON if _NOTE.fullmatch(text.strip()) else None


def print_note_cuts(text: str) -> set[int]:
    """Where such a note stands apart from what it was run into: after a sentence's stop (or the text's
    start) and before a capital opening the next unit (or the text's end)."""
    cuts: set[int] = set()
    for m in _NOTE.finditer(text):
        before, after = text[: m.start()], text[m.end() :]
        opens = not before.strip() or ends_sentence(before)
        if opens and (not after.strip() or re.match(rf"\s+[{CAPITALS}]", after)):
            cuts.update(m.span())
    return cuts
