"""Credits closing a story that a one-line body runs on, with no stop, between the story's last line
and what the page prints after it, where no sentence boundary sets them apart:

* an outlet's credit in brackets (`(Theo …)`; a table's `(Nguồn: …)` is its title's) after a last line
  with no stop, other stories' headlines after it
  (`… mở cửa đến hết ngày 30/11 (Theo VOV) Nghệ sĩ Lan Hương …`): the credit starts a unit, so the
  line stays the story's, the credit is read, and the headlines go as what follows the byline;
* a newsroom's `PV` or `Nhóm PV` after a sentence's stop, a quote's end or the number a last line
  gives, a Vietnamese word after it (`… phòng cháy" Nhóm PV Đánh giá bài viết`, `… gửi tiền. PV Giá
  vàng nhẫn …`, `… UBND tỉnh: 0254.3511.511 PV Lượt xem`): the signature is a unit of its own, so the
  quoted slogan or the contacts before it stay and the rating box or the headlines after it go. A
  reporter's name after `PV` is the byline's (`PV Hà Anh`), and a company of that name (`PV Power`,
  `PV GAS`: no Vietnamese word after it) is no credit.

* two writers' names joined by a dash after a last line with no stop, a word in small letters before
  them and nothing or a word in capitals after them (`… Công an phường nơi cư trú Thu Hà - Minh Đức Từ
  khóa: …`): the byline starts a unit, and the writers are read. Each side is someone's name (no
  place, no outlet: `Hà Nội - Hải Phòng` is a route).

`units.split_units` cuts at `run_on_credits`."""

from __future__ import annotations

import itertools
import re

from bantin.core.text import CAPITALS, SMALL_LETTERS

from ..core.sentences import PREPOSITIONS
from ..tagging.gazetteer import place
from .bylines import Byline, is_person, parse_byline

__all__ = ["run_on_credits"]

_BRACKETED = re.compile(r"(?<=[^\W_])\s+(\(Theo\s+[^()]{2,40}\))(?=\s+[" + CAPITALS + r"]|\s*$)")
_NEWSROOM = re.compile(r"(?:^|(?<=[.!?…\"”\d]\s))(?:Nhóm\s+)?PV(?=\s+\S*[^\x00-\x7f])")
_NOBODY = Byline()
_NAME = r"[" + CAPITALS + r"][^\W\d_]*(?:\s+[" + CAPITALS + r"][^\W\d_]*){1,3}"
_WRITERS = re.compile(
    r"(?<=["
    + SMALL_LETTERS
    + r"])\s+("
    + _NAME
    + r")\s+[-–]\s+("
    + _NAME
    + r")(?=\s+["
    + CAPITALS
    + r"]|\s*$)"
)


def run_on_credits(text: str) -> list[int]:
    """Where a bracketed outlet's credit starts after a line with no stop, where a newsroom's `PV`
    starts and ends before other words, and where two writers' names start after a line with no stop."""
    bracketed = [
        m.start(1) for m in _BRACKETED.finditer(text) if (parse_byline(m.group(1)) or _NOBODY).source
    ]
    newsroom = [i for m in _NEWSROOM.finditer(text) if not _reporter_named(text[m.end() :]) for i in m.span()]
    writers = [m.start(1) for m in _WRITERS.finditer(text) if _two_writers(text, m)]
    return bracketed + newsroom + writers


def _reporter_named(after: str) -> bool:
    """`after` opens with a reporter's name in title case (`Hà Anh`, `Hà Anh Lượt xem …`)."""
    named = list(itertools.takewhile(lambda w: w.rstrip(".,").istitle(), after.split()[:4]))
    return any(is_person(" ".join(named[:k]).rstrip(".,")) for k in range(2, len(named) + 1))


def _two_writers(text: str, found: re.Match[str]) -> bool:
    """Both sides someone's name, none holding a place (`Hoàng Anh Gia Lai`), after no word that joins
    them to the sentence (`giữa`, `với`, `của`: a match's sides, a route's ends)."""
    before = text[: found.start()].split()[-1:]
    if before and (before[0] in PREPOSITIONS or before[0] in _JOINING):
        return False
    names = [found.group(1).split(), found.group(2).split()]
    pairs = (" ".join(words[k : k + 2]) for words in names for k in range(len(words) - 1))
    return all(is_person(" ".join(words)) for words in names) and not any(place(pair) for pair in pairs)


_JOINING = frozenset({"giữa", "gặp", "tuyến", "đường", "trận", "đội", "cặp"})
