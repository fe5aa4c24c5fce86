"""The site's own name printed over its menu, the two run into the lead (`Tạp chí Thuế Tin tức Chính sách
Hỏi đáp Văn bản Tổng thu ngân sách …`): `menus.peel_menu` never cuts there, the capitals of the name and
of the menu's first item (`Thuế Tin`) reading as someone's name. The name is the page's (its `Source:`,
its address), so it is taken off first and the rest asked of `peel_menu` again: a menu run into a
sentence goes with the name over it; a lead that opens with the site's name and no menu (`Báo Bến Tre
vừa trao …`) has nothing cut. An institution's menu of items in sentence case under its name (`Đại sứ
quán … Giới thiệu Tin Đại sứ quán Lãnh sự …`) is read as `item_menus` reads it. A menu too short for
`peel_menu` (`Tạp chí Xây dựng Vật liệu xây dựng Trong quý I/2024, giá thép …`) ends where a word a lead
starts with opens a clause: under the site's own name, words in title case with no grammar word are its
sections, not a subject; a menu run into a lead that opens with its subject (`… Địa phương UBND tỉnh
Long An vừa …`) ends where the subject opens (`subject_leads.py`). A station's name its address does not
spell (`Đài PT-TH Lạng Sơn`, `Đồng Nai TV`) is read by its shape (`station_names.py`). A department's
site prints its parent body's name over its own (`Bộ Văn hóa, Thể thao và Du lịch Cục Hợp tác quốc tế
Tin tức …`): the name is found after the parent's, which opens with a body's head (`_under_parent`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..tagging.kinds import ORG_HEADS
from .furniture import signals
from .item_menus import peel_item_menu
from .menus import LEAD_STARTERS, peel_menu, sentence_begun
from .station_names import station_end
from .subject_leads import peel_subject_lead

_WORD = re.compile(r"\S+")
#: The words a site's name can take at most (`Liên hiệp các tổ chức hữu nghị tỉnh Thanh Hóa`, nine).
_LONGEST = 10


def peel_masthead(text: str, called: Callable[[str], bool]) -> tuple[str, str] | None:
    """(the site's name and its menu, the lead) when `text` opens with words `called` the site's name
    and a menu `peel_menu` cuts off the lead follows them, else None."""
    end = name_end(text, called) or station_end(text) or _under_parent(text, called)  # the fewest words
    if end is None:  # spelling the name, a station's (`Đài PT-TH Lạng Sơn`), or one under its parent's
        return None
    rest = text[end:].strip()
    if not rest[:1].isupper():
        return None  # the name goes on in a sentence (`Báo Bến Tre vừa trao …`)
    peeled = peel_menu(rest) or peel_item_menu(rest, headed=True) or short_menu(rest)
    named = text[:end]  # a name in title case, no sentence's words (`Cán bộ, chiến sĩ Đồn …`)
    subject = None if re.search(r"[,.;:]", named) or signals(named).grammar else peel_subject_lead(rest)
    if subject is not None and (peeled is None or _goes_on(peeled[0], subject[0])):
        peeled = subject  # its items up to the subject (`… Chính sách | Hỏi đáp | Luật Đất đai 2024 …`)
    if peeled is None:
        return None
    return f"{text[:end]} {peeled[0]}", peeled[1]


def name_end(text: str, called: Callable[[str], bool]) -> int | None:
    """Where the site's name `text` opens with ends: after the fewest words `called` its name."""
    words = list(_WORD.finditer(text))
    return next((found.end() for found in words[:_LONGEST] if called(text[: found.end()])), None)


_MOST_ITEMS_WORDS = 8  # words of a short menu under the name (`Pháp lý Hỏi đáp`)
_LEAST_CAPITALS = 0.25  # a capital an item at least (`Vật liệu xây dựng`)


def short_menu(text: str) -> tuple[str, str] | None:
    """(menu, lead) when `text` opens with a few words in title case, no grammar word (but the `và`
    of an item, `Mẹ và bé`), figure or punctuation, then a lead's opening word with its clause
    (`Pháp lý Hỏi đáp | Để sang tên …, người mua …`), else None; under the site's name."""
    for found in LEAD_STARTERS.finditer(f" {text}"):
        head, rest = text[: found.start()].strip(), text[found.start() :].strip()
        words = head.split()
        if not words or len(words) > _MOST_ITEMS_WORDS or re.search(r"[\d,.:;()“”\"]", head):
            return None
        menu = signals(re.sub(r"(?<=\S) và (?=\S)", " ", head))  # `Mẹ và bé`: one item
        if menu.grammar or menu.sentence or menu.capitals < _LEAST_CAPITALS or not words[0][:1].isupper():
            return None
        return (head, rest) if sentence_begun(rest) else None
    return None


def last_items(text: str) -> tuple[str, str] | None:
    """(menu, lead) when `text`, after a header already cut off it, opens with its menu's last items
    (`Y tế | Mẹ và bé Trong một tuần, …`, `Kinh tế | Những ngày này, …`) as `short_menu` reads them,
    no site's name over them: the items end in a word in small letters, and the lead's first word
    is no name's (`Cơ quan | Hàng không Vũ trụ Mỹ …`, `Nhân | Ngày Thận thế giới …`: a capital
    after it goes on with a name, which the header's cut has parted)."""
    peeled = short_menu(text)
    if peeled is None or not peeled[0].split()[-1].islower():
        return None
    after = peeled[1].split()[1:3]
    return None if any(word[:1].isupper() for word in after) else peeled


def _goes_on(menu: str, longer: str) -> bool:
    """`longer` is `menu` and more items after it: a short menu's further items before the subject."""
    return len(longer) > len(menu) and longer.startswith(menu)


_PARENT_HEADS = frozenset(head for head in ORG_HEADS if " " not in head)  # `Bộ`, `Sở`, `Viện`


def _under_parent(text: str, called: Callable[[str], bool]) -> int | None:
    """Where the site's name ends when a parent body's name stands over it: `text` opens with a body's
    head of one word (`Bộ`, `Sở`), and the site's name opens in a capital within ten words, no stop
    before it (`Bộ Văn hóa, Thể thao và Du lịch | Cục Hợp tác quốc tế`)."""
    words = list(_WORD.finditer(text))
    if not words or words[0].group(0) not in _PARENT_HEADS:
        return None
    for found in words[2:_LONGEST]:
        if re.search(r"[.;:!?]", text[: found.start()]):
            return None
        if found.group(0)[:1].isupper():
            end = name_end(text[found.start() :], called)
            if end is not None:
                return found.start() + end
    return None
