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

`units.split_units` cuts at `run_on_credits`."""

from __future__ import annotations

import itertools
import re

from bantin.core.text import CAPITALS

from .bylines import Byline, is_person, parse_byline

__all__ = ["run_on_credits"]

_BRACKETED = re.compile(r"(?<=[^\W_])\s+(\(Theo\s+[^()]{2,40}\))(?=\s+[" + CAPITALS + r"]|\s*$)")
_NEWSROOM = re.compile(r"(?:^|(?<=[.!?…\"”\d]\s))(?:Nhóm\s+)?PV(?=\s+\S*[^\x00-\x7f])")
_NOBODY = Byline()


def run_on_credits(text: str) -> list[int]:
    """Where a bracketed outlet's credit starts after a line with no stop, where a newsroom's `PV`
    starts and ends before other words."""
    bracketed = [
        m.start(1) for m in _BRACKETED.finditer(text) if (parse_byline(m.group(1)) or _NOBODY).source
    ]
    newsroom = [i for m in _NEWSROOM.finditer(text) if not _reporter_named(text[m.end() :]) for i in m.span()]
    return bracketed + newsroom


def _reporter_named(after: str) -> bool:
    """`after` opens with a reporter's name in title case (`Hà Anh`, `Hà Anh Lượt xem …`)."""
    named = list(itertools.takewhile(lambda w: w.rstrip(".,").istitle(), after.split()[:4]))
    return any(is_person(" ".join(named[:k]).rstrip(".,")) for k in range(2, len(named) + 1))
