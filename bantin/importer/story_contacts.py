"""A story's own contact fields: the address, account and phone of a charity appeal (`Mọi sự giúp đỡ xin
gửi về … Số tài khoản: … Hotline: …`), the hotline, e-mail and app a story announces (`… công bố đường
dây nóng … Đường dây nóng: 0237 … Email: …`). They hold the words of a site's contact footer and read
as one, but a footer never stands between two of the story's sentences, nor between its last sentence
and the byline or the share bar that close it: `story_contacts` keeps such a run of fields there.

The run is kept only when all of it is a contact's: fields (a phone number, an e-mail, a street
address, an account, `Hotline`, `Đường dây nóng`, `Liên hệ tại`, a web address under its label: a scam
warning's official `Website: cskh.evnspc.vn`), a sentence telling where to download
an app, short lines that name no furniture; none of a footer's own fields (the editor, the licence, the
copyright, the newsroom, advertising), none of a page's buttons, lists or menus, no appeal of the site
to its readers (`Mời bạn đọc gửi …`)."""

from __future__ import annotations

import re

from .button_bars import BUTTON_BAR
from .donation_boxes import REASON as DONATION_BOX
from .furniture import ADDRESS, EMAIL, PHONE, STAMP, SURE
from .inline import BUTTON_REASON
from .job_cards import REASON as JOB_CARD
from .notice_services import REASON as NOTICE_SERVICE
from .press_fields import press_fields
from .vocabulary import RELATED_HEADERS
from .widgets import buttons, leading_buttons

__all__ = ["REASON", "contact_field", "furnished", "story_contacts"]

#: The reason a contact field inside the story is kept.
REASON = "a contact field of the story's own, between its sentences"

# A contact's field (`Số tài khoản:`, `Hotline Sở …`, `Liên hệ trực tiếp tại …`; a number is `PHONE`'s).
_FIELD = re.compile(
    r"số tài khoản|\bstk\s*:|hotline|đường dây nóng|e-?mail\s*:|website\s*:|địa chỉ\s*:|"
    r"liên hệ (?:trực tiếp )?(?:tại|với|qua)",
    re.IGNORECASE,
)
# A sentence telling where to get the app to reach them (`Tải ứng dụng Thanh Hóa Smart để gửi phản ánh.`).
_APP = re.compile(r"^(?:tải|cài đặt|cài) (?:ứng dụng|app)\b.*[.!]$", re.IGNORECASE)
# A footer's own fields, and the site speaking to its readers: never a story's contact.
_FOOTERS = re.compile(
    r"tổng biên tập|giấy phép|bản quyền|©|copyright|t[òo]a soạn|quảng cáo|chủ quản|trụ sở|chịu trách nhiệm|"
    r"mã số thuế|\bmst\b|đkkd|văn phòng đại diện|\bfax\b|hộp thư|bạn đọc|độc giả|quý khách|quý vị|"
    r"vui lòng|vướng mắc|thắc mắc",
    re.IGNORECASE,
)
# … and a page's buttons and links, which may close the run (a share bar) but never stand in it.
_PAGE = re.compile(
    r"theo dõi|chia sẻ|bình luận|đăng nhập|đăng ký|xem thêm|tin liên quan|liên kết website", re.IGNORECASE
)  # a portal's box of links to other sites (`Liên kết website: Cổng TTĐT tỉnh …`)
# Units the page set among the fields, passed over and still chrome: a box with its button, the site's
# ad for running notices (`Đăng thông báo đấu giá: 0214 …`), its box asking for gifts (`Cúng dường: STK …`),
# a job site's offer with the employer's number as its button (`… - Lương 8-10 triệu - Gọi 0912 …`), a box's
# line ending in its button (`Đường dây nóng: 024 … | Tra cứu chuyến bay`).
_PASSED = (BUTTON_REASON, NOTICE_SERVICE, DONATION_BOX, JOB_CARD, BUTTON_BAR)
# The page's tags, which follow the closing byline: two hashtags or more, or under their label.
_TAGGED = re.compile(r"#[^\W\d_].*\s#[^\W\d_]|(?:Từ khóa|Từ khoá|Tags?|TAGS?|Chủ đề)\s*:")
# An entry of the story's numbered list (`1. Công ty TNHH Thương mại …`), its fields under it.
_ENTRY = re.compile(r"\d{1,2}\. [^\W\d_]")
_LONGEST = 6  # fields in a row: an appeal's or a list of hotlines, not a page's footer


def story_contacts(kinds: list[tuple[str, str]], texts: list[str]) -> list[tuple[str, str]]:
    """`kinds` with the contact fields between two of the story's sentences (or its last sentence and its
    closing byline or share bar) kept as the story's; so are a paper's fields a story about the press tells
    (`press_fields`)."""
    out = list(kinds)
    i = 0
    while i < len(out):
        if out[i][0] != "prose":
            i += 1
            continue
        end = next(
            (j for j in range(i + 1, len(out)) if out[j][0] in ("prose", "byline") or buttons(texts[j])),
            len(out),
        )
        run = range(i + 1, end)
        if _closes(out, texts, end) and 0 < len(run) <= _longest(run, texts) and _contacts(run, out, texts):
            for j in run:
                out[j] = ("prose", REASON) if out[j][0] == "chrome" and out[j][1] not in _PASSED else out[j]
        i = end
    return press_fields(out, texts)  # a press story's own fields, which hold a footer's words


def _closes(kinds: list[tuple[str, str]], texts: list[str], end: int) -> bool:
    """The story goes on at `end`, a sentence, or ends there: its closing byline or the page's share bar
    (`Chia sẻ Bình luận`) with no sentence after it, or with other stories under their header after
    it (`Tin liên quan`, whose headlines read as sentences), or a byline with that header right after."""
    if end >= len(kinds):
        return False
    closing = kinds[end][0] == "byline" or (buttons(texts[end]) and not _FOOTERS.search(texts[end]))
    after = texts[end + 1].strip() if end + 1 < len(kinds) else ""
    listed = kinds[end][0] == "byline" and (
        after.strip(" :").casefold() in RELATED_HEADERS or bool(_TAGGED.match(after))
    )  # `Tin liên quan`, the page's tags (`#núi Bà Đen #hoa đăng`, `Từ khóa: …`)
    rest = range(end + 1, len(kinds))  # a unit opening with the page's buttons is none of the story's
    prose = next((j for j in rest if kinds[j][0] == "prose" and not leading_buttons(texts[j])), len(kinds))
    headed = kinds[end][0] != "byline" and any(  # the share bar, then other stories under their header
        texts[j].strip(" :").casefold() in RELATED_HEADERS for j in range(end + 1, prose)
    )
    return kinds[end][0] == "prose" or (closing and (listed or prose == len(kinds) or headed))


def _longest(run: range, texts: list[str]) -> int:
    """The most fields `run` may hold: `_LONGEST`, or more when it lists several offices, each under its
    name closed by a colon (`Chi cục Thuế khu vực I (Hà Nội):` | `Đường dây nóng: …` | `Email: …` |
    `Chi cục Thuế khu vực II (TP.HCM):` …) or numbered (`1. Công ty TNHH …` | `Địa chỉ: …` | `2. Công ty
    …`): a footer prints one office's fields, not a list of them."""
    named = sum(1 for j in run if texts[j].rstrip().endswith(":") or _ENTRY.match(texts[j]))
    return _LONGEST * 2 if named >= 2 else _LONGEST


def contact_field(text: str) -> bool:
    """A contact's field (`Hotline: 0272 3826 111`, `Số tài khoản: …`) holding no footer's or page's word:
    a line for the detector to judge in its place, among the story's lines, not to drop on its own. A
    page's stamp (`21-03-2024 09:45`), whose digits read as a phone's, is none."""
    if furnished(text) or STAMP.fullmatch(text.strip()):
        return False
    field = _FIELD.search(text) or PHONE.search(text) or EMAIL.search(text) or ADDRESS.search(text)
    return bool(field or _APP.match(text))


def _contacts(run: range, kinds: list[tuple[str, str]], texts: list[str]) -> bool:
    """Every unit of `run` a contact's field or a short line naming no furniture, one field at least (a
    bank's name and the transfer's note, `Ngân hàng … Nội dung: Giúp bé …`, read as a menu's names), or
    the story's photo set between its last sentence and them (`… Ảnh: THP` | `Đặt vé qua số …`); a box
    with its button the page set there (`Tour … 2.490.000đ Xem chi tiết`) is passed over, and still goes."""
    fields = 0
    for j in run:
        text, kind = texts[j], kinds[j][0]
        if (
            kinds[j][1] in _PASSED
        ):  # a tour's or a product's box, an ad for notices, set in the story: it goes
            continue
        if furnished(text):
            return False
        if contact_field(text):
            fields += 1
        elif kind not in ("short", "caption"):  # the story's photo between its sentence and the fields
            return False
    return fields > 0


def furnished(text: str) -> bool:
    """A footer's field, a page's button or link, or a word only a site prints (`SURE`)."""
    return bool(_FOOTERS.search(text) or _PAGE.search(text) or SURE.search(text))
