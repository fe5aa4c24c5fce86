"""An institution's menu of items in sentence case run into the lead (a hospital's `Giới thiệu Tin tức
Hướng dẫn người bệnh Lịch khám Bảng giá dịch vụ Bệnh viện Đa khoa Xanh Pôn vừa …`, a school's `Giới
thiệu Tuyển sinh Đào tạo … Sinh viên Chiều 15/10, …`, a bank's `… Mạng lưới giao dịch Tin tức
Agribank vừa …`): `menus.peel_menu` wants a menu in title case, or six items before a dated lead, and
reads an item of a word in capitals and up to three in small letters as a noun phrase's words; it
keeps the run whole or cuts it inside (`Sinh viên` reads as a title, `Ủy viên`, heading what follows).

Here the items are read by their shape: five items or more (two after a header already cut off), each a
word in capitals and at most three in small letters (`Tin Đại sứ quán`: a word and an item; a plain
number, `Tuyển sinh lớp 10`), no grammar word, figure, punctuation or name (three words in capitals in a
row), one of them an item every institution's site prints (`Giới thiệu`, `Tin tức`, `Liên hệ`), then a
whole sentence of ten words or more opening with a capital (an item that opens the lead's subject, an
organisation's head or a title, `… Tuyển dụng Công ty cổ phần | Bia - Rượu …`, `… Kinh tế Thủ tướng |
Chính phủ vừa …`, is the lead's, and a cut before an item every site prints, `… | Hỏi đáp Sở …`, leaves
the whole to other readers); after a header, three items of any name before a lead that opens with its
time and a clause (`… Bảng giá dịch vụ Đặt lịch khám Từ ngày 18 đến 20/9, đoàn …`). A lead that opens
with a list (`Giáo dục, y tế, giao thông là …`, `Giới thiệu sách, tọa đàm văn học …`) has its commas and
its grammar words, so it is never read as a menu.
"""

from __future__ import annotations

import re

from bantin.tagging.kinds import ORG_HEADS, TITLE_ENDS

from .furniture import figures, signals
from .menus import DATED_LEAD, in_organisation, names_someone, plain_lead, sentence_begun

__all__ = ["peel_item_menu"]

_TOKEN = re.compile(r"\S+")
#: The items every institution's menu holds (an embassy's, a hospital's, a school's, a company's).
_HOUSE_ITEMS = re.compile(r"(?<!\w)(?:giới thiệu|tin tức|liên hệ|trang chủ|tuyển dụng|hỏi đáp)(?!\w)")
_PUNCTUATION = re.compile(r"[,.:;!?()“”\"'|»›/&%+-]|\d\S*[^\d\s]|[^\d\s]\S*\d")  # a plain number passes
_LEAST_ITEMS, _LEAST_ITEMS_HEADED = 5, 2  # items of a menu alone; its last items after a header
_LEAST_DATED = 3  # items after a header, before a lead opening as leads do (`Từ ngày 18 đến 20/9, …`)
_TITLES = TITLE_ENDS | {"tướng"}  # a title's last word (`Thủ tướng`, `Giám đốc`): what it heads goes on
_LONGEST_ITEM = 4  # words (`Hướng dẫn người bệnh`, `Mạng lưới giao dịch`)
# … and a branch office's (`… Tỷ giá tính thuế Chi cục | Hải quan cửa khẩu …`: the lead's subject is begun)
_SUBJECT_HEADS = frozenset((*ORG_HEADS, "Chi cục", "Chi nhánh"))


def _menu(head: str, least: int, house: bool = True) -> bool:
    """`head` is a menu of `least` items or more as the module reads them (one of them an item every
    institution prints if `house`)."""
    words = head.split()
    if not words or not words[0][:1].isupper() or _PUNCTUATION.search(head) or figures(head):
        return False
    starts = [i for i, word in enumerate(words) if word[:1].isupper()]
    lengths = [b - a for a, b in zip(starts, [*starts[1:], len(words)], strict=True)]
    if len(starts) < least or max(lengths) > _LONGEST_ITEM or names_someone(head, 3):
        return False
    return not signals(head).grammar and (not house or _HOUSE_ITEMS.search(head.casefold()) is not None)


def _subject_opens(head: str) -> bool:
    """The last item of `head` opens a subject: an organisation's head (`Công ty cổ phần`, `Bệnh viện`)
    or a title (`Thủ tướng`), whose name goes on after the cut."""
    words = head.split()
    last = max((i for i, word in enumerate(words) if word[:1].isupper()), default=0)
    item = words[last:]
    return item[-1].casefold() in _TITLES or any(" ".join(item[:n]) in _SUBJECT_HEADS for n in (1, 2, 3))


def peel_item_menu(text: str, headed: bool = False) -> tuple[str, str] | None:
    """(menu, lead) when `text` opens with a menu of items in sentence case run into a whole sentence,
    cut before the last word in capitals that leaves a menu before it and a lead after it, else None;
    `headed`: a header was cut off before `text`, whose last items these may be."""
    least = _LEAST_ITEMS_HEADED if headed else _LEAST_ITEMS
    tokens = list(_TOKEN.finditer(text))
    for index in range(min(len(tokens) - 1, 30), least - 1, -1):
        word, before = tokens[index].group(0), tokens[index - 1].group(0)
        after = tokens[index + 1].group(0) if index + 1 < len(tokens) else ""
        head, rest = text[: tokens[index].start()].strip(), text[tokens[index].start() :]
        if not word[:1].isupper() or (before[:1].isupper() and not DATED_LEAD.match(rest)):
            continue  # a name goes on across the cut, not into a lead's day (`… người Việt | Sáng 14/11,`)
        if after[:1].isupper() or in_organisation(tokens, index):
            continue  # a name goes on across the cut (`Bệnh viện Đa khoa | Xanh Pôn`)
        if not (_menu(head, least) or (headed and sentence_begun(rest) and _menu(head, _LEAST_DATED, False))):
            continue  # after a header, its last items before a lead's opening words and clause
        if not DATED_LEAD.match(rest) and _subject_opens(head):
            continue  # the lead's subject begun before the cut (`… Thủ tướng | Chính phủ vừa …`)
        found = signals(rest)
        if found.prose and found.sentence and found.words >= 10 and plain_lead(found):
            # an item every site prints after the cut (`… Thủ tục hành chính | Hỏi đáp Sở …`): the menu
            # goes on past it, to a name the cut cannot part; other readers judge it whole
            return None if _HOUSE_ITEMS.match(rest.casefold()) else (head, rest)
    return None
