"""A menu run into a lead that opens with `Ông` or `Bà` and a person's full name (`Thời sự Pháp luật
Ông Nguyễn Văn Thành, 90 tuổi, …`): the vnsum scrape prints the page on one line, and a name holds
no word a lead starts with. The honorific before a surname marks the lead's start when what stands
before it is a menu (names of sections, no grammar word, no clause) and a whole sentence follows; a
place named after someone (`Bà Rịa`) has no surname after the honorific and cuts nothing."""

from __future__ import annotations

import re

from ..tagging.kinds import SURNAMES
from .furniture import signals
from .menus import CLAUSE, names_someone
from .suffixes import ends_with_section
from .whole_leads import whole_lead

__all__ = ["peel_honorific_lead"]

_TOKEN = re.compile(r"\S+")
_HONORIFICS = frozenset({"Ông", "Bà"})
_MOST_MENU_WORDS = 30


def peel_honorific_lead(text: str) -> tuple[str, str] | None:
    """(menu, lead) when `text` is a menu run into `Ông` or `Bà` and a full name opening a sentence,
    else None."""
    tokens = list(_TOKEN.finditer(text))
    for index in range(1, min(len(tokens) - 3, _MOST_MENU_WORDS)):
        if tokens[index].group(0) not in _HONORIFICS or tokens[index + 1].group(0) not in SURNAMES:
            continue
        head, rest = text[: tokens[index].start()].strip(), text[tokens[index].start() :]
        if not names_someone(" ".join(t.group(0).rstrip(",") for t in tokens[index + 1 : index + 4]), 2):
            return None  # no full name after the honorific
        if head.count("(") > head.count(")") or CLAUSE.search(head) or head.endswith((".", ":", ";", ",")):
            return None  # a sentence's own clause before the name
        menu = signals(head)
        if menu.sentence or menu.grammar or not (menu.menu or (menu.words >= 5 and ends_with_section(head))):
            return None
        lead = signals(rest)
        if whole_lead(lead):
            return head, rest
        return None
    return None
