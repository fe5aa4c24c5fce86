"""A ticker of the site's latest headlines over the page (`Tin nóng: Giá vàng hôm nay tăng mạnh`, `Tin
mới | …`) run into the story's first sentence on a one-line page: its label, then one headline or none,
then the lead. The label opens the unit, where no sentence of a story starts (a sentence saying `Tin
nóng` goes on in lower case), and takes the unit whole as a list's header (`furniture.opens_list`),
lead and all: so the ticker is cut off the lead here. A menu under the ticker, opening with its link
home (`Tin nóng: Lịch tiếp công dân … Trang chủ Giới thiệu … Ngày 3/12, …`), ends the headline: the
menu goes on to the lead, and the header's peel parts them; or to the page's end when the lead is a unit
of its own (`Nóng Lịch tập huấn … Trang chủ … Nhập từ khóa tìm kiếm...`), its links with no stop. The
label may be one word (`Nóng`), as a ticker's red tag prints it.

A headline has no stop of its own, so where it ends is told only by where the lead visibly starts
within a headline's length: the paper's dateline (`SGGPO - Ngày 12/8, …`) or the words a lead opens
with, its opening clause short and closed by a comma (`Ngày 5/3 (giờ địa phương), …`, `Theo IDF, …`;
not `Hàng không Vũ trụ …` inside a name), or an organisation's subject acting (`Sở Xây dựng Hà Nội
vừa …`, `subject_leads.acting_subject`), which a headline words without `vừa` or `đã`. Where none
stands, only the label is cut: the headline stays glued to the lead (a line of chrome kept), since
cutting at a guess (`Tin nóng Kết quả kiểm phiếu cho thấy | Công đảng Anh …`) could take the lead's
opening words with it. A lead is a whole sentence with no furniture, or a long one of prose with one
weak word of it (`thông báo`). A menu before the label (`Thời sự Giới trẻ Tin 24h Thị trưởng …`) goes
with it: the label is where the menu ends; so does one in sentence case opening with its link home and
holding no stop after it (`Trang chủ Tin tức Hoạt động công đoàn … Gương điển hình Nóng Tết Sum vầy …`)."""

from __future__ import annotations

import re

from ..core.text import CAPITALS
from .bounds import plain_sentence
from .furniture import Signals
from .menus import LEAD_STARTERS
from .placed import signals
from .subject_leads import acting_subject
from .vocabulary import as_headers

__all__ = ["AGENCY", "peel_hot_ticker"]

#: A news agency's or the paper's tag opening the lead: `TPO - `, `(NLĐO) - `, `GD&TĐ - `, `VTV.vn - `.
AGENCY = re.compile(r"(?<!\S)(?:\([A-ZĐ][\w&]+\)|[A-ZĐ][A-ZĐ&]+(?:\.vn)?)\s*[-–]\s+(?=[A-ZĐ])")

# The labels of a ticker of headlines (not of a box of related stories, which `furniture` knows).
_LABELS = (
    "nóng",
    "tin nóng",
    "tin mới",
    "tin mới nhất",
    "tin nổi bật",
    "tin 24h",
    "tin mới cập nhật",
    "tiêu điểm",
)
_LABEL = re.compile(r"^(?:" + as_headers(_LABELS) + r")\s*[:|]?\s+(?=[" + CAPITALS + r"\d])")
_HEADLINE_WORDS = 16  # a headline is shorter; a lead starter further on is inside the lead
_OPENING_CLAUSE = re.compile(r"[^,.!?]{4,50},")  # `Ngày 12/8 (giờ địa phương),`, `Theo IDF,`
_STOPS = re.compile(r"[.!?,;]")  # a headline's words hold none; a lead's first clause does


def peel_hot_ticker(text: str) -> tuple[str, str] | None:
    """(the ticker, the lead) when `text` opens with a ticker's label and a whole sentence follows the
    ticker's headline (or the label alone), else None."""
    label = _LABEL.match(text)
    if label is None:
        return _after_menu(text)
    rest = text[label.end() :]
    home = _HOME.search(rest)  # `Tin nóng: Lịch tiếp công dân … Trang chủ Giới thiệu … Ngày 3/12, …`
    menu = rest[home.start() :] if home else ""  # the menu, to the lead or to its search box's dots
    if home and _headline(rest[: home.start()]) and (signals(menu).sentence or _links(menu)):
        return text[: label.end() + home.start()].strip(), rest[home.start() :].strip()
    openers = [m.start() for m in LEAD_STARTERS.finditer(f" {rest}")]  # at the space `rest` lacks: its word
    subjects = [
        m.start()
        for m in re.finditer(r"(?<=\s)[" + CAPITALS + r"]", rest)
        if acting_subject(rest[m.start() :])
    ]
    starts = sorted(
        [m.start() for m in AGENCY.finditer(rest)]
        + [i for i in openers if _OPENING_CLAUSE.match(rest, i)]
        + subjects  # `Sở Xây dựng Hà Nội vừa …`: an organisation's subject acting, a lead's opening
    )
    for start in starts:
        headline = rest[:start]
        if not headline.strip():
            continue
        if len(headline.split()) > _HEADLINE_WORDS or _STOPS.search(headline):
            break
        if _lead(signals(rest[start:])):
            return text[: label.end() + start].strip(), rest[start:].strip()
    return (text[: label.end()].strip(), rest.strip()) if _lead(signals(rest)) else None


# The menu's link home, which opens the menu under the ticker: the headline ends before it.
_HOME = re.compile(r"(?<=\s)Trang chủ(?=\s)")


def _links(text: str) -> bool:
    """`text` is the menu alone, no lead after it: links with no stop, to a search box's dots at most."""
    return not _STOPS.search(text.rstrip(".… "))


def _headline(text: str) -> bool:
    """`text` is one headline: some words, no more than a headline's, no stop."""
    return 0 < len(text.split()) <= _HEADLINE_WORDS and not _STOPS.search(text)


def _lead(found: Signals) -> bool:
    """A whole sentence with no furniture (`bounds.plain_sentence`), or a long one that reads as prose
    with one weak word of furniture in it, as a lead may (`… vừa có thông báo điều chỉnh …`)."""
    prose = found.prose and found.sentence and found.words >= 10 and found.strong is None
    return plain_sentence(found) or (prose and found.weak <= 1)


_INNER_LABEL = re.compile(r"\s(?=(?:" + as_headers(_LABELS) + r")\s*[:|]?\s+[" + CAPITALS + r"\d])")


def _after_menu(text: str) -> tuple[str, str] | None:
    """(the menu and the ticker, the lead) when the ticker's label follows a menu (no grammar words),
    else None."""
    for found in _INNER_LABEL.finditer(text):
        before = signals(text[: found.start()])
        if not (before.menu or _home_menu(text[: found.start()])) or before.grammar:
            return None
        peeled = peel_hot_ticker(text[found.end() :])
        if peeled is not None:
            return f"{text[: found.start()].strip()} {peeled[0]}", peeled[1]
    return None


def _home_menu(text: str) -> bool:
    """`text` ends with a menu opening with its link home (`Thứ Bảy, 06/12/2026 Trang chủ Tin tức Hoạt
    động công đoàn … Gương điển hình`): items in sentence case too, with no stop after the link home."""
    home = list(_HOME.finditer(f" {text}"))
    return bool(home) and _links(text[home[-1].start() :])
