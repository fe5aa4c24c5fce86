"""The newsroom's own notes printed with a story: an editor's note over the lead (`LTS: …`, `Lời tòa
soạn: …`, `Ghi chú của tòa soạn: …`) and a correction (`Đính chính: …`). They look like a page's
furniture (a label, a colon, words about the paper itself) but say something about this story, so an
editor keeps them. On a one-line body the menu above the story runs into them (`Trang chủ Tòa án Xét
xử Đính chính: Trong bài …`): `note_starts` says where such a note starts, so the menu goes alone and
the note is judged as the sentence it is. A page's summary often skips the note's label (`Lộ trình tăng
tuổi nghỉ hưu …` under `Tòa soạn: Lộ trình …`): `note_label_at` finds the label before the summary's
words, which stays with its note instead of going with the menu before it."""

from __future__ import annotations

import re

from ..core.text import CAPITALS

__all__ = ["note_label_at", "note_starts"]

# The labels newsrooms give their notes, each followed by a colon and a sentence in title case. The
# class is closed (these are the conventions of Vietnamese papers), so they are named, not guessed.
_NOTE_LABEL = re.compile(
    r"(?<=\S)\s+(?=(?:LTS|Lời (?:tòa|toà) soạn|LỜI (?:TÒA|TOÀ) SOẠN|Ghi chú của (?:tòa|toà) soạn|"
    r"Lời giới thiệu|Đính chính|ĐÍNH CHÍNH)\s*:\s*[“\"]?[" + CAPITALS + r"])"
)


def note_starts(text: str) -> list[int]:
    """Where a newsroom's note (`LTS:`, `Lời tòa soạn:`, `Đính chính:`) run into the words before it
    starts."""
    return [m.end() for m in _NOTE_LABEL.finditer(text)]


# A note's label closing the words before the summary's (`… Đăng nhập Tòa soạn:` over `Lộ trình …`): the
# footer's field (`Tòa soạn: 61 Trần Thúc Nhẫn`) carries its address, the note's label a sentence.
_LABEL_LAST = re.compile(
    r"(?:^|(?<=\s))(?:LTS|Lời (?:tòa|toà) soạn|LỜI (?:TÒA|TOÀ) SOẠN|Ghi chú của (?:tòa|toà) soạn|"
    r"(?:Tòa|Toà) soạn|TÒA SOẠN|Lời giới thiệu|Đính chính|ĐÍNH CHÍNH)\s*:\s*$"
)


def note_label_at(text: str) -> int | None:
    """Where the label of a newsroom's note that ends `text` starts (`Tòa soạn:`, `LTS:`), if one does."""
    found = _LABEL_LAST.search(text)
    return found.start() if found else None
