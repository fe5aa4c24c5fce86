"""The visiting box of a museum's, a library's or a heritage site's portal: its opening hours and its
tickets under every page (`Giờ mở cửa: 8h00 - 17h00 …. Giá vé: 40.000 đồng/người`, `Thông tin tham
quan: Mở cửa 8h30 - 17h30 …`, `Giờ phục vụ bạn đọc: Thứ Hai đến thứ Sáu 8h00 - 20h00`, `Lịch diễn
Nhã nhạc cung đình: 10h00, 15h00 hằng ngày`). It tells a visitor of the house, any day, not the
story's event: a story gives its exhibition's dates in a sentence with its subject (`Trưng bày mở cửa
đến hết tháng 12/2024 tại …`, `Bảo tàng … mở cửa miễn phí trong ba ngày lễ`), and that stays.

The signal is the box's label opening the unit before its field's colon (the house's hours, a visit,
a show's schedule) with clock hours (`8h30`, `17:00`) for the house's whole week (`hằng ngày`, `từ thứ
Ba đến Chủ nhật`, `các ngày trong tuần`) or with its price (a price in dong, a free entry). A travel
story's practical line (`Giờ mở cửa: 6h-21h.`, `Giá vé: 150.000 đồng/lượt …`) gives one place's hours
or one ride's fare: a borderline unit, kept, so a ticket's label alone opens no box here, nor do hours
alone. A label alone, or a label over prose, is no box either. The house's own story (an exhibition it
opens) may print the same box between two of its sentences (`… khai mạc. | Thông tin tham quan: Giờ mở
cửa: … Vé: miễn phí | Trưng bày kéo dài đến …`): a site prints its box around the story, never inside it,
so there it stays (`visits_in_story`); a page printed as one line may run the box's last field into the
story's next sentence with no stop (`… miễn phí cho trẻ em dưới 16 tuổi Dịp này, bảo tàng ra mắt …`), and
that sentence is cut off the box first (`sentence_after_box_apart`), so the box is read between two
sentences and the sentence is never dropped with it."""

from __future__ import annotations

import re

from ..core.sentences import ends_sentence
from ..core.text import CAPITALS
from .furniture import Unit, opens_list, signals
from .linked_headlines import opens_sentence_at

__all__ = ["REASON", "box_fields", "sentence_after_box_apart", "visiting_box", "visits_in_story"]

#: The reason a visiting box goes.
REASON = "the site's visiting box (its opening hours, its tickets, its shows' schedule)"

_LABEL = (
    r"(?:thông tin|giờ) tham quan|giờ mở cửa|lịch mở cửa|giờ phục vụ(?: bạn đọc)?|lịch diễn(?: [^\s:]+){0,4}"
)
# The box's title may stand over its first field, no colon after it (`Thông tin tham quan Giờ mở cửa: …`),
# and so may its label over the field of its days (`Giờ mở cửa Hằng ngày: 7h00 - 17h00`).
_FIELD = rf"(?-i:[{CAPITALS}])[^\s:.]*(?: [^\s:.]+){{0,4}}:"  # `Hằng ngày:`, `Thứ Ba - Chủ nhật:`
_BOX = re.compile(
    rf"^(?:(?:thông tin|hướng dẫn) tham quan\s+)?(?:{_LABEL})(?:\s*:|\s+(?={_FIELD}))", re.IGNORECASE
)
_HOURS = re.compile(r"\b\d{1,2}\s*[hg:]\s*\d{2}\b")  # `8h30`, `17:00`, `7g30`
# The house's week (`hằng ngày`, `các ngày trong tuần`, `từ thứ Ba …`, `Thứ Ba - Chủ nhật`) or its price.
_WEEK_OR_PRICE = re.compile(
    r"\bhằng ngày\b|\bhàng ngày\b|\bcác ngày\b|\bthứ (?:hai|ba|tư|năm|sáu|bảy)\b|\bchủ nhật\b"
    r"|\b\d{1,3}(?:\.\d{3})+\s*(?:đ\b|đồng|vnđ)|\bmiễn phí\b",
    re.IGNORECASE,
)


def visiting_box(text: str) -> bool:
    """`text` is the site's visiting box (`Giờ mở cửa: 8h00 - 17h00 các ngày …`, `Thông tin tham quan: Mở
    cửa 8h30 - 17h30 từ thứ Ba …`): its label before the colon opening the unit, hours, and the week
    they hold for or a price."""
    text = text.strip()
    found = _BOX.match(text)
    if found is None:
        return False
    return (
        _HOURS.search(text, found.end()) is not None and _WEEK_OR_PRICE.search(text, found.end()) is not None
    )


def sentence_after_box_apart(units: list[Unit]) -> list[Unit]:
    """`units` with a sentence cut off the visiting box whose last field runs into it with no stop
    (`… Giá vé: 60.000 đồng/người; miễn phí cho trẻ em dưới 16 tuổi Dịp này, bảo tàng ra mắt … giới
    thiệu.`): after the box's last colon, a sentence opening (`linked_headlines.opens_sentence_at`)
    whose words run to a full stop, more than eight of them and no field's colon among them."""
    out: list[Unit] = []
    for unit in units:
        words = unit.text.split()
        if not visiting_box(unit.text) or not ends_sentence(unit.text):
            out.append(unit)
            continue
        last = max((i for i, word in enumerate(words) if word.endswith(":")), default=0)
        at = next((k for k in range(last + 2, len(words) - 8) if opens_sentence_at(words, k)), None)
        if at is None or visiting_box(" ".join(words[at:])) or any(w.endswith(":") for w in words[at:]):
            out.append(unit)
            continue
        out.extend(Unit(unit.block, " ".join(part)) for part in (words[:at], words[at:]))
    return out


# The box's ticket field, cut off its hours at their full stop (`… các ngày trong tuần. | Giá vé: …`).
_TICKET = re.compile(r"^(?:giá vé|vé)(?: [^\s:]+){0,3}\s*:\s*\S", re.IGNORECASE)
_PRICE = re.compile(r"\b\d{1,3}(?:\.\d{3})+\s*(?:đ\b|đồng|vnđ)|\bmiễn phí\b", re.IGNORECASE)


def box_fields(kinds: list[tuple[str, str]], texts: list[str]) -> list[tuple[str, str]]:
    """The visiting box's ticket field right after its hours (`Giá vé: 40.000 đồng/người`, a unit of
    its own since the hours' full stop) goes with the box; alone, a ticket's price is a story's line."""
    out = list(kinds)
    for i in range(1, len(texts)):
        if out[i - 1] == ("chrome", REASON) and _TICKET.match(texts[i]) and _PRICE.search(texts[i]):
            out[i] = ("chrome", REASON)
    return out


#: The reason a visiting box between two of the story's sentences stays.
IN_STORY = "the story's own visiting box, between two of its sentences"


def visits_in_story(kinds: list[tuple[str, str]], texts: list[str]) -> list[tuple[str, str]]:
    """A run of visiting boxes (with their ticket fields) with a sentence of the story before it and one
    after it, captions aside, is the story's: the site prints its box around the story, not inside it.
    The sentence after it holds no furniture and opens no list (`Sự kiện sắp diễn ra Trưng bày …`, the
    site's box of its other events read as prose before the story's end is found)."""
    out = list(kinds)
    i = 0
    while i < len(out):
        if out[i] != ("chrome", REASON):
            i += 1
            continue
        end = i
        while end < len(out) and out[end] == ("chrome", REASON):
            end += 1
        before = next((k for k, _ in reversed(out[:i]) if k != "caption"), None)
        at = next((j for j in range(end, len(out)) if out[j][0] != "caption"), None)
        after = None if at is None else out[at][0]
        plain = at is not None and not opens_list(texts[at]) and signals(texts[at]).strong is None
        if before == "prose" and after == "prose" and plain:
            out[i:end] = [("prose", IN_STORY)] * (end - i)
        i = end
    return out
