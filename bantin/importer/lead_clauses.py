"""A lead that opens with its source or place and a clause's comma (`Theo Viện Vệ sinh dịch tễ Trung
ương, từ đầu năm …`, `Tại Hội nghị Trung ương 10, …`): a preposition in its capital opening a sentence,
the name it governs in capitals after it, then the comma that closes the clause within a few words; or
with its purpose (`Nhằm tạo thuận lợi cho bà con …, Tổng Lãnh sự quán …`: `Nhằm` or `Để`, a verb).
A menu's item never opens with such a word before a clause and its comma, so where such a lead
follows the last items of a header already cut off (`… Tạp chí Y học dự phòng Tin hoạt động | Theo
Viện …`), the capital after the preposition goes on no item of the menu: `item_menus` may cut there;
so may it before a lead opening with a span of time in figures (`… Đặt mua tạp chí | 6 tháng đầu năm
2025, Việt Nam có …`), which goes on no item's name.

It is the one test of a sentence opening with a clause and its comma: one walk to the clause's comma
(`_comma_closes`), its limits and the words it lets before the comma its callers' (`opens_clause` for
`item_menus`; `opens_plain_clause`, `Sau show diễn,`, and `opens_placed_clause`, `Về Biển Đông,`, for
`linked_headlines`, which cuts a related headline off the sentence such a clause opens)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..core.sentences import PREPOSITIONS

__all__ = ["opens_clause", "opens_placed_clause", "opens_plain_clause", "opens_span"]

# A preposition a lead opens with before the name of its source, place or occasion, or a word opening
# its purpose before the verb in small letters (`Nhằm tạo thuận lợi cho …, Tổng Lãnh sự quán …`).
_OPENING = re.compile(r"(?:(?:Theo|Tại|Trong|Từ|Với|Qua)\s+(?=[^\W\d_])|(?:Nhằm|Để)\s+(?=[^\W\d_A-ZĐ]))")
_CLAUSE_WORDS = 12  # the words of the clause, up to its comma (`Theo Viện … Trung ương,`: seven)


def opens_clause(text: str) -> bool:
    """`text` opens with a preposition and the name it governs, closed by a comma within twelve words,
    no stop before it."""
    opening = _OPENING.match(text)
    if opening is None:
        return False
    return _comma_closes(text[opening.end() :].split(), _CLAUSE_WORDS, _no_stop)


def opens_plain_clause(words: list[str]) -> bool:
    """`words` open with a clause: a word in capitals, then one to four in lower case, the last with its
    comma (`Sau show diễn,`, `Tối qua,`)."""
    return _comma_closes(words[1:], 4, _lower)


def opens_placed_clause(words: list[str]) -> bool:
    """`words` open with a clause on a subject or a place that names it (`Về Biển Đông,`, `Tại Viêng
    Chăn,`): a preposition in a capital, which no name holds, then one to three words, the last with
    its comma."""
    if words[0].lower() not in PREPOSITIONS:
        return False
    return _comma_closes(words[1:], 3, lambda word: True)


def _comma_closes(words: Sequence[str], most: int, goes_on: Callable[[str], bool]) -> bool:
    """A comma closes one of the first `most` of `words`, each up to it one that `goes_on` lets stand
    in the clause."""
    for word in words[:most]:
        if not goes_on(word):
            return False
        if word.endswith(","):
            return True
    return False


def _no_stop(word: str) -> bool:
    """`word` ends no sentence nor its part (its comma closes the clause)."""
    return word.endswith(",") or not word.endswith((".", ":", ";", "!", "?"))


def _lower(word: str) -> bool:
    """`word` is in small letters, letters alone but for its comma."""
    return word.rstrip(",").isalpha() and word.islower()


# A lead opening with a span of time in figures and its comma (`6 tháng đầu năm 2025, Việt Nam có …`,
# `9 tháng năm 2025, kim ngạch …`): a figure, a unit of time, up to its comma within a few words.
_SPAN = re.compile(r"\d+\s+(?:tháng|năm|ngày|tuần|quý)(?:\s+[^\s,.:;!?]+){0,4},")


def opens_span(text: str) -> bool:
    """`text` opens with a span of time in figures closed by its comma (`6 tháng đầu năm 2025, …`)."""
    return _SPAN.match(text) is not None
