"""Where a related link under an arrow (`>> Hà Nội in hơn 8 triệu phiếu bầu`) stands apart from what
it was run into in a one-line body: after a sentence, and after a line that ends with no stop (a
photo's credit, a source's line, a date: `Ảnh: Viết Thành >> …`, `Nguồn: …, ngày 8/1/2026 >> …`) when
its double arrow is the only one of the text and three words at least stand before it, so a
breadcrumb's items (`Trang chủ >> Kinh tế`, `… >> Thời sự >> Chính trị`) stay together; and where
such a link ends and the story's next sentence begins (`marked_links_apart`). `inline` cuts there."""

from __future__ import annotations

import re

from ..core.sentences import ends_sentence, last_sentence_start
from ..core.text import CAPITALS
from .furniture import LINKED_HEADLINE, Unit
from .page_controls import page_control

#: A related link under an arrow (`>> …`, `» …`), opening a unit.
ARROW = re.compile(rf"(?:(?<=\s)|^|(?<=[.!?…]))(?:>>>?|»|►)\s*(?=[{CAPITALS}]|\d)")
_LONE_ARROW = re.compile(r"^(?:>>>?|»|►)$")
_DOUBLE = ">>"


def apart_before(text: str, start: int) -> bool:
    """An arrow at `start` of `text` opens a related link that stands apart from what is before it."""
    before = text[:start]
    if not before.strip() or ends_sentence(before):
        return True
    if page_control(f"{before[last_sentence_start(before) :].strip()} {_DOUBLE}"):
        return False  # `Xem tiếp các tin khác >>`: the arrow closes the page's link, not opens one
    return text.startswith(_DOUBLE, start) and text.count(_DOUBLE) == 1 and len(before.split()) >= 3


def marked_links_apart(units: list[Unit]) -> list[Unit]:
    """A related link under an arrow run into the story's next sentence (`>> Cách làm bánh flan mềm
    mịn không bị rỗ Bước 3: Để hỗn hợp …`) is cut from it where a word in capitals stands after one in
    lower case and before one in lower case or a step's number (`rỗ Bước 3:`): a sentence starts
    there; with no such place the whole unit is the link's when it is headline-sized."""
    out: list[Unit] = []
    merged: list[Unit] = []
    for unit in units:  # an arrow a sentence's stop took for a closing quote (`… đóng.» Tải về …`)
        if merged and _LONE_ARROW.match(merged[-1].text) and merged[-1].block == unit.block:
            unit = Unit(unit.block, f"{merged.pop().text} {unit.text}")
        merged.append(unit)
    for unit in merged:
        if not ARROW.match(unit.text) or len(ARROW.findall(unit.text)) > 1:
            out.append(unit)
            continue
        words = unit.text.split()
        for k in range(3, min(len(words) - 2, 25)):
            before, word, after = words[k - 1], words[k], words[k + 1]
            if before[-1:] in ",;:":
                continue  # `>> Triều cường lên cao, nhiều tuyến đường …`: a headline's clause goes on
            if (
                before[:1].islower()
                and (w := word.lstrip('"“'))[:1].isupper()
                and w[1:].islower()
                and after[:1].islower()
            ):
                break  # `… ngày bầu cử "Mỗi cử tri …`: a sentence, a quote too, opens
            if before[:1].islower() and word[:1].isupper() and re.match(r"\d{1,2}[:.]", after):
                break
        else:
            k = 0
        if k and 3 <= k < len(words) - 2 and words[k - 1][-1:] not in ",;:":
            out += [
                Unit(unit.block, " ".join(words[:k]), True, LINKED_HEADLINE),
                Unit(unit.block, " ".join(words[k:])),
            ]
        elif len(words) <= 20:
            out.append(Unit(unit.block, unit.text, True, LINKED_HEADLINE))
        else:
            out.append(unit)
    return out
