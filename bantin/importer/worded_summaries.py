"""The summary worded slightly otherwise than the lead it sums up (`UBND TP Hồ Chí Minh phê duyệt quy
hoạch …` over the lead's `UBND TP Hồ Chí Minh vừa phê duyệt quy hoạch …`): its first eight words,
matched exactly, anchor nothing, so a box of headlines run into the lead (`Tin mới nhất Hà Nội duyệt …
Đà Nẵng mở rộng … UBND TP …`) has no edge. Where the page's first blocks hold no exact opening but hold
one with a word or two more or fewer (the lead's own adverb, an article the summary drops), both
opening with the summary's first four words and its capital, the summary's opening is worded as the
lead's, so that `anchors` cuts where the lead starts. The same words inside the lead's sentence are no
opening: a name the summary opens with and the lead gives more of (`Công đảng | Anh do …`, `tỉnh Bình
Thuận | đã cấp phép …`) parts from its first four words, and a sentence the summary reorders shares
its words before them (`Kỳ thi tốt nghiệp THPT năm 2025 tại Hòa Bình có …`). A summary whose words the
page does not hold so is left as it is."""

from __future__ import annotations

from .furniture import key
from .parsed import Block

__all__ = ["worded_summary"]

_OPENING = 8  # the summary's words `anchors` match (its `_OPENING_WORDS`)
_SLACK = 2  # words more or fewer the lead's opening may have
_FIRST = 4  # the summary's first words the lead's opening starts with, exactly (a name's own words)
_BLOCKS = 8  # the page's first blocks, where the lead stands
# Words that govern the name after them (`Theo số liệu của | Tổng cục Thống kê, GDP …`): the summary's
# opening there is inside the lead's opening clause, which it skips; no header ends so.
_GOVERNING = frozenset({"của", "theo", "tại", "ở", "cho", "với", "từ", "về", "và"})


def worded_summary(summary: str, blocks: list[Block]) -> str:
    """`summary` with its opening worded as the lead among the first of `blocks` words it, when the
    lead words it with a word or two more or fewer; else `summary` itself."""
    words = summary.split()
    wanted = [key(w) for w in words[:_OPENING]]
    if len(words) < 4 or not all(wanted[:_FIRST]) or len("".join(wanted)) < 15:
        return summary
    texts = [b.text for b in blocks[:_BLOCKS]]
    if any("".join(wanted) in key(text) for text in texts):
        return summary  # the exact opening stands: `anchors` finds it
    for text in texts:
        said = text.split()
        keys = [key(w) for w in said]
        for start in range(len(said) - _FIRST + 1):
            if keys[start : start + _FIRST] != wanted[:_FIRST] or said[start][:1] != words[0][:1]:
                continue  # not the summary's opening, or its words inside a sentence (`… người lao động …`)
            end = _aligned_end(wanted, keys[start : start + len(wanted) + _SLACK])
            if end is None or (start and said[start - 1].casefold() in _GOVERNING):
                continue
            if not _sentence_goes_on(said[:start], [key(w) for w in words]):
                return " ".join([*said[start : start + end], *words[_OPENING:]])
    return summary


def _sentence_goes_on(before: list[str], summary: list[str]) -> bool:
    """The words `before` the opening since the last full stop share three words in a row with the
    summary: the lead's sentence started there and the summary reorders it (`Kỳ thi tốt nghiệp THPT
    năm 2025 tại Hòa Bình có …` summed up as `Hòa Bình có … tốt nghiệp THPT năm 2025`), no header."""
    since = len(before) - next(
        (i for i, w in enumerate(reversed(before)) if w.endswith((".", "!", "?"))), len(before)
    )
    keys = [k for w in before[since:] if (k := key(w))]  # a dash is no word
    summary = [k for k in summary if k]
    said = {tuple(summary[i : i + 3]) for i in range(len(summary) - 2)}
    return any(tuple(keys[i : i + 3]) in said for i in range(len(keys) - 2))


def _aligned_end(wanted: list[str], keys: list[str]) -> int | None:
    """How many of `keys` hold all of `wanted` in order with at most `_SLACK` words added or left
    out (no word changed), ending on `wanted`'s last word; None when they do not."""
    best: int | None = None
    # distance[j]: the fewest edits aligning wanted[:i] with keys[:j], row by row
    row = list(range(len(keys) + 1))
    for i in range(1, len(wanted) + 1):
        new = [i] + [0] * len(keys)
        for j in range(1, len(keys) + 1):
            same = row[j - 1] if wanted[i - 1] == keys[j - 1] else _SLACK * 9
            new[j] = min(same, row[j] + 1, new[j - 1] + 1)
        row = new
    for j in range(len(wanted) - _SLACK, min(len(keys), len(wanted) + _SLACK) + 1):
        if 0 < row[j] <= _SLACK and keys[j - 1] == wanted[-1] and (best is None or row[j] < row[best]):
            best = j
    return best
