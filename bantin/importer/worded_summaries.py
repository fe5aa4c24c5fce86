"""The summary worded slightly otherwise than the lead it sums up (`UBND TP Hồ Chí Minh phê duyệt quy
hoạch …` over the lead's `UBND TP Hồ Chí Minh vừa phê duyệt quy hoạch …`): its first eight words,
matched exactly, anchor nothing, so a box of headlines run into the lead (`Tin mới nhất Hà Nội duyệt …
Đà Nẵng mở rộng … UBND TP …`) has no edge. Where the page's first blocks hold no exact opening but hold
one with a word or two more or fewer (the lead's own adverb, an article the summary drops), both
opening with the summary's first two words, the summary's opening is worded as the lead's, so that
`anchors` cuts where the lead starts. A summary whose words the page does not hold so is left as it is."""

from __future__ import annotations

from .furniture import key
from .parsed import Block

__all__ = ["worded_summary"]

_OPENING = 8  # the summary's words `anchors` match (its `_OPENING_WORDS`)
_SLACK = 2  # words more or fewer the lead's opening may have
_FIRST = 2  # the summary's first words the lead's opening starts with, exactly
_BLOCKS = 8  # the page's first blocks, where the lead stands


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
            if keys[start : start + _FIRST] != wanted[:_FIRST]:
                continue
            end = _aligned_end(wanted, keys[start : start + len(wanted) + _SLACK])
            if end is not None:
                return " ".join([*said[start : start + end], *words[_OPENING:]])
    return summary


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
