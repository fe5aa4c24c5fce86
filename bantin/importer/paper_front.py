"""A paper's front as a journal prints it at the story's top: its abstract's label alone over the
abstract (`Tóm tắt:`, `TÓM TẮT`, `Abstract:`) and its keywords under it (`Từ khóa: chuyển đổi số; năng
suất lao động.`, `Keywords: …`) are the author's and stay. The same keywords' label over the page's tags
after the story (`Từ khóa: gia đình, xã hội học`) is the site's; the label's words are furniture either
way, so where the unit stands tells them apart: a few units of prose at most before it (the abstract, in
one language or two, or a structured one's parts), the last right before it, and the story going on
after it, two units of prose at least or one with nothing of the page's before it (a byline or a box
between the story and the page's tags tells them, and so does the one unit of headlines and masthead a
one-line body runs on after its tags and share bar)."""

from __future__ import annotations

import re

from .tag_runs import TAG_RUN

__all__ = ["ABSTRACT", "KEYWORDS", "REFERENCES", "paper_front"]

#: The reasons a paper's abstract's label and its keywords are kept.
ABSTRACT = "the label of the paper's abstract, over it"
KEYWORDS = "the paper's keywords under its abstract, the story after them"
REFERENCES = "the paper's references under their header"

_KEYWORDS = re.compile(r"^(?:Từ kh[óo]a|TỪ KH[ÓO]A|Keywords?|KEYWORDS?)\s*:\s*\S")
_ABSTRACT_LABEL = re.compile(r"^(?:Tóm tắt|TÓM TẮT|Abstract|ABSTRACT)\s*:?$")
_REFERENCES = re.compile(r"^(?:Tài liệu tham khảo|TÀI LIỆU THAM KHẢO)\s*:?$")
# A reference: its number (`1.`, `[2]`) or its authors, and the year of the work in brackets or after
# them (`Ajzen, I. (1991), …`, `Bộ Tài chính (2020), …`).
_REFERENCE = re.compile(r"^(?:\[\d{1,3}\]|\d{1,3}\.)\s|\((?:19|20)\d\d[a-z]?\)")
# The abstract before the keywords: up to five units of prose (a structured abstract's `Mục tiêu:`,
# `Phương pháp:`, `Kết quả:`, `Kết luận:`, or one in Vietnamese and one in English).
_ABSTRACT_UNITS = 5
# The story after them: two units of prose at least (one is the headlines and the masthead a one-line
# body runs together after the page's tags, `… tội phạm Chuyên trang … - Báo Công an nhân dân.`).
_STORY_UNITS = 2


def paper_front(kinds: list[tuple[str, str]], texts: list[str]) -> list[tuple[str, str]]:
    """The kinds of the units `texts`: the abstract's label alone right before a unit of prose, and a
    unit under the keywords' label judged chrome where at most `_ABSTRACT_UNITS` units of prose stand
    before it, the last right before it, and some after it, made the story's."""
    kinds = list(kinds)
    prose = [i for i, (kind, _) in enumerate(kinds) if kind == "prose"]
    for i, text in enumerate(texts):
        if _REFERENCES.match(text) and texts[i + 1 : i + 2] and _REFERENCE.search(texts[i + 1]):
            j = i + 1
            while j < len(texts) and _REFERENCE.search(texts[j]):
                kinds[j], j = ("prose", REFERENCES), j + 1
            kinds[i] = ("prose", REFERENCES)
        elif _ABSTRACT_LABEL.match(text) and i + 1 in prose:
            kinds[i] = ("prose", ABSTRACT)
        elif kinds[i][0] == "chrome" and _KEYWORDS.match(text) and (i - 1 in prose or i == 0):
            if kinds[i][1] == TAG_RUN and not any(kind == ABSTRACT for _, kind in kinds[:i]):
                continue  # tags run into the story's next sentence, under no abstract: the site's
            after = [
                j for j in prose if j > i
            ]  # two units of story, or one with nothing of the page's before it
            clear = bool(after) and all(kinds[k][0] != "chrome" for k in range(i + 1, after[0]))
            going_on = len(after) >= _STORY_UNITS or clear
            if sum(1 for j in prose if j < i) <= _ABSTRACT_UNITS and going_on:
                kinds[i] = ("prose", KEYWORDS)
    return kinds
