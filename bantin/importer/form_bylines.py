"""The closing byline printed inside a box after the story: a developer's form or a calculator run
into it, before it or on both sides (`Đăng ký nhận bảng giá dự án: Điền họ tên, số điện thoại Lê Mai`,
`Tính lãi vay mua nhà - Công cụ ước tính … hàng tháng Thu Trang Số tiền vay Lãi suất Thời gian vay
Xem kết quả`). `edges.closing_byline_apart` cuts a byline that opens its unit; here the name stands
after the box's words, so the unit would be kept whole with the byline in it, and the box with it.

Right after a sentence of the story, a unit that is no sentence is cut before a writer's name of two to
four words in capitals that follows a word in lower case (where the box's text ends), when the name
ends the unit or the fields' labels in title case follow it (`Số tiền vay Lãi suất …`), and the box's
words before it carry furniture (a form's call, a weak furniture word) or labels follow: the box goes
(the detector keeps it chrome), the name stays the author, the labels are judged apart. A name after a
word that makes it a place (`tỉnh`, `phường`, `tại`) is none: a footer's address ends on its province
(`… phường Tân An, tỉnh Đắk Lắk`), which read as the author."""

from __future__ import annotations

from ..tagging.kinds import PLACE_CONTEXT
from .bylines import parse_byline
from .furniture import Unit, opens_list, signals, title_case_items

__all__ = ["BOX", "byline_inside_box_apart"]

#: The reason given to the box cut off the byline (the detector keeps it chrome when it judges).
BOX = "a form's or a calculator's box run into the closing byline"

#: The words of a writer's name at most (`Nguyễn Thị Thu Hà`) and at least (`Lê Mai`).
_NAME_WORDS = (4, 3, 2)


def byline_inside_box_apart(units: list[Unit]) -> list[Unit]:
    """`units` with the first unit right after a sentence that holds a byline inside a box cut into the
    box, the name and the labels after it."""
    found = [signals(u.text) for u in units]
    for i in range(1, len(units)):
        if found[i].sentence or not (found[i - 1].prose and found[i - 1].sentence):
            continue  # right after a sentence of the story, where its byline stands
        parts = _apart(units[i].text)
        if parts is not None:
            box, name, labels = (Unit(units[i].block, part) for part in parts)
            cut = [Unit(box.block, box.text, True, BOX), name, *([labels] if labels.text else [])]
            return [*units[:i], *cut, *units[i + 1 :]]
    return units


def _apart(text: str) -> tuple[str, str, str] | None:
    """(box, name, labels) of `text`, or None."""
    words = text.split()
    for at in range(2, len(words) - 1):
        if not words[at - 1][:1].islower() or not words[at - 1].isalpha() or not words[at][:1].isupper():
            continue
        if words[at - 1] in PLACE_CONTEXT:
            continue  # `… phường Tân An, tỉnh Đắk Lắk`: an address's province, no writer
        for n in _NAME_WORDS:
            name, rest = words[at : at + n], " ".join(words[at + n :])
            if len(name) < n or not all(w.isalpha() and w.istitle() for w in name):
                continue
            if rest and (not rest[:1].isupper() or not title_case_items(rest)):
                continue  # the labels of the box's fields after the name, or nothing
            byline = parse_byline(" ".join(name))
            if byline is None or byline.author != " ".join(name) or byline.source is not None:
                continue
            box = " ".join(words[:at])
            found = signals(box)
            if found.sentence or found.grammar or not (rest or found.weak or found.strong):
                continue
            if opens_list(box):
                continue  # `Tin liên quan … lễ hội Đông Sơn`: a related headline's place, no writer
            return box, " ".join(name), rest
    return None
