"""A government portal's menu run into the lead (`Giới thiệu Tin tức Thủ tục hành chính Dịch vụ công
Quy hoạch Hỏi đáp UBND tỉnh … vừa ban hành …`), the portal's name over it maybe (`Cổng thông tin điện
tử tỉnh Mẫu Dịch vụ công Hỏi đáp Lịch công tác Theo đó, …`).

Every portal of a province, a district, a ministry or a Sở prints the services the law asks of it
(public services, administrative procedures, citizens' questions, the leaders' work schedule, the
documents) as items of three or four words mostly in lower case (`Thủ tục hành chính`, `Lịch công
tác`): `menus.peel_menu` reads so many words in lower case as a noun phrase's, and keeps the run with
the lead. Here the items are known by name: a run of three or more, two of them a portal's services
(one service in a sentence's subject, `Dịch vụ công trực tuyến được …`, is no menu), the rest a
portal's or a news site's sections, then a whole sentence in capitals after it (or nothing but the
label of the page's section, in a unit of its own). The name over the menu is the page's (`called`)
or spelt as portals spell theirs (`Cổng thông tin điện tử …`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from .menus import names_someone
from .placed import signals
from .suffixes import names_section
from .whole_leads import whole_lead
from .widgets import leading_buttons

#: The services a portal owes its citizens, one menu item each (a police portal's too: receiving the
#: citizens' reports and complaints, `Tiếp nhận phản ánh, kiến nghị`, and crimes reported, `Tố giác tội
#: phạm`).
SERVICES = frozenset(
    "dịch vụ công|dịch vụ công trực tuyến|thủ tục hành chính|hỏi đáp|lịch công tác|sơ đồ cổng|sơ đồ trang|"
    "danh bạ|văn bản|hệ thống văn bản|văn bản pháp luật|văn bản chỉ đạo|văn bản chỉ đạo điều hành|"
    "chỉ đạo điều hành|"
    "góp ý dự thảo|số liệu thống kê|cơ sở dữ liệu|tiếp nhận phản ánh|phản ánh kiến nghị|phản ánh, kiến nghị|"
    "tiếp nhận phản ánh, kiến nghị|tố giác tội phạm|văn bản pháp quy|văn bản quy phạm pháp luật".split("|")
)
#: A lookup or a column of answers the portal offers is a service whatever it is on (`Tra cứu hồ sơ`,
#: `Tra cứu thông tin mộ liệt sĩ`, `Hỏi đáp chính sách`): `Tra cứu` or `Hỏi đáp` and up to five words in
#: lower case, no grammar word among them.
_LOOKUP = re.compile(r"^(?:tra cứu|hỏi đáp)(?: [^\W\d_]+){1,5}$")
_LOOKUP_WORDS = 7
#: A portal's other sections (its audiences, its news), besides a news site's (`suffixes`).
_SECTIONS = frozenset(
    "giới thiệu|giới thiệu chung|trang chủ|sự kiện|tin hoạt động|thông báo|chính quyền|công dân|"
    "doanh nghiệp|du khách|quy hoạch|thống kê|liên hệ".split("|")
)
#: A portal's own name as portals spell it, up to the words of the place or the body it serves.
_PORTAL_NAME = re.compile(r"^(?:cổng|trang)\s+(?:thông\s+tin|ttđt|tt)(?:\s+điện\s+tử)?\s", re.IGNORECASE)
_TOKEN = re.compile(r"\S+")
_LONGEST = max(len(item.split()) for item in SERVICES | _SECTIONS)
_SEPARATOR = re.compile(r"^[-–|»›/]$")
#: The words a portal's name goes on for at most after `Cổng thông tin điện tử` (`thành phố Hồ Chí Minh`).
_NAME_WORDS = 7
#: The words a section's label after the menu takes at most (`Hỏi đáp chính sách`).
_LABEL_WORDS = 4


def peel_portal_menu(text: str, called: Callable[[str], bool] = lambda _: False) -> tuple[str, str] | None:
    """(the portal's menu with its name, the lead) when `text` opens with such a menu run into a whole
    sentence, else None."""
    tokens = list(_TOKEN.finditer(text))
    for start in _starts(text, tokens, called):
        ends = _menu_ends(tokens, start)
        for end in sorted(ends, reverse=True):
            if end >= len(tokens):
                continue
            rest = text[tokens[end].start() :]
            if not rest[:1].isupper() and rest[:1] not in '“"':
                continue
            found = signals(rest)
            if whole_lead(found):
                return text[: tokens[end].start()].strip(), rest
    return None


def peel_serviced_menu(text: str) -> tuple[str, str] | None:
    """(menu, lead) when `text` opens with a portal's menu of its own sections closed by two of its
    services or more (`Giới thiệu Tin tức - Sự kiện Người có công Lao động - Việc làm Giảm nghèo Bảo trợ
    xã hội Thủ tục hành chính Dịch vụ công trực tuyến | Ngày 19/11, …`), run into a whole sentence, else
    None. The sections are the body's own (a Sở of labour's `Người có công`, `Giảm nghèo`), known by
    their shape: items in sentence case (a word in capitals and up to four in small letters, a dash
    between two halves), five at least, no figure, stop or comma, no name (four words in capitals in a
    row), a grammar word in eight words at most (`Người có công`); the services, capitalised, only a
    portal's menu prints in a row."""
    tokens = list(_TOKEN.finditer(text))
    for end in range(min(len(tokens) - 1, _SERVICED_REACH), _LEAST_SERVICED - 1, -1):
        head, rest = text[: tokens[end].start()].strip(), text[tokens[end].start() :]
        if not rest[:1].isupper() or _served(head) < 2 or not _sections(head):
            continue
        if whole_lead(signals(rest)):
            return head, rest
    return None


_SERVICED_REACH = 40  # words of a portal's menu of sections and services
_LEAST_SERVICED = 5  # items of it
_MENU_PUNCTUATION = re.compile(r"[,.:;!?()“”\"'|»›/&%+]|\d|[-–]\S|\S[-–]")  # a dash only between two halves
_ITEM_WORDS = 5  # a section's words (`Lao động - Việc làm`, `Đầu tư ra nước ngoài`)


def _served(head: str) -> int:
    """How many of a portal's services, each in a capital, close `head` in a row."""
    words, count = head.split(), 0
    while words:
        n = next(
            (n for n in range(min(_LONGEST, len(words)), 0, -1)
             if words[-n][:1].isupper() and " ".join(words[-n:]).casefold() in SERVICES),
            0,
        )  # fmt: skip
        if not n:
            break
        words, count = words[:-n], count + 1
    return count


def _sections(head: str) -> bool:
    """`head` reads as a menu of sections in sentence case (see `peel_serviced_menu`)."""
    words = [word for word in head.split() if not _SEPARATOR.match(word)]
    if not words or not words[0][:1].isupper() or _MENU_PUNCTUATION.search(head):
        return False
    starts = [i for i, word in enumerate(words) if word[:1].isupper()]
    lengths = [b - a for a, b in zip(starts, [*starts[1:], len(words)], strict=True)]
    if len(starts) < _LEAST_SERVICED or max(lengths) > _ITEM_WORDS or names_someone(" ".join(words), 4):
        return False
    return signals(head).grammar <= len(words) // 8


def portal_menu_alone(text: str, called: Callable[[str], bool] = lambda _: False) -> bool:
    """`text` is such a menu alone, or with the label of the page's section after it (`… Lịch công tác
    Hỏi đáp chính sách`, `… Tin hoạt động`): a few words and no sentence."""
    tokens = list(_TOKEN.finditer(text))
    for start in _starts(text, tokens, called):
        for end in _menu_ends(tokens, start):
            rest = text[tokens[end].start() :] if end < len(tokens) else ""
            if (
                len(rest.split()) <= _LABEL_WORDS
                and not signals(rest).sentence
                and not rest.endswith((".", "?", "!"))
            ):
                return True
    return False


def _starts(text: str, tokens: list[re.Match[str]], called: Callable[[str], bool]) -> list[int]:
    """Where the menu may open: at once, past buttons (`Trang chủ`), or past the portal's name."""
    first = leading_buttons(text)
    starts = [0, *[i for i, token in enumerate(tokens) if token.start() >= first][:1]]
    name = _PORTAL_NAME.match(text)
    if name is not None:
        after = sum(1 for token in tokens if token.start() < name.end())
        starts += range(after + 1, min(len(tokens), after + _NAME_WORDS) + 1)
    starts += [i + 1 for i in range(min(len(tokens), 10)) if called(text[: tokens[i].end()])]
    return sorted(set(starts))


def _menu_ends(tokens: list[re.Match[str]], start: int) -> set[int]:
    """The token indices where a run of items from `start` may end: three items at least, two of them
    services."""
    words = [t.group(0) for t in tokens]
    reach: dict[int, tuple[int, int]] = {start: (0, 0)}  # index → (items, services) on the best path
    for at in range(start, len(words)):
        if at not in reach:
            continue
        items, services = reach[at]
        if _SEPARATOR.match(words[at]):
            reach.setdefault(at + 1, (items, services))
            continue
        for n in range(1, max(_LONGEST, _LOOKUP_WORDS) + 1):
            item = " ".join(words[at : at + n])
            if at + n > len(words) or not item[:1].isupper():
                continue
            folded = item.casefold()
            lookup = _LOOKUP.match(folded) is not None and all(w[:1].islower() for w in item.split()[1:])
            lookup = lookup and not signals(item).grammar  # `Hỏi đáp về đất đai được …`: a sentence's words
            service = folded in SERVICES or lookup
            if service or folded in _SECTIONS or (n <= 3 and names_section(item)):
                best = reach.get(at + n, (-1, -1))
                reach[at + n] = max(best, (items + 1, services + service), key=lambda p: (p[1], p[0]))
    return {at for at, (items, services) in reach.items() if items >= 3 and services >= 2}
