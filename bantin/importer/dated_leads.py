"""The lead's dated opening run into the summary's words: a one-line body where the menu, then the
lead's first words (`… Nghe đài Tải ứng dụng Ngày 22/6, Ban Đối ngoại tổ chức lễ kỷ niệm 60 năm |
Chương trình phát thanh tiếng Lào …`) stand before the words the summary opens with. The summary
skipped the lead's opening (its time, its subject, its verb), so the story starts at that opening, not
at the summary's words: no menu's item opens with a day and a comma and runs on in a sentence's lower
case to the summary with no stop."""

from __future__ import annotations

import re

from ..core.text import SMALL_LETTERS

__all__ = ["dated_opening"]

# The lead's opening: its dateline if any (`VOV.VN -`, `(TTXVN) -`), a time of day and a date
# (`Ngày 22/6,`, `Sáng 5/1,`, `Chiều qua,`), then the sentence with no stop to the end (a figure's
# point, `1.000`, is no stop), a word in lower case in it.
_OPENING = re.compile(
    r"(?<!\S)(?:\(?[\w.]{2,15}\)?\s*[-–]\s*)?"
    r"(?:Ngày|Sáng|Chiều|Tối|Trưa|Đêm|Rạng sáng|Hôm)\s+(?:\d{1,2}/\d{1,2}(?:/\d{4})?|qua|nay)\s*,\s+"
    r"(?P<going>(?:[^.!?]|(?<=\d)\.(?=\d))*)$"
)
_SMALL_WORD = re.compile(rf"(?<!\S)[{SMALL_LETTERS}]")


def dated_opening(head: str) -> int | None:
    """Where the lead's dated opening starts in `head` (what stands before the summary's words), when
    its sentence runs on to the end of `head` with no stop and a word in lower case; else None."""
    match = _OPENING.search(head)
    if match is None or not _SMALL_WORD.search(match.group("going")):
        return None
    return match.start()
