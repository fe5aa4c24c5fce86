"""A menu's last item left on a lead that opens with an organisation's name, after the header before
it was cut (`… Hợp tác quốc tế` cut, then `Tài liệu kỹ thuật | Viện Khoa học Nông nghiệp Việt Nam phối
hợp …`, `Đường dây nóng | Cục Hàng không Việt Nam đã cấp phép …`, `Tư vấn vé | Hãng hàng không quốc gia
Lào (Lao Airlines) vừa thông báo …`): `item_menus` never cuts before an organisation's head run into
the words before it, since a name may go on across the cut (`Tài liệu kỹ thuật Viện | Khoa học`).

Here the item is read by its shape, only after a header already cut off: three or four words (two,
`Liên hiệp | Hội …`, `Phố cổ | Hội An …`, open a name or a lead as often), the first in capitals and
the rest in small letters (one item, not a name), no grammar word, figure or punctuation, no word a
lead opens with (`Hôm nay`, `Mới đây`, `Sau đó`), and no title or group that heads a body (`Đại diện`,
`Lãnh đạo`, `Giám đốc`, `Đoàn công tác`, `Cán bộ`: the lead's subject); then an organisation's head
(`Viện`, `Cục`, `Hãng`) and its name, with a capital within five words, opening a whole sentence of
ten words or more. `page_header.peel_page_header` asks it last.
A run of the menu's last items (`Giống lúa | Chuyển giao công nghệ | Liên hệ | Bộ Nông nghiệp …`), two
or more of two to four words each, is read the same way, none heading a group or a body."""

from __future__ import annotations

import re

from ..tagging.kinds import ORG_HEADS, TITLE_ENDS
from .furniture import figures, signals
from .menus import LEAD_STARTERS
from .whole_leads import whole_lead

__all__ = ["peel_item_before_body"]

_TOKEN = re.compile(r"\S+")
_HEADS = frozenset(ORG_HEADS) - {"Hội"}  # `Hội An`, a place's name, opens as a body's head does
#: Words that head a group of people before a body's name (`Đoàn công tác Bộ …`, `Cán bộ Sở …`,
#: `Người phát ngôn`, `Phóng viên`): the lead's subject, not a menu's item.
_GROUPS = frozenset("đoàn cán người phóng thành nhân chuyên ông bà anh chị các những nhiều".split())
_TIME_ENDS = frozenset("nay qua trước này tới sau đây rồi".split())  # `Đến nay`, `Thời gian qua`


def _item(words: list[str]) -> bool:
    """`words` are one menu's item: a capital, then words in small letters only."""
    first, *rest = words
    return first[:1].isupper() and first[1:].islower() and all(word.islower() for word in rest)


def _body_opens(rest: str) -> bool:
    """`rest` opens with an organisation's head of one to three words, then its name (a capital within
    five words after the head: `Hãng hàng không quốc gia Lào`)."""
    words = rest.split()
    for size in (3, 2, 1):
        if " ".join(words[:size]) in _HEADS:
            return any(word[:1].isupper() for word in words[size : size + 5])
    return False


def peel_item_before_body(text: str) -> tuple[str, str] | None:
    """(item, lead) when `text`, after a header cut off, opens with a menu's last item run into a lead
    that opens with an organisation's name, else None."""
    if LEAD_STARTERS.match(f" {text}"):
        return None
    tokens = list(_TOKEN.finditer(text))
    for size in range(3, min(5, len(tokens))):  # an item of two words opens a name or a lead as often
        item, rest = text[: tokens[size].start()].strip(), text[tokens[size].start() :]
        if _body_opens(rest):
            return _peeled(item, rest)
    for size in range(5, min(_MOST_ITEMS_WORDS + 1, len(tokens))):  # the menu's last items, two or more
        item, rest = text[: tokens[size].start()].strip(), text[tokens[size].start() :]
        if _body_opens(rest) and len(items := _items(item.split())) >= 2:
            return None if any(i[0].casefold() in _GROUPS for i in items) else _peeled_items(item, rest)
    return None


_MOST_ITEMS_WORDS = 10


def _items(words: list[str]) -> list[list[str]]:
    """`words` cut before each word in capitals: a menu's items (`Giống lúa | Chuyển giao công nghệ |
    Liên hệ`), each of two to four words, else none."""
    items: list[list[str]] = []
    for word in words:
        if word[:1].isupper():
            items.append([word])
        elif items:
            items[-1].append(word)
    if not items or not words[0][:1].isupper() or any(not 2 <= len(i) <= 4 or not _item(i) for i in items):
        return []
    return items


def _peeled_items(item: str, rest: str) -> tuple[str, str] | None:
    """`_peeled` for a run of a menu's last items (each one item, `_items`): no figure or grammar word,
    no title or time ending the run, no body's head opening an item, a whole sentence after them."""
    words = item.split()
    if figures(item) or signals(item).grammar or not words[-1].isalpha():
        return None
    if words[-1] in TITLE_ENDS or words[-1] in _TIME_ENDS:
        return None
    if any(" ".join(i[:n]) in _HEADS for i in _items(words) for n in (1, 2, 3)):
        return None
    return (item, rest) if whole_lead(signals(rest)) else None


def _peeled(item: str, rest: str) -> tuple[str, str] | None:
    words = item.split()
    if not _item(words) or figures(item) or signals(item).grammar or not words[-1].isalpha():
        return None
    if words[-1] in TITLE_ENDS or words[-1] in _TIME_ENDS or words[0].casefold() in _GROUPS:
        return None  # `Đại diện | Cục …`, `Đến nay | Bộ …`, `Đoàn công tác | Bộ …`: the lead's own words
    if any(" ".join(words[:n]) in _HEADS for n in (1, 2, 3)):
        return None  # a body's name of its own (`Bảo tàng | …`)
    if whole_lead(signals(rest)):
        return item, rest
    return None
