"""A feature's line of credits stays in the text: `Thực hiện: Hoàng Yến | Ảnh: Minh Đức | Đồ họa: Thu
Trang`, `Nội dung: Hà Phương - Ảnh: Quang Vinh - Thiết kế: Ngọc Diệp`, as e-magazines and photo
essays print them over the lead or under the story.

Such a line names two roles or more, each with its people, and nothing else. It says who made the
story, the photographer and the designer beside the writer, and the page's metadata has room for the
writer alone: the line stays where it stands (the writer is still read from it for the author), so
no one's credit is lost with a header's byline or a tail of chrome. The captions' reading may cut the
line at its `Ảnh:` and leave its last role apart (`Thiết kế: Ngọc Diệp`): a role alone right after
such a line is the line's too. A photo's credit opening a line (`photo_credit`: `Ảnh minh họa Hoài Nam`,
its caption's text in the unit before) is the story's as well, never a site's line before its tail.
"""

from __future__ import annotations

import dataclasses
import re

from ..core.text import CAPITALS, SMALL_LETTERS
from .bylines import Byline, parse_byline
from .crew_credits import PROGRAMME_ROLES
from .furniture import Unit
from .parsed import Block
from .widgets import leading_buttons

__all__ = [
    "REASON", "closing_credits", "credit_line", "credits_as_text", "keep_credit_lines", "made_by_cuts",
    "photo_credit", "signed",
]  # fmt: skip

REASON = "a line of credits (the writer's, the photographer's, the designer's)"

# A role, in capitals too (`THỰC HIỆN`, `ẢNH`), as e-magazines print their credits.
# A programme's too (`Dẫn chương trình`, `Phát thanh viên`), and one person's two (`Biên tập và dẫn
# chương trình`, `Thực hiện, ảnh`).
_ONE_ROLE = (
    r"(?i:Thực hiện|Nội dung|Bài|Tác giả|Người viết|Ảnh|Video|Clip|Đồ họa|Đồ hoạ|Thiết kế|Trình bày|"
    r"Kỹ thuật|Biên tập|Quay phim|Dựng phim|Minh họa|Minh hoạ|" + PROGRAMME_ROLES + ")"
)
_ROLE = rf"{_ONE_ROLE}(?:\s*(?:,|và|-)\s*{_ONE_ROLE})?"
# A name (`Minh Đức`, `Lê Hợi/TTXVN`, `NGUYỄN KHÁNH`), and names after it (`Minh Đức, Thu Trang`).
_NAME = rf"[{CAPITALS}][\w/.]*(?:\s+[{CAPITALS}][\w/.]*){{0,4}}"
_NAMES = rf"{_NAME}(?:\s*(?:,|và|&)\s*{_NAME})*"
_CREDIT = rf"{_ROLE}\s*:\s*{_NAMES}"
_LINE = re.compile(rf"^\s*{_CREDIT}(?:\s*[-–|,;]?\s*{_CREDIT})+\s*\.?\s*$")
# One person's two roles, a programme's one of them (`Biên tập và dẫn chương trình: Thanh Hương`); a
# writer's `Bài và ảnh: Thu Hằng` is a byline, read for the author.
_PROGRAMME = rf"(?i:{PROGRAMME_ROLES})"
_PAIR = rf"(?:{_ONE_ROLE}\s*(?:,|và)\s*{_PROGRAMME}|{_PROGRAMME}\s*(?:,|và)\s*{_ONE_ROLE})"
_PAIRED = re.compile(rf"^\s*{_PAIR}\s*:\s*{_NAMES}\s*\.?\s*$")
_ONE = re.compile(rf"^\s*[-–|;]?\s*{_CREDIT}\s*[-–|;.]?\s*$")


# A photo's credit opening a line (`Ảnh minh họa`, `Ảnh: Thu Trang`, `(Ảnh: TTXVN)`, `Video: …`).
_PHOTO = re.compile(
    r"^\s*\(?\s*(?:Ảnh|ẢNH|Video|Clip|Đồ họa|Đồ hoạ|Infographic)"
    r"(?:\s*:|\s+(?:minh họa|minh hoạ|tư liệu|chụp màn hình|[Ii]nternet)(?!\w))"
)


def photo_credit(text: str) -> bool:
    """`text` opens with a photo's credit: the end of a caption (its text before it, in another unit
    when the caption had no stop), the story's, not a line of the site's between the story and its tail."""
    return _PHOTO.match(text) is not None


# `Thực hiện: X` run on from a line with no stop (`… trên Instagram @marieclaire Thực hiện: Phương Thảo`).
_MADE_BY = re.compile(rf"(?<=[^\W\d_])\s+(?=Thực hiện\s*:\s*[{CAPITALS}])")


# A writer's labelled byline (`Bài & Ảnh: Phương Thảo`), the page's words run on after the name: a word
# in capitals with one in lower case after it (`Nghe podcast …`), as no Vietnamese name has.
_NAME_RUN_ON = re.compile(
    rf"(?<!\w)(?:Bài|Tin|Thực hiện)(?:\s*(?:,|và|-|&)\s*[ảẢ]nh)?\s*:\s*"
    rf"[{CAPITALS}]\w*(?:\s+[{CAPITALS}]\w*){{1,3}}?(?=\s+[{CAPITALS}]\w*\s+[{SMALL_LETTERS}])"
)


def made_by_cuts(text: str) -> list[int]:
    """Where a writer's `Thực hiện: X` starts, run on from the line before it, so that it is read as the
    byline it is; not after another credit it shares a line of credits with (`Nguồn: Tổng cục Thống kê
    Thực hiện: Minh Nhật`, which stays whole), nor in a sentence (`… các bước thực hiện: …`). And where
    a labelled byline's name ends when the page's words run on after it (`Bài & Ảnh: Phương Thảo Nghe
    podcast …`)."""
    starts = [0, *(m.end() for m in re.finditer(r"[.!?…]\s+", text))]
    return [
        m.end()
        for m in _MADE_BY.finditer(text)
        if ":" not in text[max(i for i in starts if i <= m.start()) : m.start()]
    ] + [m.end() for m in _NAME_RUN_ON.finditer(text)]


def credit_line(text: str) -> bool:
    """`text` is a line of credits: two roles or more, each with its names (or one person's two roles, a
    programme's among them, `Biên tập và dẫn chương trình: Thanh Hương`), and no other words."""
    return _LINE.match(text) is not None or _PAIRED.match(text) is not None


def keep_credit_lines(units: list[Unit], header: str) -> list[Unit]:
    """`units` with a line of credits kept wherever it stands, cut off the buttons run in before it, or
    cut in its roles (`THỰC HIỆN: THU HƯƠNG -`, `ẢNH: HOÀNG NAM -`: two of one paragraph in a row at
    least), and a role alone right after one (the line's last, cut off it); one the detector took for
    the byline over the article keeps that reason, `header`, for the author to be read from it."""
    cut: list[Unit] = []
    for unit in units:
        opening = leading_buttons(unit.text)  # `Đăng nhập Thực hiện: …`: a button run into the line
        if opening and not unit.keep and credit_line(unit.text[opening:]):
            cut.append(dataclasses.replace(unit, text=unit.text[:opening].strip()))
            unit = dataclasses.replace(unit, text=unit.text[opening:].strip())
        cut.append(unit)
    roles = [_ONE.match(unit.text) is not None for unit in cut]
    out: list[Unit] = []
    joined = False  # the unit before is a line of credits, or one of its roles
    for i, unit in enumerate(cut):
        whole = credit_line(unit.text)
        paired = roles[i] and any(
            roles[j] and cut[j].block == unit.block for j in (i - 1, i + 1) if 0 <= j < len(cut)
        )
        if (whole or paired or (joined and roles[i])) and not unit.keep:
            reason = header if whole and unit.reason == header else REASON
            unit = dataclasses.replace(unit, keep=True, reason=reason)
        out.append(unit)
        joined = whole or paired or (joined and roles[i])
    return out


def credits_as_text(blocks: list[Block]) -> list[Block]:
    """`blocks` with a line of credits the captions' reading took for a photo's caption (`Thực hiện: Lê
    Hợi |` over the credit `Ảnh: Lê Hợi`) a paragraph again, and the role cut off after it (`| Đồ họa:
    Trung Kiên`) joined to it."""
    out: list[Block] = []
    for block in blocks:
        parts = (part.strip(" |-–;") for part in (block.text, block.credit or ""))
        text = " – ".join(part for part in parts if part)
        after = out and credit_line(out[-1].text)
        if block.kind == "caption" and credit_line(text):
            out.append(Block("paragraph", text))
        elif block.kind in ("caption", "paragraph") and after and _ONE.match(text):
            out[-1] = Block("paragraph", f"{out[-1].text} {text.strip()}")
        else:
            out.append(block)
    return out


def closing_credits(blocks: list[Block]) -> int:
    """Where the line of credits closing `blocks` starts, with the role cut off after it (`len(blocks)`:
    none), so the bylines' pass leaves it in the text."""
    at = len(blocks)
    if at and blocks[-1].kind == "paragraph" and _ONE.match(blocks[-1].text):
        at -= 1  # `Thiết kế: Ngọc Diệp` after the line it was cut from
    if at and blocks[at - 1].kind == "paragraph" and credit_line(blocks[at - 1].text):
        return at - 1
    return len(blocks)


def signed(blocks: list[Block]) -> Byline | None:
    """The byline of the first line of credits of `blocks` that names a writer (`Thực hiện: Lê Hợi`)."""
    for block in blocks:
        if block.kind == "paragraph" and credit_line(block.text):
            byline = parse_byline(block.text)
            if byline is not None and byline.author:
                return byline
    return None
