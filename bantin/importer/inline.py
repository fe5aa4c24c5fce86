"""The site's units printed inside the story, between two of its paragraphs: a video's title with its
length (`Video: Diễn biến chính trận đấu 03:12`), a related link under an arrow (`>> Cách làm bánh
flan …`), a box selling or promoting something with its button last (`iPhone 16 128GB Giá chỉ từ
22.990.000 đ So sánh giá`, `… Đăng ký ngay`), a poll (its question to the reader, its answers and
its vote button), a ticker's price and change (`VCB 92.500 +1.900 (+2,10%)`, its box's fields up to
its update time after it), a gallery's title with its counter (`Hình ảnh … 1/15`), a prompt to
enlarge a photo, a sponsor's line, a series' note (`(Còn nữa)`), the links to its other parts after
the story (`Kỳ 1: …`) and an embedded post's signature (`(@elonmusk) April 5, 2024
pic.twitter.com/…`: `embedded_posts`).

They are told by their shape (a length, a counter, a change in brackets, a button closing a unit
that is no sentence, an arrow opening it), never by the site; `inline_cuts` says where they stand
apart from a sentence they were run into (a one-line body), `inline_chrome` names one, and
`around_inline` decides what their neighbours make of them (a poll's question, a series' links).
They stand inside the story, so no tail of chrome starts at them (`INLINE_REASONS`).
"""

from __future__ import annotations

import itertools
import re

from ..core.sentences import ends_sentence, quoted_in_clause, sentence_after
from ..core.text import CAPITALS
from .arrow_links import ARROW as _ARROW
from .arrow_links import apart_before, marked_links_apart
from .button_bars import button_bar_cuts
from .embeds import EMBED_REASON, embed_cuts, embed_frame
from .furniture import Unit, figures, signals
from .poll_answers import POLL_ANSWERS
from .poll_answers import READER as _READER
from .print_notes import PRINT_NOTE_REASON, print_note, print_note_cuts
from .quote_boards import REASON as BOARD_REASON
from .reader_calls import REASON as CALL_REASON
from .shop_calls import SHOP_CALL_REASON, shop_call, shop_call_cuts

__all__ = [
    "INLINE_REASONS",
    "around_inline",
    "inline_chrome",
    "inline_cuts",
    "marked_links_apart",
    "media_title",
]

_CAP = f"[{CAPITALS}]"

# A media's length closing its title: `… 03:12`, `… (02:40)`, `(video 04:32)`.
_LENGTH = r"\(?\s*(?:video\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*\)?(?!\s*(?:[AaPp][Mm]\b|\||\(GMT))"
# A date, which makes a time after it a stamp's (`Video Thể thao 10-11-2024 - 16:40 PM`), no length.
_DATE = re.compile(r"\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}")
# The words that say a unit is a media's title: a label opening it or a media's name in it.
_MEDIA_WORD = re.compile(r"(?<!\w)(?:video|clip|phóng sự|podcast|audio|phim)(?!\w)", re.IGNORECASE)
_MEDIA = re.compile(r"[^.!?]{3,160}?(?<=\s)" + _LENGTH + r"$")
# … run into the next sentence in a one-line body: its label or invitation, its title, its length.
_MEDIA_RUN = re.compile(
    r"(?:(?<=\s)|^)(?P<title>(?:Video|VIDEO|Clip|CLIP|Xem video|Mời (?:\S+\s+){0,2}?xem(?: thêm)?)\b"
    r"[^.!?]{3,160}?\s" + _LENGTH + r")(?=\s+" + _CAP + ")"
)


# A button closing a box that sells, promotes or polls (`Mua ngay`, `Xem tại Shopee`, `So sánh giá`,
# `(Xem chi tiết)`, `Đăng ký ngay`, a tour's `Đặt ngay`, `Biểu quyết`, `Gửi`), in capitals as a button is.
_BUTTON = (
    r"(?:Mua ngay|Đặt mua|Đặt hàng|Đặt mua ngay|Xem tại \S+|Mua tại \S+|So sánh giá|Xem giá|Xem chi tiết|"
    r"Đăng ký ngay|Xem ngay|Tra cứu ngay|Dùng thử|Tải ngay|Biểu quyết|Bình chọn|Xem kết quả|Gửi|Chọn mua|"
    r"Đặt ngay|"
    r"Thêm vào giỏ(?: hàng)?)"
)
_CLOSING_BUTTON = re.compile(r"(?<=\S)\s+\(?" + _BUTTON + r"\)?(?:\s+" + _BUTTON + r")*\s*$")
# … run into the next sentence: cut after it where a capital opens the next (a poll's answers before a
# one-word button: `Dễ Vừa sức Khó Gửi Thí sinh …`).
_BUTTON_RUN = re.compile(
    r"(?<=\s)\(?(?:Mua ngay|Đặt mua|Đặt hàng|So sánh giá|Xem chi tiết|Đăng ký ngay|Xem kết quả|Xem tại \S+"
    r"|Chọn mua|Đặt ngay|Thêm vào giỏ(?: hàng)?|(?P<one>Gửi|Biểu quyết|Bình chọn))\)?"
    r"(?=\s+(?!Xem|Mua|Đặt|So sánh|Đăng ký|Tra cứu|Tải|Gửi)" + _CAP + r"\S*\s+\S)"
)
# A photo's or a gallery's button after a sentence (`… Việt Nam. Xem thêm ảnh Bà mong …`), run into the
# next sentence: cut after it where that sentence, six words or more, ends with its stop.
_PHOTO_BUTTON = re.compile(
    r"(?:^|(?<=[.!?…”]\s))(?:Xem thêm ảnh|Xem ảnh lớn|Xem toàn bộ ảnh|Xem tiếp ảnh|Phóng to|Thu nhỏ)(?=\s+"
    + _CAP
    + ")"
)
_WHOLE_SENTENCE = re.compile(r"\s*.+?[.!?…](?=\s|$)")  # its figures' dots inside (`5.230 tỷ`)
# A gallery's counter run in between its photos' captions (`… Ảnh: Nguyễn Hưng 1/12 Ảnh 2: Nghi lễ …`):
# after a stop or a capitalised name, before a capital; no date is printed so (`ngày 1/12 và 2/12`).
_RUN_COUNTER = re.compile(r"(?<!\S)(?P<at>\d{1,3})/(?P<of>\d{1,3})(?=\s+" + _CAP + ")")
# A price (`22.990.000 đ`, `43.990.000₫`, `6.490.000 VNĐ`) or a figure a box lists.
_PRICE = re.compile(r"\d[\d.,]*\s*(?:₫|đ\b|đồng\b|VNĐ|VND|\$|USD)|\d{1,3}(?:\.\d{3})+")

# A ticker's price and change: `VCB 92.500 +1.900 (+2,10%)`, `HPG 26.850 +350 (+1,32%)`, and a quote
# box's under an arrow, which no story writes (`VHM 42.150 ▲ 0,36%`, `VFS 3,45 USD ▼ 2,1%`).
_CHANGE = re.compile(r"[+\-−]\s?\d[\d.,]*\s*\(\s*[+\-−]?\d+(?:[.,]\d+)?\s*%\s*\)|[▲▼]\s?\d[\d.,]*%?(?!\S)")
_TICKER = re.compile(r"(?:(?<=\s)|^)[A-Z]{3}(?:-Index)?\s(?:[^.!?]{0,60}?\s)?\d[\d.,]*\s+" + _CHANGE.pattern)

# A gallery's title with its counter (`Hình ảnh Đại lễ … 1/15`), not `Ảnh hưởng …` nor a date (`ngày 2/9`).
_GALLERY = re.compile(
    r"^(?:Hình ảnh|HÌNH ẢNH|Ảnh|ẢNH|Album|Bộ ảnh|Chùm ảnh|Xem ảnh|Phóng sự ảnh)\s+(?!hưởng)"
    r"[^\W\d][^.!?]{2,120}?(?<!ngày)(?<!tháng)\s(?P<at>\d{1,3})\s*/\s*(?P<of>\d{1,3})$"
)
# A gallery's counter alone (`1/12`, `Ảnh 2/8`), or opening a unit before a capital.
_COUNTER = re.compile(r"^(?:(?:Ảnh|ẢNH|Hình)\s+)?(?P<at>\d{1,3})\s*/\s*(?P<of>\d{1,3})$")
LEADING_COUNTER = re.compile(
    r"^(?:(?:Ảnh|ẢNH|Hình)\s+)?(?P<at>\d{1,3})\s*/\s*(?P<of>\d{1,3})(?=\s*$|\s+" + _CAP + ")"
)
# A prompt to see a photo bigger (`Bấm vào ảnh để xem kích thước đầy đủ`, `Click để xem ảnh lớn`).
_ENLARGE = re.compile(
    r"^(?:Bấm|Nhấn|Nhấp|Click|Chạm)\s+(?:vào\s+(?:ảnh|hình)\s+)?(?:để\s+)?(?:xem|phóng to)"
    r"(?:\s+(?:ảnh|hình))?(?:\s+(?:lớn|kích thước (?:đầy đủ|lớn|gốc)|to hơn|rõ hơn))?\s*$",
    re.IGNORECASE,
)
# A sponsor's line (`Nội dung được tài trợ bởi …`, `Tài trợ: …`), no sentence.
_SPONSOR = re.compile(r"^(?:\S+\s+){0,3}?(?:được\s+)?tài trợ(?:\s+bởi|\s*:)\s+" + _CAP, re.IGNORECASE)
# A series' note under the story's last paragraph (`(Còn nữa)`, `(Còn tiếp)`, `(Kỳ sau: …)`).
_SERIES_NOTE = re.compile(r"\((?:Còn nữa|Còn tiếp|còn nữa|còn tiếp|Kỳ sau[^()]{0,80}|Kỳ tới[^()]{0,80})\)")
# A link to another part of the series (`Kỳ 1: Đình làng …`, `Bài 3: …`, `Phần 2: …`).
_PART = re.compile(r"(?:(?<=\s)|^)(?:Kỳ|Bài|Phần|KỲ|BÀI|PHẦN)\s+\d{1,2}\s*:\s*(?=" + _CAP + ")")

# An invitation to watch (`Mời bạn xem video so sánh chi tiết`) or to get the site's app (`Mời bạn đọc
# tải ứng dụng …`), after a sentence.
_INVITE = re.compile(
    r"(?:^|(?<=[.!?…]\s))Mời (?:quý )?(?:độc giả|bạn đọc|bạn|vị)\s+(?:cùng\s+)?(?:xem|theo dõi|tải|cài)\b"
)
# The site naming the page the reader reads, up to its section's name (`Bạn đang đọc bài viết … tại
# chuyên mục Xã hội`), which the story's next sentence follows in a one-line body.
_READING = re.compile(
    r"(?i:bạn đang (?:đọc|xem) bài viết)[^.!?]{0,200}?\stại (?:chuyên mục|mục)\s+(?=" + _CAP + ")"
)
# A box of the day's figures closing with when it was updated (`… Nhẫn 83.200 84.300 Cập nhật lúc 09:30`).
_UPDATED = re.compile(
    r"(?<=\s)(?:Cập nhật|Update[d]?)(?:\s+lúc)?\s*:?\s*\d{1,2}[:h]\d{2}(?=\s+" + _CAP + r"|\s*$)"
)

MEDIA_REASON = "a video's or a clip's title with its length"
ARROW_REASON = "a related link under an arrow (`>> …`)"
UPDATED_REASON = "a box of the day's figures, its update time last"
BUTTON_REASON = "a box with its button last (a product's price, a promotion, a poll's answers)"
TICKER_REASON = "a ticker's price and change"
GALLERY_REASON = "a gallery's title with its counter"
PROMPT_REASON = "a prompt to enlarge the photo"
SPONSOR_REASON = "a sponsor's line"
SERIES_REASON = "a series' note (`Còn nữa`) or a link to another part of it"
POLL_REASON = "a poll's question to the reader, its answers after it"
_BOX_QUESTION = 8  # the most words of a box's question that names no reader
#: The reasons of units that stand inside the story: no tail of chrome starts at one.
INLINE_REASONS = frozenset(
    {
        MEDIA_REASON,
        ARROW_REASON,
        BUTTON_REASON,
        SHOP_CALL_REASON,
        UPDATED_REASON,
        POLL_REASON,
        TICKER_REASON,
        GALLERY_REASON,
        PROMPT_REASON,
        SPONSOR_REASON,
        EMBED_REASON,
        PRINT_NOTE_REASON,
        CALL_REASON,  # a podcast's or a forum's box between two paragraphs
        BOARD_REASON,  # a board of quotes, a row of share codes (`quote_boards`)
    }
)


# A video's title after its label, up to its length (`Nha Trang đón chuyến bay thẳng 01:20 …`).
_TITLE_LENGTH = re.compile(r"[^.!?:]{3,160}?\s" + _LENGTH + r"(?=\s|$)")


def media_title(after_label: str) -> bool:
    """What follows a `Video:` or `Clip:` label is a video's title with its length, not a credit."""
    found = _TITLE_LENGTH.match(after_label)
    return found is not None and not _DATE.search(found.group())


def _counted_after(before: list[str]) -> bool:
    """A gallery's counter may follow `before` (the two words before it): a stop, a bracket, or a name
    inside a sentence (a credit's, `Ảnh: Nguyễn Hưng 1/12`); not a word in lower case (`ngày 1/12`), a
    sentence's first word (`Sáng 1/12 Thủ tướng …`) nor a day of the week (`Thứ Hai 1/12`)."""
    if not before or before[-1][-1] in ".!?…”)":
        return True
    if len(before) < 2 or not before[-1][:1].isupper():
        return False
    return before[0][-1] not in ".!?…" and before[0] not in ("Thứ", "Chủ", "thứ")


def inline_cuts(text: str) -> set[int]:
    """Where such a unit stands apart from the sentences it was run into: around a video's title and
    its length, before an arrow, after a box's closing button or a ticker's change, around a photo's
    button or a gallery's counters, around a series' note and before a link to another part."""
    cuts: set[int] = set()
    for m in _MEDIA_RUN.finditer(text):
        if not _DATE.search(m.group("title")):
            cuts.update(m.span("title"))
    for m in _ARROW.finditer(text):  # after a sentence, not between a breadcrumb's items
        if apart_before(text, m.start()):
            cuts.add(m.start())
    for m in _BUTTON_RUN.finditer(text):
        before = text[: m.start()].split()[-9:]  # a poll's `… Khó Gửi`, a form's `Nhập email của bạn Gửi`
        asked = any(w[-1] == "?" or w == "Nhập" for w in before)
        if not m.group("one") or (before and before[-1][:1].isupper()) or asked:
            cuts.add(m.end())
    for m in _TICKER.finditer(text):  # after a quote box's arrow, a sentence of prose (not a label's figures)
        after = _WHOLE_SENTENCE.match(text, m.end()) if "▲" in m.group() or "▼" in m.group() else None
        if re.match(r"\s+" + _CAP, text[m.end() :]) and (after is None or signals(after.group()).prose):
            cuts.add(_ticker_end(text, m.end()))
    run = [m for m in _RUN_COUNTER.finditer(text) if _counted_after(text[: m.start()].split()[-2:])]
    for k in _counting(run):  # two of one gallery at least, one after the other
        cuts.update(run[k].span())
    for m in _PHOTO_BUTTON.finditer(text):
        if sentence_after(text, m.end(), words=6):
            cuts.update(m.span())
    for m in _SERIES_NOTE.finditer(text):
        cuts.update(m.span())
    cuts.update(m.end() for m in _UPDATED.finditer(text))
    cuts.update(embed_cuts(text))
    cuts.update(shop_call_cuts(text))
    cuts.update(print_note_cuts(text) | button_bar_cuts(text))  # a print note, a box's bar before a caption
    opened = [m.start() for m in _INVITE.finditer(text)] + [m.end() for m in _READING.finditer(text)]
    for at in opened:  # where the next sentence starts: a capital between lower case
        words = list(re.finditer(r"\S+", text[at:]))[:20]
        for before, word, after in zip(words, words[1:], words[2:], strict=False):
            b, w, a = before.group(), word.group(), after.group()
            if b[:1].islower() and b[-1:].isalpha() and w.istitle() and a[:1].islower():
                if not quoted_in_clause(text, at + word.start()):  # the writer's clause
                    cuts.add(at + word.start())
                break
    cuts.update(m.start() for m in _PART.finditer(text) if m.start() and not ends_sentence(text[: m.start()]))
    return cuts


# The fields a ticker's box goes on with after the change, up to its update time (`… (-0,53%) Khối lượng
# 1.200 Cập nhật 14:45`): a few words and figures, no stop nor comma of a sentence.
_BOX_FIELDS = re.compile(r"(?:\s+(?:[^\W\d_]+|\d[\d.,]*\d|\d)){0,6}?(?=\s+(?:Cập nhật|Update))")


def _ticker_end(text: str, end: int) -> int:
    """Where a ticker's box ends: after its update time when its fields lead there, else after the change."""
    fields = _BOX_FIELDS.match(text, end)
    stamp = _UPDATED.match(text, fields.end() + 1) if fields else None
    return stamp.end() if stamp else end


def inline_chrome(text: str) -> str | None:
    """The reason `text` is such a unit of the site's, or None."""
    sentence = ends_sentence(text)
    words = len(text.split())
    if _ENLARGE.match(text):
        return PROMPT_REASON
    if _SERIES_NOTE.fullmatch(text.strip()):
        return SERIES_REASON
    if print_note(text):
        return PRINT_NOTE_REASON
    if sentence or words > 30:
        return None
    if embed_frame(text):
        return EMBED_REASON
    if _MEDIA.match(text) and _MEDIA_WORD.search(text) and not _DATE.search(text):
        return MEDIA_REASON
    if _ARROW.match(text) and len(_ARROW.findall(text)) == 1:  # one arrow, no breadcrumb
        return ARROW_REASON
    if _TICKER.search(text) or (_CHANGE.search(text) and words <= 8):
        return TICKER_REASON
    button = _CLOSING_BUTTON.search(text)
    if button and (_PRICE.search(text) or words <= 16) and not text[: button.start()].rstrip().endswith(","):
        return BUTTON_REASON
    if shop_call(text):  # `… Giá từ 599 triệu Nhận báo giá lăn bánh`: a button no list names
        return SHOP_CALL_REASON
    gallery = _GALLERY.match(text)
    if gallery and 0 < int(gallery.group("at")) <= int(gallery.group("of")):
        return GALLERY_REASON
    if _SPONSOR.match(text):
        return SPONSOR_REASON
    if _UPDATED.search(text) and figures(text[: _UPDATED.search(text).start()]):
        return UPDATED_REASON
    return None


def gallery_counters(texts: list[str]) -> set[int]:
    """The units of `texts` that are a gallery's counters printed between its photos (`1/12` … `2/12`),
    which stand inside the story, its captions and sentences going on after them; a lone counter
    (`Ảnh 1/8`) may open the page's tail."""
    found = [_COUNTER.match(text.strip()) for text in texts]
    return _counting(found)


def _counting(found: list[re.Match[str] | None]) -> set[int]:
    """Which of `found` (counters `at`/`of`, or None) are a gallery's: of the same count of photos, each
    one more than the one before it or one less than the one after (`1/8` … `2/8` … `3/8`); a list of
    other stories' dates runs the other way, newest first (`5/3 …`, `4/3 …`)."""
    pairs = [(int(m.group("at")), int(m.group("of"))) if m else None for m in found]
    counted = [(i, at, of) for i, pair in enumerate(pairs) if pair for at, of in [pair] if 0 < at <= of]
    out: set[int] = set()
    for (i, at, of), (j, at2, of2) in itertools.pairwise(counted):
        if of == of2 and at2 == at + 1:
            out.update((i, j))
    return out


def counters_apart(units: list[Unit]) -> list[Unit]:
    """A gallery's counter opening a unit (`1/8 Hoa được chở …`, where the captions' reading ended the
    credit before it) is cut from it, when it is one of the gallery's (`_counting`)."""
    found = [LEADING_COUNTER.match(unit.text) for unit in units]
    counters = _counting(found)
    out: list[Unit] = []
    for i, unit in enumerate(units):
        head = found[i]
        if i in counters and head is not None and unit.text[head.end() :].strip():
            out += [
                Unit(unit.block, head.group(0).strip()),
                Unit(unit.block, unit.text[head.end() :].strip()),
            ]
        else:
            out.append(unit)
    return out


def around_inline(kinds: list[tuple[str, str]], texts: list[str]) -> list[tuple[str, str]]:
    """A question to the reader right before a poll's answers (`Bạn có ủng hộ …? Có Không Biểu quyết`,
    `Bạn có đồng ý …? Đồng ý Không đồng ý`) goes with them; after the story's last sentence, a series'
    note and the links to its other parts (`(Còn nữa)`, `Kỳ 1: …`, `Kỳ 3: …`) go, and the next part
    announced (`Kỳ tới: …`, one part alone right under the note) stays."""
    out = list(kinds)
    for i in range(len(kinds) - 1):
        # the answers a box's button closes, or short chrome under a question put to the reader with
        # none of the story after it (a story's `Bạn có biết …?` over a photo's stub stays)
        # (or any short question right over a poll's answers: a helpfulness box's `Bài viết hữu ích?`)
        polled = kinds[i + 1][1] == POLL_ANSWERS and len(texts[i].split()) <= _BOX_QUESTION
        reader = (_READER.search(texts[i]) or polled) and all(kind != "prose" for kind, _ in kinds[i + 1 :])
        asked = kinds[i + 1][1] == BUTTON_REASON or (kinds[i + 1][0] == "chrome" and reader)
        most = 12 if kinds[i + 1][1] == BUTTON_REASON and _READER.search(texts[i]) else 8  # its options
        if asked and len(texts[i + 1].split()) <= most and texts[i].rstrip().endswith("?"):
            out[i] = ("chrome", POLL_REASON)
    last = max((i for i, (k, _) in enumerate(kinds) if k == "prose"), default=-1)
    noted = any(r == SERIES_REASON for _, r in kinds)
    parts = [i for i in range(last + 1, len(kinds)) if _PART.match(texts[i]) and not ends_sentence(texts[i])]
    for i in range(last + 1, len(kinds)):
        # the reporter's `Kỳ tới: …`, a sentence of the piece's; so is one part alone right under the
        # note (`(Còn nữa)` then `Bài 3: Siết chặt vòng vây`): the next part announced, where links to
        # the other parts come two or more, the earlier ones
        announced = parts == [i] and i > 0 and _SERIES_NOTE.fullmatch(texts[i - 1].strip()) is not None
        if _NEXT_PART.match(texts[i]) or announced:
            out[i] = ("prose", NEXT_PART_REASON)
        elif noted and i in parts:
            out[i] = ("chrome", SERIES_REASON)
    return out


# The series' next part announced under the story, unbracketed (`Kỳ tới: Những bữa cơm 0 đồng`): it says
# what the reader will find next, the reporter's sentence, which stays (in brackets it is a note).
_NEXT_PART = re.compile(r"^(?:Kỳ|Bài|Phần) (?:tới|sau|tiếp theo)\s*:\s*" + _CAP)
NEXT_PART_REASON = "the series' next part announced by the story"


# An embedded post's handle and link (`(@elonmusk) April 5, 2024 pic.twitter.com/…`).
_EMBEDDED_POST = re.compile(r"\(@\w{2,}\)[^()]{0,40}?(?:pic\.twitter\.com/\w+|https?://t\.co/\w+)")


def embedded_posts(text: str) -> set[int]:
    """An embedded post's signature (`Elon Musk (@elonmusk) April 5, 2024 pic.twitter.com/…`) is a unit
    of its own, cut from the quote before it and the sentence after it: its writer's name (the words
    in capitals before the handle, four at most), the handle, the date and the link."""
    cuts = set()
    for post in _EMBEDDED_POST.finditer(text):
        words = text[: post.start()].split()
        named = list(
            itertools.takewhile(lambda w: w[:1].isupper() and not ends_sentence(w), reversed(words[-4:]))
        )
        begin = post.start()
        for word in named:
            begin = text.rindex(word, 0, begin)
        cuts.update((begin, post.end()))
    return cuts
