"""A menu run into a lead that opens with the headline's first words (`Xe Thị trường Đánh giá Tư vấn
Honda Việt Nam thông báo triệu hồi …` under `Honda Việt Nam triệu hồi …`): the vnsum scrape prints
the page on one line, and when the lead opens with a name or capitals no word a lead starts with
marks where the menu stops. The headline's opening words repeated at the lead's start do: the unit is
cut before them when what stands before is a menu (names in title case, no grammar word, no clause)
and a whole sentence follows. The headline's words inside a sentence, or after a subject's title
(`Giám đốc Sở Y tế Hà Nội …`, `Tập đoàn Vingroup Phạm Nhật Vượng …`), cut nothing, nor does a dateline
before them (`Tây Ninh, 20/3/2024 -`); after a city's weather widget (`Hà Nội 16°C Sương mù 7 ngày
tới`), its words are the widget's."""

from __future__ import annotations

import re

from ..tagging.kinds import ADMIN, ORG_CONTEXT, ORG_HEADS, PERSON_CONTEXT, PLACE_CONTEXT, TITLE_ENDS
from .agency_datelines import agency_dateline
from .furniture import Unit, signals
from .menus import CLAUSE, cut_in_header, in_organisation
from .stamps import is_dateline
from .suffixes import ends_with_section
from .whole_leads import whole_lead

__all__ = ["BEFORE_A_NAME", "cut_before_headline_words"]

_TOKEN = re.compile(r"\S+")
_LEAST_WORDS = 2  # `Hà Giang`, `UBND tỉnh`: a name of two words is the shortest opening taken
_LEAST_LETTERS = 6
_MOST_MENU_WORDS = 30
# A word that a name follows in a sentence (`tỉnh`, `bà`, `hãng`): the headline's words after it are
# the subject's name going on (`Sở Giao thông Vận tải tỉnh | Đồng Nai vừa …`).
# Casefolded, as `_bare` leaves the words it is asked of (`UBND TP | Đà Nẵng vừa …`: `tp`).
BEFORE_A_NAME = frozenset(w.casefold() for w in (*ADMIN, *PLACE_CONTEXT, *PERSON_CONTEXT, *ORG_CONTEXT))
_ORG_WORDS = frozenset(ORG_HEADS)
# A weather widget for the reader's city before the lead (`Hà Nội 16°C Sương mù 7 ngày tới`): its last
# words are the widget's forecast link, not a sentence's `tới` before a place's name.
_WEATHER = re.compile(r"\d\s?°[CF]?(?!\w)")


def _names_a_subject(head: str) -> bool:
    """The words before the headline's hold an organisation's head (`Sở`, `Công ty`) or a title
    (`Giám đốc`, `Chủ tịch`): the lead's subject, which menus lack."""
    words = head.split()
    pairs = {" ".join(words[i : i + 2]) for i in range(len(words) - 1)}
    return bool(_ORG_WORDS & (set(words) | pairs)) or any(w.casefold() in TITLE_ENDS for w in words)


def _bare(word: str) -> str:
    return word.strip("“”\"‘’'()[],.:;!?«»").casefold()


def split_at_headline(text: str, headline: str) -> tuple[str, str] | None:
    """(menu, lead) when `text` is a menu run into a lead opening with `headline`'s first two words
    or more, else None."""
    wanted = [_bare(w) for w in headline.split()]
    wanted = [w for w in wanted if w]
    if len(wanted) < _LEAST_WORDS:
        return None
    tokens = list(_TOKEN.finditer(text))
    bare = [_bare(t.group(0)) for t in tokens]
    for index in range(1, min(len(tokens), _MOST_MENU_WORDS)):
        if bare[index : index + _LEAST_WORDS] != wanted[:_LEAST_WORDS]:
            continue
        if len("".join(wanted[:_LEAST_WORDS])) < _LEAST_LETTERS:
            return None
        first = tokens[index].group(0).lstrip("“\"‘'(«")[:1]
        if not (first.isupper() or first.isdigit()):
            continue
        head, rest = text[: tokens[index].start()].strip(), text[tokens[index].start() :]
        if head.count("(") > head.count(")") or CLAUSE.search(head) or head.endswith((".", ":", ";")):
            return None  # a sentence's own clause or bracket before the headline's words
        if is_dateline(head) or agency_dateline(head) == 0:
            return None  # `Tây Ninh, 20/3/2024 - Công an tỉnh …`, a wire's `… (ACN Newswire) -`: no menu
        going_on = bare[index - 1] in BEFORE_A_NAME and not _WEATHER.search(head)
        if in_organisation(tokens, index) or _names_a_subject(head) or going_on:
            return None  # a subject's name going on (`Tập đoàn Vingroup | Phạm`, `tỉnh | Đồng Nai`)
        menu = signals(head)
        if menu.sentence or menu.grammar or not (menu.menu or (menu.words >= 5 and ends_with_section(head))):
            return None  # a subject's title (`Giám đốc Sở Y tế`), no menu
        lead = signals(rest)
        if whole_lead(lead):
            return head, rest
        return None
    return None


def cut_before_headline_words(units: list[Unit], headline: str) -> list[Unit]:
    """The first unit holding a sentence, or one before it, cut where a menu runs into a lead that
    opens with the headline's words."""
    return cut_in_header(units, lambda text: split_at_headline(text, headline))
