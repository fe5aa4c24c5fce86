"""A run of words in capitals inside mixed-case text: a section's header run into the text (`CÓ THỂ
BẠN QUAN TÂM`, `XEM TRỰC TIẾP`), where `units` cuts the text. Not acronyms (`UBND TP HCM`), not a
byline in capitals after its label or between two writers' names, and not the two or three capitals
that close a name in title case (`Bình Định TV`, a station's name over its menu: the run starts after
them)."""

from __future__ import annotations

import re

from .furniture import shouting
from .widgets import CREDIT_LABEL
from .writers import titles_a_person

__all__ = ["capital_runs"]

_BYLINE_LABEL_END = re.compile(CREDIT_LABEL + "$")
_DASHES = ("-", "–")
# Two or three capitals closing a name in title case (`Bình Định TV`, `Hà Nội FM`), no header's word.
_NAMED_ACRONYM = re.compile(r"[A-Z]{2,3}")


def capital_runs(text: str) -> list[int]:
    """Where a run of three or more words in capitals starts inside mixed-case text (a section
    header such as `CÓ THỂ BẠN QUAN TÂM` run into the text); not after a dash between two writers'
    names in capitals (`SÙNG A PÁO - LẦU THỊ MAI`), one byline, nor at a name's closing capitals
    (`Bình Định TV` | `XEM TRỰC TIẾP`)."""
    cuts = []
    tokens = list(re.finditer(r"\S+", text))
    for i in range(1, len(tokens) - 2):
        run = [t.group(0) for t in tokens[i : i + 3]]
        before = tokens[i - 1].group(0)
        if _NAMED_ACRONYM.fullmatch(run[0]) and before.istitle():
            continue  # `Bình Định TV` | `XEM TRỰC TIẾP`: the name's, the run starts after them
        named = i > 1 and _NAMED_ACRONYM.fullmatch(before) and tokens[i - 2].group(0).istitle()
        # a header's words, not acronyms (`UBND TP HCM`, `TNHH TM DV`): one at least is Vietnamese
        if (
            all(shouting(w) for w in run)
            and not ((shouting(before) and not named) or titles_a_person(before))
            and not (i > 1 and before in _DASHES and shouting(tokens[i - 2].group(0)))
            and not "".join(run).replace("Đ", "D").isascii()  # `(ĐHQG TP HCM)`, `HĐND` are acronyms
        ):
            if not _BYLINE_LABEL_END.search(text[: tokens[i].start()]):  # `Bài và ảnh: NGUYỄN THU HẰNG`
                cuts.append(tokens[i].start())
    return cuts
