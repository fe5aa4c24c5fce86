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
Chính phủ vừa …`, or an item after a body's head of one word, `… Tài liệu kỹ thuật Viện Khoa học | Nông
nghiệp Việt Nam phối hợp …`, whose name goes on across the cut, is the lead's, and a cut before an item
every site prints, `… | Hỏi đáp Sở …`, leaves the whole to other readers); after a header, three items of
any name before a lead that opens with its time and a clause (`… Bảng giá dịch vụ Đặt lịch khám Từ ngày
18 đến 20/9, đoàn …`). A lead that opens with a list (`Giáo dục, y tế, giao thông là …`, `Giới thiệu
sách, tọa đàm văn học …`) has its commas and its grammar words, so it is never read as a menu. Three
items with one every institution prints, in a unit of their own over the lead or glued apart (`Tin tức` |
`Đánh giá` | `Thủ thuật`), are a menu too (`house_menu`, for `bounds.article_start`); so are four items
of any name before a lead whose subject is the site itself (`… Pháp luật Phóng sự | Công an TP.HCM vừa
…`, `peel_menu_over_site`), and a menu's last items before a lead opening with its quarter (`… Phong thủy
| Quý II, giá thuê …`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..tagging.kinds import ORG_HEADS, TITLE_ENDS
from .furniture import figures, signals
from .lead_clauses import opens_clause, opens_span
from .menus import DATED_LEAD, in_organisation, names_someone, plain_lead, sentence_begun
from .whole_leads import whole_lead

__all__ = ["house_item", "house_menu", "peel_item_menu", "peel_menu_over_site"]

_TOKEN = re.compile(r"\S+")
#: The items every institution's menu holds (an embassy's, a hospital's, a school's, a company's).
_HOUSE_ITEMS = re.compile(r"(?<!\w)(?:giới thiệu|tin tức|liên hệ|trang chủ|tuyển dụng|hỏi đáp)(?!\w)")
_PUNCTUATION = re.compile(r"[,.:;!?()“”\"'|»›/&%+-]|\d\S*[^\d\s]|[^\d\s]\S*\d")  # a plain number passes
_LEAST_ITEMS, _LEAST_ITEMS_HEADED = 5, 2  # items of a menu alone; its last items after a header
_LEAST_DATED = 3  # items after a header, before a lead opening as leads do (`Từ ngày 18 đến 20/9, …`)
_TITLES = TITLE_ENDS | {"tướng"}  # a title's last word (`Thủ tướng`, `Giám đốc`): what it heads goes on
_LONGEST_ITEM = 4  # words (`Hướng dẫn người bệnh`, `Mạng lưới giao dịch`)
_LONGEST_TAIL = 5  # words of a portal's item (`Khu kinh tế cửa khẩu`), before a lead opening as leads do
# … and a branch office's (`… Tỷ giá tính thuế Chi cục | Hải quan cửa khẩu …`: the lead's subject is begun)
_SUBJECT_HEADS = frozenset((*ORG_HEADS, "Chi cục", "Chi nhánh"))
_ONE_WORD_HEADS = frozenset(head for head in ORG_HEADS if " " not in head)  # `Viện`, `Sở`, `Bộ`


def _menu(head: str, least: int, house: bool = True, grammar: int = 0, longest: int = _LONGEST_ITEM) -> bool:
    """`head` is a menu of `least` items or more of at most `longest` words as the module reads them
    (one of them an item every institution prints if `house`), holding at most `grammar` grammar words."""
    words = head.split()
    if not words or not words[0][:1].isupper() or _PUNCTUATION.search(head) or figures(head):
        return False
    starts = [i for i, word in enumerate(words) if word[:1].isupper()]
    lengths = [b - a for a, b in zip(starts, [*starts[1:], len(words)], strict=True)]
    if len(starts) < least or max(lengths) > longest or names_someone(head, 3):
        return False
    found = signals(head)
    return found.grammar <= grammar and (not house or _HOUSE_ITEMS.search(head.casefold()) is not None)


def _dated(lead: str) -> bool:
    """`lead` opens as leads do with its clause (`Từ ngày 18 đến 20/9, …`), or with its day or quarter
    (`Quý II, giá thuê …`)."""
    return sentence_begun(lead) or DATED_LEAD.match(lead) is not None or _QUARTER.match(lead) is not None


# A lead opening with its quarter (`Quý II, giá thuê …`), whose numeral in capitals goes on no name.
_QUARTER = re.compile(r"Quý\s+(?:I|II|III|IV)(?:/\d{4})?,")


def house_menu(text: str) -> bool:
    """`text`, in a unit of its own over the lead, is a menu of three items or more, one of them an
    item every institution prints (`Tin tức Tuyển sinh Góc học tập`): a kicker or a subheading has
    one item (`Chuyện người lính đảo`), a list its commas."""
    return _menu(text, _LEAST_DATED)


def house_item(text: str) -> bool:
    """`text` is one item every institution's menu prints, alone (`Tin tức`, which also names an outlet)."""
    return _HOUSE_ITEMS.fullmatch(text.strip().casefold()) is not None


def _subject_opens(head: str) -> bool:
    """The last item of `head` opens a subject: an organisation's head (`Công ty cổ phần`, `Bệnh viện`)
    or a title (`Thủ tướng`), or goes on a body's head of one word before it (`Viện | Khoa học`), whose
    name goes on after the cut."""
    words = head.split()
    last = max((i for i, word in enumerate(words) if word[:1].isupper()), default=0)
    item = words[last:]
    if last and words[last - 1] in _ONE_WORD_HEADS:  # `… Viện Khoa học | Nông nghiệp …`: a body's name
        return True
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
        spanned = headed and word[:1].isdigit() and opens_span(rest)  # `… | 6 tháng đầu năm 2025, …`
        if not (word[:1].isupper() or spanned) or (before[:1].isupper() and not DATED_LEAD.match(rest)):
            continue  # a name goes on across the cut, not into a lead's day (`… người Việt | Sáng 14/11,`)
        if (after[:1].isupper() and not _QUARTER.match(rest) and not (headed and opens_clause(rest))) or (
            in_organisation(tokens, index)
        ):
            continue  # a name goes on across the cut (`Bệnh viện Đa khoa | Xanh Pôn`), not a lead's source
        if not (
            _menu(head, least)
            or (headed and _dated(rest) and _menu(head, _LEAST_DATED, False, _loose(head)))
            or (headed and _tail_items(head, rest))
        ):
            continue  # after a header, its last items before a lead's opening words and clause
        if not DATED_LEAD.match(rest) and _subject_opens(head):
            continue  # the lead's subject begun before the cut (`… Thủ tướng | Chính phủ vừa …`)
        found = signals(rest)
        if whole_lead(found):
            # an item every site prints after the cut (`… Thủ tục hành chính | Hỏi đáp Sở …`): the menu
            # goes on past it, to a name the cut cannot part; other readers judge it whole
            return None if _HOUSE_ITEMS.match(rest.casefold()) else (head, rest)
    return None


def _tail_items(head: str, rest: str) -> bool:
    """After a header, `head` is a menu's last items before a lead opening with its source's clause or a
    span of time (`… Khu kinh tế cửa khẩu Thủ tục hành chính | Theo Ban Quản lý …, 6 tháng …`, `…
    Nghiên cứu Đặt mua tạp chí | 6 tháng đầu năm 2025, …`): two items or more in sentence case, each of
    two to five words (a name's words are each in capitals: `Ngọc Hà`, `Viêng Chăn` stay)."""
    if not (opens_clause(rest) or opens_span(rest)) or not _menu(head, 2, False, _loose(head), _LONGEST_TAIL):
        return False
    words = head.split()
    starts = [i for i, word in enumerate(words) if word[:1].isupper()]
    return all(b - a >= 2 for a, b in zip(starts, [*starts[1:], len(words)], strict=True))


def _loose(head: str) -> int:
    """The grammar words a header's last items may hold before a lead opening with its clause: one in
    eight words (`… Văn bản Người có uy tín Tin hoạt động | Từ ngày 22 đến 28/1, …`), as menus do."""
    return len(head.split()) // 8


_ORG_WORDS = frozenset(head.split()[0] for head in ORG_HEADS)  # `Sở`, `Phòng`, `Bộ`: a body's name begun
_LEAST_OVER_SITE = 4  # items of a news site's sections (`Tin chính An ninh trật tự Pháp luật Phóng sự`)
# The home item after up to sixteen words of the header's links, no stop among them.
_HOME = re.compile(r"^(?:[^\s.!?;:,]+\s+){1,16}?(?=Trang chủ\s)")


def peel_menu_over_site(text: str, called: Callable[[str], bool]) -> tuple[str, str] | None:
    """(menu, lead) when `text` opens with a menu of four items or more in sentence case, any items,
    run into a lead whose subject is the site itself (`Tin chính An ninh trật tự Pháp luật Phóng sự |
    Công an TP.HCM vừa bắt giữ …` on the police paper's page, `called` saying what names the site):
    the site's name ends no menu's item, and the lead is a whole sentence; else None. Where the menu
    opens with its home item after the header's other links (`Lịch tiếp công dân Dịch vụ công trực
    tuyến Phản ánh kiến nghị qua iHanoi | Trang chủ Giới thiệu … Thủ tục hành chính | UBND phường …`),
    those links, a few words and no stop, go with it: a lead never holds `Trang chủ`."""
    home = _HOME.search(text)
    if home and (found := peel_menu_over_site(text[home.end() :], called)):
        return f"{text[: home.end()]}{found[0]}", found[1]
    tokens = list(_TOKEN.finditer(text))
    for index in range(_LEAST_OVER_SITE, min(len(tokens) - 1, 20)):
        word, before = tokens[index].group(0), tokens[index - 1].group(0)
        if not word[:1].isupper() or before[:1].isupper():
            continue  # the site's name opens after an item's word in small letters
        window = [t.group(0) for t in tokens[index : index + 4]]
        if not any(called(" ".join(window[:n])) for n in range(1, len(window) + 1)):
            continue
        head, rest = text[: tokens[index].start()].strip(), text[tokens[index].start() :]
        found = signals(rest)
        bodies = any(t.group(0) in _ORG_WORDS for t in tokens[max(0, index - 3) : index])
        if bodies or _subject_opens(head) or in_organisation(tokens, index):
            continue  # the site's name in a body's (`Phòng Cảnh sát | Công an tỉnh …`, `Sở Y tế | Cà Mau`)
        if _menu(head, _LEAST_OVER_SITE, False) and found.prose and found.sentence and found.words >= 10:
            return (head, rest) if plain_lead(found) else None
    return None
