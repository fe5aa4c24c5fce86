"""The breadcrumb that ends with the page's own title, run into the lead (`Báo Ninh Bình Thời sự Đính
chính Trên Báo Ninh Bình số 5123 …` under the headline `Đính chính`): a notice's page often names
itself by its kind (`Đính chính`, `Cáo phó`, `Thông báo`), and its breadcrumb's last crumb is that
name. The vnsum scrape prints the page on one line, and the lead opening with a name (`Trên Báo Ninh
Bình`) hides where the menu stops; the title's words closing the crumbs do mark it. The unit is cut
after them when what stands before and with them reads as a menu (no grammar word, no clause, no
bracket left open) and a whole plain sentence follows; the site's name may lead the crumbs, so an
organisation's name before the title does not forbid the cut as it does in `headline_lead`, which
cuts a lead that opens with the headline where this cuts a menu that closes with it."""

from __future__ import annotations

import re

from .furniture import Unit, signals
from .menus import CLAUSE, cut_in_header
from .whole_leads import whole_lead

__all__ = ["cut_after_title_crumb", "split_after_title"]

_TOKEN = re.compile(r"\S+")
_LEAST_LETTERS = 6  # `Đính chính`, `Cáo phó`: a shorter title is a word a menu may hold anywhere
_MOST_MENU_WORDS = 16
_LEAD_WORDS = 10


def _bare(word: str) -> str:
    return word.strip("“”\"‘’'()[],.:;!?«»").casefold()


def split_after_title(text: str, title: str) -> tuple[str, str] | None:
    """(menu, lead) when `text` is a menu closing with the whole of `title` run into a lead, else None."""
    wanted = [w for w in (_bare(w) for w in title.split()) if w]
    if len("".join(wanted)) < _LEAST_LETTERS:
        return None
    tokens = list(_TOKEN.finditer(text))
    bare = [_bare(t.group(0)) for t in tokens]
    for start in range(1, min(len(tokens), _MOST_MENU_WORDS) - len(wanted) + 1):
        end = start + len(wanted)
        if bare[start:end] != wanted or end >= len(tokens):
            continue
        if not tokens[end].group(0)[:1].isupper():
            return None  # the title's words inside a sentence going on
        head, rest = text[: tokens[end].start()].strip(), text[tokens[end].start() :]
        crumbs = text[: tokens[start].start()].strip()  # the site's name may lead them (`Báo Ninh Bình`)
        if crumbs.count("(") > crumbs.count(")") or CLAUSE.search(head) or crumbs.endswith((".", ":", ";")):
            return None  # a sentence's own clause or bracket before the title's words
        menu = signals(head)
        if menu.sentence or menu.grammar:
            return None
        lead = signals(rest)
        if whole_lead(lead, _LEAD_WORDS):
            return head, rest
        return None
    return None


def cut_after_title_crumb(units: list[Unit], title: str) -> list[Unit]:
    """The first unit holding a sentence cut where a breadcrumb closing with `title` runs into the lead."""
    return cut_in_header(units, lambda text: split_after_title(text, title))
