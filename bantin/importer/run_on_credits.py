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
  `PV GAS`: no Vietnamese word after it) is no credit;
* a writer's initials after a stop, a quote's end or a number, before a capitalised word, a tag's `#`
  or nothing (`… Ban quản lý: 1900 6750 T.Tâm #núi Bà Đen`, `… đây. M.K`), or after the attribution of
  a quote closing the story (`"…", ông Tám nói N.H Chủ đề: …`): the contacts before them stay, the
  initials are read as the byline;
* writers' names after a stop, joined by dashes or commas, before a field's label (`… từ đâu đến?
  Quốc Tuấn - Hải Yến Loạt bài: …`): the byline is read, and the series' list after it goes.

A field's label after `PV` (`Nhóm PV Nguồn: Báo …`) is no reporter's name.

`units.split_units` cuts at `run_on_credits`."""

from __future__ import annotations

import itertools
import re

from ..core.text import CAPITALS
from .bylines import Byline, is_person, parse_byline

__all__ = ["run_on_credits"]

_BRACKETED = re.compile(r"(?<=[^\W_])\s+(\(Theo\s+[^()]{2,40}\))(?=\s+[" + CAPITALS + r"]|\s*$)")
_NEWSROOM = re.compile(r"(?:^|(?<=[.!?…\"”\d]\s))(?:Nhóm\s+)?PV(?=\s+\S*[^\x00-\x7f])")
# A writer's initials signing the story (`N.H`, `M.K`, `T.Tâm`) after a stop, a quote's end or a
# number, before a capitalised word, a tag's `#` or nothing (all initials), or before no letter
# (`T.Tâm #núi Bà Đen`); not a ward's or district's short form in an address (`P.Bến Nghé`, `Q.Bình
# Thạnh`: a capitalised word after it), not a suspect's initials in a sentence (`N.V.H khai nhận`).
_INITIALS = re.compile(
    r"(?<=[.!?…\"”\d]\s)(?:[" + CAPITALS + r"](?:\.[" + CAPITALS + r"])+(?=\s+[" + CAPITALS + r"#]|\s*$)|"
    r"[" + CAPITALS + r"]\.[" + CAPITALS + r"][^\W\d_]+(?=\s+[^\w\s]|\s*$))"
)
# … or after a quote's attribution closing the story (`"…", ông Tám nói N.H Chủ đề: …`).
_SAID = r"[\"”],\s+[^.!?\"”]{1,40}?\s(?:nói|cho biết|chia sẻ|khẳng định|bày tỏ|nhấn mạnh|tâm sự)\s+"
_SAID_INITIALS = re.compile(
    _SAID + r"([" + CAPITALS + r"](?:\.[" + CAPITALS + r"])+)(?=\s+[" + CAPITALS + r"#]|\s*$)"
)
# Writers' names after a stop, joined by dashes or commas, run into a field's label (`… đâu đến? Quốc
# Tuấn - Hải Yến Loạt bài: …`, `… Chủ đề: …`): the byline is a unit of its own between them. The label
# is two words, the second in small letters: a speaker's name and colon in an interview (`? BS Nguyễn
# Văn Thắng: Không nên.`) and a masthead after a credit (`Trần Khải Nguồn Một Thế Giới: https…`) are none.
_NAME = r"[" + CAPITALS + r"][^\W\d_]*(?:\s[" + CAPITALS + r"][^\W\d_]*){1,3}"
_SIGNED = re.compile(
    r"(?<=[.!?…\"”]\s)("
    + _NAME
    + r"(?:\s?[-–,]\s"
    + _NAME
    + r")*)(?=\s+["
    + CAPITALS
    + r"][^\W\d_]*\s(?!["
    + CAPITALS
    + r"])[^\W\d_]+:\s)"
)
_NOBODY = Byline()


def run_on_credits(text: str) -> list[int]:
    """Where a bracketed outlet's credit starts after a line with no stop, where a newsroom's `PV`
    starts and ends before other words."""
    bracketed = [
        m.start(1) for m in _BRACKETED.finditer(text) if (parse_byline(m.group(1)) or _NOBODY).source
    ]
    newsroom = [i for m in _NEWSROOM.finditer(text) if not _reporter_named(text[m.end() :]) for i in m.span()]
    initials = [i for m in _INITIALS.finditer(text) for i in m.span()]
    said = [i for m in _SAID_INITIALS.finditer(text) for i in m.span(1)]
    return bracketed + newsroom + initials + said + _signed(text)


def _signed(text: str) -> list[int]:
    """Where writers' names after a stop and before a field's label start and end. A name the story
    has said already is its subject's, over a card of their fields (`… tiền đạo Đỗ Hoàng Hên … Đỗ Hoàng
    Hên Vị trí: Tiền đạo Ngày sinh: …`): no writer is named in their own story."""
    found = []
    for m in _SIGNED.finditer(text):
        names = re.split(r"\s?[-–,]\s", m.group(1))
        if all(is_person(name) and name not in text[: m.start(1)] for name in names):
            found += m.span(1)
    return found


def _reporter_named(after: str) -> bool:
    """`after` opens with a reporter's name in title case (`Hà Anh`, `Hà Anh Lượt xem …`)."""
    named = list(itertools.takewhile(_name_word, after.split()[:4]))
    return any(is_person(" ".join(named[:k]).rstrip(".,")) for k in range(2, len(named) + 1))


def _name_word(word: str) -> bool:
    """A word of a name: in title case, no field's label (`Nguồn:`, `Ảnh:` open what follows them)."""
    return word.rstrip(".,").istitle() and not word.endswith(":")
