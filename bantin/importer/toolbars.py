"""An old portal's toolbar run into the text: its links printed in square brackets (`Quỳnh Anh
[Đóng cửa sổ] Về trang trước`, `[ Quay lại ] [ Đầu trang ] [ In trang ]`), or three of its buttons
or more in a row, each opening in a capital (`Phóng viên VOV miền Trung Lên đầu trang Gửi cho bạn bè
Bản in Đài Tiếng nói Việt Nam …`). A story prints neither: a button's name in a sentence stands alone
(`… bấm Chia sẻ để …`), with no bracket round it. Where the toolbar starts and ends, a unit does
(`units.split_units`), so the byline before it and the footer after it are read on their own, and the
toolbar is judged as buttons (`widgets.buttons`).
"""

from __future__ import annotations

import re

from ..core.sentences import sentence_after
from .widgets import widget_spans

__all__ = ["toolbar_cuts"]

_MOST = 3  # buttons in a row that no sentence prints
_BETWEEN = re.compile(r":?[\s|/·•]*")  # what separates a toolbar's buttons


def toolbar_cuts(text: str) -> set[int]:
    """Where a toolbar in `text` starts and ends (none: an empty set)."""
    spans = widget_spans(text)
    cuts: set[int] = set()
    for start, end in spans:  # `[Đóng cửa sổ]`: a link in brackets
        opening, closing = text[:start].rstrip(), text[end:].lstrip()
        if opening.endswith("[") and closing.startswith("]"):
            cuts.update((len(opening) - 1, len(text) - len(closing) + 1))
    run: list[tuple[int, int]] = []
    for span in [*spans, (len(text) + 1, len(text) + 1)]:
        adjacent = run and span[0] <= len(text) and _BETWEEN.fullmatch(text[run[-1][1] : span[0]]) is not None
        if adjacent and text[span[0]].isupper():
            run.append(span)
            continue
        cuts.update(_run_cuts(text, run))
        run = [span] if span[0] < len(text) and text[span[0]].isupper() else []
    return {cut for cut in cuts if 0 < cut < len(text)}


def _run_cuts(text: str, run: list[tuple[int, int]]) -> set[int]:
    """A run of buttons' start and end, when it holds three different ones, after a word and before
    a capital or the end: the toolbar between the text and the footer. A last button of one word with
    a word in small letters after it opens a longer word (`Lưu ý`), not the run's; after a stop, the run
    is cut only where a whole sentence follows it; after a counter or a
    time (`Phát Tạm dừng 00:00 / 02:30:00 Âm lượng Toàn màn hình`) the run is part of a player's
    controls, which are judged whole."""
    if run and " " not in text[run[-1][0] : run[-1][1]] and text[run[-1][1] :].lstrip()[:1].islower():
        run = run[:-1]
    if len({text[a:b].casefold() for a, b in run}) < _MOST:
        return set()
    before, after = text[: run[0][0]].split()[-1:], text[run[-1][1] :].lstrip()[:1]
    between = (
        bool(before)
        and before[0][-1:] in ".!?”"
        and sentence_after(text, len(text) - len(text[run[-1][1] :].lstrip()), 8) is not None
    )  # a row between two sentences (`… Hộ chiếu cũ. Chia sẻ: Facebook Twitter In bài Bà con …`)
    if not (before and (before[0][-1:].isalpha() or between)) or not (after.isupper() or not after):
        return set()
    return {run[0][0], run[-1][1]}
