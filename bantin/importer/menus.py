"""A page's header run into the article's first sentence: a menu of sections, a box, a share bar,
a time stamp (`Tin xe Đánh giá Giá xe So sánh Tìm kiếm Mẫu sedan …`, `2 giờ trước Sáng 12/6, …`).
`chrome` peels them off the units before the article's first sentence; `units` cuts the rest.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from ..core.text import CAPITALS
from ..tagging.kinds import ORG_HEADS, TITLE_ENDS
from . import publishers
from .event_kinds import event_kind_words
from .furniture import TEASER_START, TITLE_CASE, Signals, Unit, figures, furniture_end, signals
from .suffixes import ends_with_section, names_section
from .whole_leads import plain_lead, whole_lead
from .widgets import leading_buttons, names_a_widget

__all__ = [
    "CLAUSE",
    "DATED_LEAD",
    "LEAD_STARTERS",
    "STARTERS",
    "barred_items",
    "cut_in_header",
    "in_organisation",
    "names_someone",
    "peel_buttons",
    "peel_dateline_menu",
    "peel_menu",
    "peel_time_ago",
    "plain_lead",
    "sentence_begun",
]


#: Words that start a sentence and never end a headline: where a related link run into the text stops.
STARTERS = re.compile(
    r"\s(?=(?:Theo|Trong|Tại|Sau khi|Trước đó|Khi|Ngày|Hôm|Sáng|Chiều|Tối|Đây|Đó|Với|Để|Từ|Vì|Do|Nếu|"
    r"Tuy nhiên|Nhưng|Ngoài ra|Hiện|Việc|Vào|Cũng|Còn|Cùng ngày|Trước|Lúc)\s)"
)
#: Words a lead starts with (the time, the place, the subject), where a menu before it stops. `Năm`,
#: `Tháng`, `Tuần` before a word in capitals name an event (`Tháng Thanh niên`, `Năm Du lịch quốc
#: gia`), which a sentence may hold (`Thành đoàn Hà Nội phát động Tháng Thanh niên …`), unless the
#: word is a month's (`Tháng Ba`); so does `lễ` before one (`… tổ chức Tuần lễ Thương hiệu Việt …`).
_SPAN = (
    r"(?:Năm|Tháng|Tuần)(?!(?:\s+lễ)?\s+(?!(?:Giêng|Hai|Ba|Tư|Năm|Sáu|Bảy|Tám|Chín|Mười|Chạp)\b)["
    + CAPITALS
    + r"])"
)
LEAD_STARTERS = re.compile(
    STARTERS.pattern[:-4] + r"|Những|Các|Nhiều|Mới đây|Vừa qua|Gần đây|Đêm|Trưa|Rạng sáng|" + _SPAN + r"|"
    r"Nhân (?:dịp|kỷ niệm|ngày)|"  # the occasion an interview's intro opens with (`Nhân kỷ niệm 66 năm …`)
    r"Mỗi|Hàng(?=\s+[^\W\d_A-ZĐ]))\s)"  # `Hàng năm`, `Hàng trăm`, not a street's `Hàng Đẫy`
)


def sentence_begun(text: str) -> bool:
    """`text` opens as a lead does and holds a clause's comma (`Ngày 8/5, Tập đoàn Mitsui và Tổng công
    ty`): a sentence begun, however many names in title case make it look like a menu, which has no
    clause; a stamp's commas (`Cập nhật 17:40, Thứ Bảy, 14/09/2024`) open no lead."""
    return LEAD_STARTERS.match(f" {text}") is not None and CLAUSE.search(text) is not None


_TIME_AGO_AFTER = re.compile(
    r"^(?P<menu>(?:[^\s,.;:]+\s+){1,6}?)\d{1,2}\s*(?:h|giờ|phút)\s+trước\b", re.IGNORECASE
)


def peel_time_ago(text: str) -> tuple[str, str] | None:
    """`2 giờ trước Sáng 12/6, Sở…`: a page's time stamp glued to a sentence → (stamp, sentence), or
    None. `chrome` asks only before the article's first sentence (a related story's `3h trước` in the
    tail keeps its teaser whole)."""
    stamp = TEASER_START.match(text)
    after_menu = _TIME_AGO_AFTER.match(text)  # `Báo Mới Du lịch 2 giờ trước Trong …`: the site, a section
    if stamp is None and after_menu is not None and not signals(after_menu.group("menu")).grammar:
        stamp = after_menu
    if stamp is None:
        return None
    rest = text[stamp.end() :].strip()
    found = signals(rest)
    if not rest[:1].isupper() or not plain_lead(found) or not found.prose or not found.sentence:
        return None
    return text[: stamp.end()].strip(), rest


_TOKEN = re.compile(r"\S+")
#: A comma that is no date line's (`Thứ Bảy, 14/09/2024`): a clause of a sentence.
CLAUSE = re.compile(r",(?!\s*\d)")


def peel_buttons(text: str) -> tuple[str, str] | None:
    """(buttons, lead) of a share bar or a player's buttons glued to the lead (`Copy link Sáng 12/6, …`,
    `Nghe Tải xuống MP3 Cơ quan …`): a sentence of twelve words or more, whatever its stop words,
    opening with a capital (a quotation's too: `… Copy link “Chúng tôi …`); None for anything else."""
    end = leading_buttons(text)
    if not end:
        return None
    rest = text[end:].strip(" |:/»>-–")
    found = signals(rest)
    if rest.lstrip('“"')[:1].isupper() and found.sentence and found.words >= 12 and plain_lead(found):
        return text[:end].strip(), rest
    return None


def names_someone(text: str, least: int = 3) -> bool:
    """`least` words with a capital in a row (`Nguyễn Xuân Phúc`): a name, which menus lack."""
    run = 0
    for word in text.split():
        run = run + 1 if word[:1].isupper() and word[1:].islower() else 0
        if run == least:
            return True
    return False


_SEARCH_LAST = re.compile(r"(?<!\w)(?:Tìm kiếm|Search)$")  # a header's last widget (`… Nhập mã Tìm kiếm`)


def _subject_kept(head: str, rest: str) -> tuple[str, str]:
    """The words after the header's last furniture, when they read as a name holding words in lower
    case and are no menu (`Google News Phòng Cảnh sát giao thông Công an tỉnh … cho biết`), or an
    event's kind before its name (`event_kinds`): the lead's subject, which stays with it."""
    kind = event_kind_words(head, rest)  # `… Mỹ thuật Triển lãm | Sơn mài hôm nay khai mạc …`
    if kind:
        words = head.split()
        return " ".join(words[:-kind]), f"{' '.join(words[-kind:])} {rest}"
    end = furniture_end(head)
    between = head[end:].strip(" |-–:")
    words = between.split()
    if not end or len(words) < 3 or not words[0][:1].isupper() or signals(between).menu:
        return head, rest
    runs = [len(list(run)) for lower, run in itertools.groupby(w[:1].islower() for w in words) if lower]
    if max(runs, default=0) < 3 and not signals(between).grammar:
        return head, rest
    return head[:end].strip(), f"{between} {rest}"


# The items of a menu or a breadcrumb between bars or arrows (`Thời sự | Kinh tế | `, `Kinh tế » `):
# two at least between bars, one between arrows.
_PIPED = re.compile(r"^(?:(?:[^\W\d_][^|»›>]{0,30}?\s*[|»›>]\s*){2,}|[^\W\d_][^|»›>]{0,30}?\s*[»›]\s*)")


_BAR = re.compile(r"\s+[|»›]\s+")


def barred_items(text: str) -> bool:
    """Four items or more between bars, each a name of one to five words opening with a capital, no
    figure, colon or stop in any (`Hoạt động của Đoàn ĐBQH | Hoạt động của HĐND | Kỳ họp | Giám sát`):
    a menu's, or a table's row of headers, which its grammar words (`của`) make read as prose but is
    no sentence; where it stands decides (before the first sentence, a menu)."""
    items = _BAR.split(text.strip())
    return len(items) >= 4 and all(
        1 <= len(item.split()) <= 5 and item[:1].isupper() and not re.search(r"[\d:;,.!?…]", item)
        for item in items
    )


def _pipe_menu(text: str) -> tuple[str, str] | None:
    """`Thời sự | Kinh tế | Giới thiệu Triển lãm quốc tế … khai mạc sáng nay …`: a menu between bars
    whose last item runs into the lead. Each item is a name of a few words in title case; the last
    one is its word in capitals and one or two words in lower case after it, up to the lead's first
    word."""
    bars = _PIPED.match(text)
    if bars is None:
        return None
    items = re.split(r"\s*[|»›>]\s*", text[: bars.end()].strip(" |»›>"))
    if any(len(item.split()) > 4 or not item[:1].isupper() or signals(item).grammar for item in items):
        return None
    if any(quote in text[: bars.end()] for quote in '«"“'):
        return None  # a quotation's guillemets, no breadcrumb
    words = list(_TOKEN.finditer(text, bars.end()))
    if len(words) < 3 or not words[0].group(0)[:1].isupper() or not words[1].group(0)[:1].islower():
        return None  # `Kinh tế | Ông Nguyễn Văn An …`: a title and a name, no item of its own
    at = next((i for i in (2, 3) if i < len(words) and not words[i].group(0)[:1].islower()), None)
    if at is None or at + 1 >= len(words) or not words[at].group(0)[:1].isupper():
        return None
    item = text[words[0].start() : words[at].start()]
    if LEAD_STARTERS.match(" " + item + " "):
        return None  # `Thời sự | Xã hội | Sáng nay Thủ tướng …`: the lead's time, no item
    if not words[at + 1].group(0)[:1].islower() and not ends_with_section(item):
        return None  # `Người dân Hà Nội …`: a place's name, which a subject goes on with (not `Giao thông`)
    lead = words[at]
    found = signals(text[lead.start() :])
    if not whole_lead(found):
        return None
    return text[: lead.start()].strip(), text[lead.start() :]


# A word in lower case glued to the next one's capital (`Mua LuônLễ hội`, `Tin mớiSGGPO - `): where a
# scraper joined a menu's last item to the lead with no space.
def _glued(text: str) -> list[int]:
    """The first such place in each word (`dụcVinFast` is cut before `VinFast` only)."""
    places = []
    for token in _TOKEN.finditer(text):
        word = token.group(0)
        at = next((i for i in range(1, len(word)) if word[i].isupper() and word[i - 1].islower()), None)
        if at is None or at < 2 or not word[:at].isalpha():  # not `iPhone`, `eMagazine`
            continue
        if word.isascii() and word.rstrip(".,;:").isalpha():
            continue  # a brand in camel case (`FastGo`, `MobiFone`), no Vietnamese menu item glued
        places.append(token.start() + at)
    return places


# A paper's tag opening the lead (`SGGPO - `, `(PLO)- `).
_TAG = re.compile(r"^(?:\([A-ZĐ][\w&]+\)|[A-ZĐ][A-ZĐ&]+(?:\.vn)?)\s*[-–]\s*(?=[" + CAPITALS + r"])")


def _glued_menu(text: str) -> tuple[str, str] | None:
    """`… Xem Mua LuônLễ hội ánh sáng lần đầu …`: a menu glued to the lead with no space; cut where a
    word in lower case runs into a capital, when a menu (or a list's header) stands before it and a
    whole sentence, or the paper's tag and one, after it."""
    for at in reversed(_glued(text)):
        head, rest = text[:at], text[at:]
        found = signals(rest)
        if not whole_lead(found):
            continue
        menu = signals(head)
        if menu.menu or (_TAG.match(rest) and not menu.sentence and not menu.grammar and menu.words <= 6):
            return head.strip(), rest
    return None


def _sections_menu(text: str) -> tuple[str, str] | None:
    """A menu of the site's sections by their known names, buttons before them (`Trang chủ Thời sự
    Kinh tế Xã hội Văn hóa Thể thao Ông Nguyễn Văn Hùng, 58 tuổi, …`), run into a lead that opens
    with a name: the longest run of sections, three at least, then a whole sentence."""
    start = leading_buttons(text)
    tokens = list(_TOKEN.finditer(text, start))
    for index in range(min(len(tokens) - 1, 24), 2, -1):
        head, rest = text[: tokens[index].start()].strip(), text[tokens[index].start() :]
        items = re.sub(r"\s[-–]\s", " ", text[start : tokens[index].start()].strip())  # `Văn hóa - Xã hội`
        if not rest[:1].isupper() and rest[:1] not in '“"':
            continue
        if len(items.split()) < 6 or not names_section(items) or not ends_with_section(items):
            continue  # three sections at least (`Thời sự Kinh tế Xã hội`)
        if leading_buttons(rest):
            continue  # a button after them (`… Giao thông Google News …`): the header goes on
        found = signals(rest)
        if found.sentence and found.words >= 10 and plain_lead(found):  # few stop words or many
            return head, rest
    return None


# A lead opening with its day (`Sáng 15/11,`, `Ngày 3/12,`), after which a menu of longer items may stand.
DATED_LEAD = re.compile(r"(?:Sáng|Chiều|Tối|Trưa|Đêm|Ngày)\s+\d{1,2}/\d{1,2}(?:/\d{4})?,")


def _items(head: str, menu: Signals) -> bool:
    """`head` reads as a menu of six items or more, capitals opening them (`Giới thiệu Tuyển sinh …`): no
    name, no figure, no grammar word but one `và` joining two fields (`Tài nguyên và Môi trường`, a name)."""
    capitals, joined = sum(1 for word in head.split() if word[:1].isupper()), head.split().count("và") == 1
    return (
        capitals >= 6 and menu.words <= 4 * capitals and menu.capitals >= 0.3 and menu.grammar <= joined
        and not figures(head) and not names_someone(head, 2)
    )  # fmt: skip


# A header's language switch, the last thing before the lead (`VI | EN`, `VN | EN | LA`, `VI EN`): no name's
# capitals; a unit ends with it (`units`).
SWITCH = r"(?<!\S)(?:VI|VN|EN|LA|FR|CN|KR|JP)(?:(?:\s*[|/]\s*|\s+)(?:VI|VN|EN|LA|FR|CN|KR|JP))+"
_LANGUAGES = re.compile(SWITCH + r"\s*$")


def peel_menu(text: str) -> tuple[str, str] | None:
    """`Thị trường Nuôi trồng … Diễn đàn Đặt mua ngay Kim ngạch xuất khẩu tôm … tăng 15%.`: a page's
    header run into the lead with no word a lead starts with between them → (header, lead), or None.
    The cut is the last one after which a whole sentence follows, and before which stands a header:
    six words or more, no clause, no grammar word near its end, and furniture (a furniture word or
    figures; two weak words, a widget's or a date; or a long menu of sections with no name in it).
    Neither the word before the cut nor the one after it has a capital, so a title and a name (`…
    tỉnh Quảng Ninh Cao Tường Huy…`, `Bộ trưởng Bộ Nông nghiệp`) are never parted."""
    piped = _pipe_menu(text) or _glued_menu(text) or _sections_menu(text)
    if piped is not None:
        return piped
    tokens = list(_TOKEN.finditer(text))
    last: tuple[str, str] | None = None
    for index in range(len(tokens) - 1, 5, -1):
        word, before = tokens[index].group(0), tokens[index - 1].group(0)
        after = tokens[index + 1].group(0) if index + 1 < len(tokens) else ""
        switch = _LANGUAGES.search(text, 0, tokens[index].start())  # `… Liên hệ VI | EN Tối 19/10, …`
        if not word[:1].isupper() or (_capital(before) and not switch) or _capital(after):
            continue  # a name or a title goes on across the cut (`… Bộ trưởng Bộ Nông nghiệp…`)
        if before.casefold() in ("tháng", "thứ"):
            continue  # a lunar month's name, an ordinal (`Rằm tháng Chín`, `lần thứ XI`): no lead's start
        if in_organisation(tokens, index):
            continue  # an organisation's head and its name (`… Tuyển sinh Đại học | Quốc gia Hà Nội vừa …`)
        if before.casefold() in _TITLE_LAST and index > 1 and _capital(tokens[index - 2].group(0)):
            continue  # a title and what it heads (`Thủ tướng | Chính phủ vừa …`, `Bộ trưởng | Bộ Xây dựng`)
        head, rest = text[: tokens[index].start()].strip(), text[tokens[index].start() :]
        if head.count("(") > head.count(")") or head.count('"') % 2 or head.count("“") > head.count("”"):
            continue  # inside brackets or quotes (`Bà Hoa (Bắc Ninh) đóng …`, `chủ đề "Hoa - Kết nối"`)
        if before.endswith((",", ";", ".", ":")) or CLAUSE.search(head):
            continue  # a sentence's clause (`Ngày 18/9, Đồn Biên phòng…`), not a header
        found, menu = signals(rest), signals(head)
        if not whole_lead(found):
            continue
        near_end = " ".join(t.group(0) for t in tokens[max(0, index - 6) : index])
        if menu.sentence or menu.grammar > menu.words // 8 or signals(near_end).grammar:
            continue
        if (menu.word or figures(head)) and menu.capitals >= 0.25:  # `Đặt mua ngay`, a box of prices
            return _subject_kept(head, rest)
        if menu.capitals < TITLE_CASE and not (DATED_LEAD.match(rest) and _items(head, menu)):
            if not (_SEARCH_LAST.search(head) and menu.weak >= 2):  # a sentence-case menu to its search box
                continue
        if menu.capitals < TITLE_CASE:  # `Giới thiệu Tuyển sinh … Cựu sinh viên Sáng 15/11, …`
            return head, rest
        if menu.weak >= 2 or menu.strong or names_a_widget(head):  # `Tin tức`, `Tìm kiếm`, `Home`, a date
            return _subject_kept(head, rest)
        # Or a long run of names of sections, each a word in capitals and a word in lower case (`Xã hội
        # Kinh tế Giao thông`), which holds no grammar word (`Nhận lời mời của Tổng Bí thư…`) and no name
        # (`Thủ tướng Nguyễn Xuân Phúc hoan nghênh…`, `Cố vấn Ban Chấp hành`, `Trường Chinh`).
        # The last such cut, or one item of two words before it if that ends a section's known name
        # (`… Đời sống Thể thao | Cơ quan Cảnh sát điều tra …`, not `… Thể thao Cơ quan | Cảnh sát …`).
        if menu.words >= 8 and menu.capitals >= 0.5 and not menu.grammar and not names_someone(head, 2):
            if last is None and not ends_with_section(head):
                last = (head, rest)
                continue
            if last is None or (ends_with_section(head) and len(rest.split()) - len(last[1].split()) <= 2):
                return head, rest
            return last
    return last


# A site's dateline closing a unit: its name's initials in capitals and a full stop (`… Chuyên đề TGVN.`).
_DATELINE_END = re.compile(r"\s(?=(?P<tag>[" + CAPITALS + r"]{3,8})\.$)")


def peel_dateline_menu(text: str, site: str | None) -> tuple[str, str] | None:
    """A menu of sections run into the site's dateline the lead opens with, the unit cut at its stop
    (`Thời sự Ngoại giao Người Việt bốn phương Chuyên đề TGVN.` before `Ngày 5/1, …`, on the page of
    `Báo Thế giới và Việt Nam`) → (menu, dateline) when the dateline spells the initials of `site`,
    the page's own name, and what stands before it is a menu (title case, no grammar word, no
    sentence), else None: a headline-like first sentence ends in another's acronym (`… Nhân quyền LHQ.`)."""
    found = _DATELINE_END.search(text)
    if found is None or not site or publishers.by_initials(found.group("tag"), {site: site}) is None:
        return None
    head = text[: found.start()].strip()
    return (head, text[found.end() :]) if signals(head).menu else None


# The last words of titles (`Thủ tướng`, `Bộ trưởng`, `Chủ tịch`): what the title heads goes on after
# them in capitals, so no menu ends there.
_TITLE_LAST = TITLE_ENDS | {"tướng"}

# The heads of two words or more an organisation's name opens with (`Đại học`, `Tập đoàn`, a branch's
# `Chi cục`, an insurer's `Bảo hiểm PVI`): the name goes on after them in capitals, so no cut parts them.
_ORG_HEADS = frozenset(head for head in ORG_HEADS if " " in head) | {"Chi cục", "Chi nhánh", "Bảo hiểm"}


def in_organisation(tokens: list[re.Match[str]], index: int) -> bool:
    """Whether the cut before `tokens[index]` falls in an organisation's name: right after its head of
    two or three words (`Đại học | Quốc gia`, `Tổng công ty | Cảng`), or within five syllables after it
    that open in a capital (`Đại học Quốc gia | Mẫu`, `Cơ quan Biến đổi Khí hậu | Copernicus`)."""
    for back in range(6):
        end = index - back
        heads = {" ".join(t.group(0) for t in tokens[max(0, end - n) : end]) for n in (2, 3)}
        if end >= 2 and heads & _ORG_HEADS and (back == 0 or tokens[end].group(0)[:1].isupper()):
            return True
    return False


def _capital(word: str) -> bool:
    """The word's first letter is a capital, past a bracket or a quote (`(Bắc`, `“Nhà`)."""
    return word.lstrip("(“\"‘'[")[:1].isupper()


# The button closing an author's box (`… Xem các bài viết của tác giả`, `Tất cả bài viết cùng tác giả`).
_AUTHORS_BUTTON = re.compile(
    r"(?:Xem|Tất cả)(?:\s+(?:thêm|các|tất cả))*\s+bài(?:\s+viết)?\s+(?:của|cùng)\s+tác\s+giả(?:\s+này)?\s+",
    re.IGNORECASE,
)


def peel_author_box(text: str) -> tuple[str, str] | None:
    """An opinion column's author box above the story run into its lead (`Lê Hồng Sơn Nhà báo, cây bút
    bình luận … Xem các bài viết của tác giả Mỗi lần lên …`): cut after the box's button, within its
    first forty words, when a whole sentence of eight words or more follows → (box, lead), or None."""
    found = _AUTHORS_BUTTON.search(text)
    if found is None or len(text[: found.start()].split()) > 40:
        return None
    head, rest = text[: found.end()].strip(), text[found.end() :].strip()
    lead = signals(rest)
    if not rest[:1].isupper() or not (lead.prose and lead.sentence and lead.words >= 8):
        return None
    return head, rest


def cut_in_header(units: list[Unit], split: Callable[[str], tuple[str, str] | None]) -> list[Unit]:
    """`units` with the first of them that `split` cuts in two (a menu and the lead it runs into), looked
    for up to the first unit holding a sentence: a page's header stands before its story."""
    for i, unit in enumerate(units):
        found = split(unit.text)
        if found is not None:
            return [*units[:i], Unit(unit.block, found[0]), Unit(unit.block, found[1]), *units[i + 1 :]]
        if signals(unit.text).sentence:
            break
    return units
