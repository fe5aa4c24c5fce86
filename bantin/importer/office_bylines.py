"""Where a page's buttons close a writer's byline signed with their office after a dash, no label
before it (`Thu Hương - Hội LHPN huyện Đánh giá bài viết Rất hay (0)`, `Nguyễn Hoa - Trung tâm TT-VH
thị xã Đánh giá bài viết Chưa có đánh giá`): a local portal's credit, its rating box run into it. The
byline stays whole and the buttons stand apart (a labelled credit's are `widgets.buttons_after_credit`'s).
A station's link to the bulletin the story was broadcast in (`Hồng Sơn - Văn Trường Xem bản tin Thời sự
20h ngày 28/11/2024`) is cut off the writers' names the same way (`bulletin_after_byline`).

`_OFFICE_WORDS` is how far after the byline's dash the buttons are looked for, the office's name in a
byline's own words (`Trung tâm TT-VH thị xã`, no head word asked): not `signing_offices.office_name`'s
job (an office's name alone on its line, a body's head word first), so a limit of its own."""

from __future__ import annotations

import re

from ..core.text import CAPITALS
from .bylines import parse_byline
from .widgets import leading_buttons

#: A writer's name of two to four words in capitals, a dash, the office: opening the text or after a stop.
_SIGNED = re.compile(rf"(?:^|(?<=[.!?…\"”)]\s))(?:[{CAPITALS}]\w*\s+){{1,3}}[{CAPITALS}]\w*\s+[-–]\s+\S")
_OFFICE_WORDS = 8  # an office's name is short (`Trung tâm TT-VH thị xã`)


def buttons_after_office(text: str) -> list[int]:
    """Where buttons closing a byline of a writer and their office start, and where they end (nothing
    when no byline so read comes before a run of buttons followed by a capital or nothing)."""
    for signed in _SIGNED.finditer(text):
        start = signed.start()
        tokens = list(re.finditer(r"\S+", text[signed.end() - 1 :]))[1 : _OFFICE_WORDS + 1]
        for token in tokens:
            at = signed.end() - 1 + token.start()
            rest = text[at:]
            end = leading_buttons(rest) if rest[:1].isupper() else 0
            if not end or not (rest[end:].lstrip()[:1] or "A").isupper():
                continue
            byline = parse_byline(text[start:at])
            if byline is not None and byline.author:
                return [at, at + end]
            break  # the first run of buttons ends the office, a byline or not
    return []


# A station's link to a bulletin or a programme (`Xem bản tin …`, `Nghe lại chương trình …`), after a word.
_BULLETIN = re.compile(r"(?<=\S)\s+(?=(?:Xem|Nghe)(?: lại)? (?:bản tin|chương trình|phóng sự)\b)")
# Where the writers' names may start: the text's start or a sentence's end.
_AFTER_STOP = re.compile(r"(?:^|(?<=[.!?…\"”]))\s*")


def bulletin_after_byline(text: str) -> list[int]:
    """Where a station's link to its bulletin starts right after the writers' names, no label before them
    (`… đường 7. Hồng Sơn - Văn Trường Xem bản tin Thời sự 20h …`): the names are a byline of their own."""
    cuts = []
    for m in _BULLETIN.finditer(text):
        start = max(s.end() for s in _AFTER_STOP.finditer(text, 0, m.start()))
        byline = parse_byline(text[start : m.start()])
        if byline is not None and byline.author:
            cuts.append(m.end())
    return cuts
