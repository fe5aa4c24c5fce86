"""Where a related link's headline, run into the story's next sentence after its header in a one-line
body, ends (`Đọc thêm: Bộ GD&ĐT siết dạy thêm, học thêm từ tháng 2 Nhà trường nên giảm bài tập …`).

No stop ends a headline, and the sentence after it may open with any word, not only the words a lead
starts with (`Theo`, `Ngày`, `Mỗi`: `menus.STARTERS`), so `units` asks here when none is found. The
sentence starts at the first word in capitals after a word in lower case or a figure, whose next word
is in lower case (`… tháng 2 Nhà trường nên …`): a common noun opening a sentence, where a name in a
headline runs on in capitals (`… trên đường Võ Văn Kiệt`, `… về Sở Giáo dục`); not a person's title
(`… theo Thủ tướng`), nor after a grammar word, which no headline ends with (`… của Thành phố`). The
headline keeps four words at least, and the rest must read as a whole sentence of the story; else no
end is given and the unit stays whole (a borderline unit is kept: the headline leaks, no sentence
of the story is lost)."""

from __future__ import annotations

import re

from ..core.sentences import ends_sentence
from ..tagging.kinds import TITLE_ENDS
from .furniture import signals

__all__ = ["headline_end"]

_FEWEST = 4  # words of the headline
_TOKEN = re.compile(r"\S+")


def headline_end(piece: str, start: int) -> int | None:
    """Where the headline that opens `piece` at `start` (after its header) ends and the story's
    sentence run into it begins, or None when no such place reads as one. Only the first word in
    capitals after a word in lower case or a figure is weighed: past it, a name the sentence opens
    with runs on (`… cùng kỳ Ông Danny Le, Tổng giám đốc Masan, cho biết …`)."""
    tokens = list(_TOKEN.finditer(piece, start))
    for i in range(1, len(tokens) - 1):
        word, before, after = tokens[i].group(), tokens[i - 1].group(), tokens[i + 1].group()
        if not (word[:1].isupper() and (before[:1].islower() or before[:1].isdigit())):
            continue
        if i < _FEWEST or not (word[1:].isalpha() and word[1:].islower() and after[:1].islower()):
            return None  # a name in the headline (`… trên đường Võ Văn Kiệt`), or too few words before
        if before[-1:] in ",;:" or after.strip(",.") in TITLE_ENDS or signals(before).grammar:
            return None  # `… cho biết, Bộ …`; `Thủ tướng`, `Chủ tịch`; `… của Thành phố`
        rest = piece[tokens[i].start() :]
        return tokens[i].start() if ends_sentence(rest) and signals(rest).prose else None
    return None
