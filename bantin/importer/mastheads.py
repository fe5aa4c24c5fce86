"""The site's own name printed over its menu, the two run into the lead (`Tạp chí Thuế Tin tức Chính
sách Hỏi đáp Văn bản Tổng thu ngân sách …`): `menus.peel_menu` never cuts there, the capitals of the
name and of the menu's first item (`Thuế Tin`) reading as someone's name. The name is the page's
(its `Source:`, its address), so it is taken off first and the rest asked of `peel_menu` again: a
menu run into a sentence goes with the name over it; a lead that opens with the site's name and no
menu (`Báo Bến Tre vừa trao …`) has nothing cut."""

from __future__ import annotations

import re
from collections.abc import Callable

from .menus import peel_menu

_WORD = re.compile(r"\S+")
#: The words a site's name can take at most (`Báo Điện tử Đảng Cộng sản Việt Nam`).
_LONGEST = 8


def peel_masthead(text: str, called: Callable[[str], bool]) -> tuple[str, str] | None:
    """(the site's name and its menu, the lead) when `text` opens with words `called` the site's name
    and a menu `peel_menu` cuts off the lead follows them, else None."""
    words = list(_WORD.finditer(text))
    for found in words[:_LONGEST]:
        if called(text[: found.end()]):  # the fewest words spelling the name
            rest = text[found.end() :].strip()
            break
    else:
        return None
    if not rest[:1].isupper():
        return None  # the name goes on in a sentence (`Báo Bến Tre vừa trao …`)
    peeled = peel_menu(rest)
    if peeled is None:
        return None
    return f"{text[: found.end()]} {peeled[0]}", peeled[1]
