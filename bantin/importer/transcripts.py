"""Lines of an interview or a press conference told as questions and answers, and the entries of a
live blog opening with their time: the story's, whatever their shape.

An interview prints each turn under its speaker's label (`PV: …?`, `Phóng viên Báo X: …?`, `Ông
Nguyễn Văn A: …`, `Hỏi: … Đáp: …`); a turn is often short, asks a question or ends with no stop, so
it reads as a headline, and under a list's header over the page (`Tin nổi bật`) it would be taken for
one of the list's. Headlines of a box do not talk to each other: a speaker asking a question, another
answering, the first speaking again (labels A, B, A: the same first words, `Phóng viên Báo X` and
`Phóng viên`, or a name's same last word, `Cục trưởng … Hoàng Minh Đức` and `Ông Hoàng Minh Đức`)
is a dialogue, and its lines are the story's.

A live blog tells its story in entries opening with their time (`17h40: …`, `Phút 45+2: …`, `14:05 …`),
often with no stop; its first entry standing alone under the page's header reads as a headline. A
run of such entries is the story's from its first: the article starts there."""

from __future__ import annotations

import re

__all__ = ["entries_start", "in_dialogue"]

# A speaker's label: up to twelve words (a title, an office, a name), capitalised, before a colon and
# the turn (`Ông Lê Văn Hòa: `).
_LABEL = re.compile(r"^((?:[^\W\d_][\w.]*)(?:\s+[\w.&/()]+){0,11}?)\s*:\s+\S")
_SPAN = 4  # the turns looked at from a line: its own, and three after or before it


def _label(text: str) -> tuple[str, ...] | None:
    found = _LABEL.match(text)
    if found is None or not found.group(1)[:1].isupper():
        return None
    return tuple(found.group(1).casefold().split())


def _same(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """The same speaker: the same first words (`PV` and `PV Báo Mới`, `Phóng viên Báo X` and `Phóng
    viên`), or a name's same last word (`Ông Bình`, `Ông Trần Văn Bình`)."""
    n = min(len(a), len(b), 2)
    return a[:n] == b[:n] or (len(a) >= 2 and len(b) >= 2 and a[-1] == b[-1])


def in_dialogue(texts: list[str], index: int) -> bool:
    """`texts[index]` is a turn of a dialogue (see the module's docstring): among the lines around it,
    labels A, B, A in a row, one of A's lines a question."""
    low, high = max(0, index - _SPAN + 1), min(len(texts), index + _SPAN)
    for start in range(low, high - 2):
        if not start <= index < start + _SPAN:
            continue
        first, second, third = (_label(texts[start + k]) for k in range(3))
        if first and second and third and _same(first, third) and not _same(first, second):
            if texts[start].rstrip().endswith("?") or texts[start + 2].rstrip().endswith("?"):
                return True
    return False


# An entry's time opening it: `17h40:`, `7h15:`, `14:05`, `Phút 45+2:`, `Phút 90+4`.
_ENTRY = re.compile(
    r"^(?:\d{1,2}h\d{2}\s*:|\d{1,2}:\d{2}\s(?!\s*\d{1,2}/)|[Pp]hút\s+\d{1,3}(?:\+\d{1,2})?\s*:?\s)"
)


def entries_start(texts: list[str], start: int) -> int:
    """Where the article starts once the run of a live blog's entries that `start` is in or just after
    goes back to its first entry (`start` itself when the unit at `start` is no entry)."""
    if start >= len(texts) or not _ENTRY.match(texts[start]):
        return start
    first = start
    while first > 0 and _ENTRY.match(texts[first - 1]):
        first -= 1
    return first
