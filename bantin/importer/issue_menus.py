"""A journal's or a magazine's issue menu over the article (`Lý luận chính trị Số 12/2024 Nghiên cứu lý
luận`, `Viện Nghiên cứu Y học Cộng đồng Tập 65 Số 8 (2024) Nghiên cứu gốc`): the names of the journal
and its section around the number of the issue the article is printed in (`Số 12/2024`, `Số 48-2024`,
`Tập 65 Số 8 (2024)`). A unit before the first sentence that holds such a number among names, no
sentence and no grammar word, is the page's head (`bounds.article_start` reads it as a menu); a
decree's number (`Số 12/2024/NĐ-CP`) goes on past the year, so it is none."""

from __future__ import annotations

import re

from .furniture import signals

__all__ = ["issue_menu"]

_ISSUE = re.compile(r"(?<!\w)(?:Tập\s+\d{1,3},?\s+)?Số\s+\d{1,3}(?:\s*[/-]\s*\d{4}|\s+\(\d{4}\))(?![/\w-])")
_MOST_WORDS = 16


def issue_menu(text: str) -> bool:
    """`text` is an issue's menu: a number of an issue among names, nothing a sentence has."""
    found = signals(text)
    if _ISSUE.search(text) is None or found.sentence or found.grammar or found.words > _MOST_WORDS:
        return False
    rest = _ISSUE.sub(" ", text).split()
    return bool(rest) and rest[0][:1].isupper() and not re.search(r"[.,;:!?]", " ".join(rest))
