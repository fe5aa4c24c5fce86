"""Vietnamese dates, always day before month: `Ngày 15/10`, `Thứ Tư, 08/12/2021 15:30`,
`Chủ nhật, 18/2/2024, 17:25 (GMT+7)`, `sáng 11/5`, `ngày 8 tháng 12 năm 2021`.

The publication date is chosen in this order: a header or page date, a dateline at the start of
the article, then an estimate. Dates of events told inside the text are only used to guess a
missing year, and such a guess is flagged (`date_estimated`) and warned about.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..core.text import CAPITALS

_SLASH_DATE = re.compile(r"(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?(?![\d/])")
_WORD_DATE = re.compile(
    r"(?<!\d)(\d{1,2})\s+(?:(?:tháng|thg)\s+|(?-i:Th)(?=\d))(\d{1,2})"
    r"(?:(?:\s*(?:năm|,)\s*|\s+(?=(?:19|20)\d\d(?!\d)))(\d{4}))?",
    re.IGNORECASE,
)  # `16 tháng 2 năm 2024`, a search engine's `16 thg 2, 2024`, a masthead's `16 Tháng 2 2024`,
# a player's `2 Th12 2024`
_ISO_DATE = re.compile(r"(?<!\d)(\d{4})([-/.])(\d{2})\2(\d{2})(?!\d)")  # `2024-02-16`, `2024/02/16`
_DOTTED_DATE = re.compile(r"(?<![\d.])\d{1,2}\.\d{1,2}\.\d{4}(?![\d.])")  # a stamp's `21.03.2024 - 09:45`
_MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()
_MONTH_WORDS = {
    "giêng": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
    "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12,
}  # fmt: skip
_MONTH_WORD = "|".join(sorted(_MONTH_WORDS, key=len, reverse=True)).replace(" ", r"\s+")
_NAMED_MONTH = re.compile(
    rf"(?<!\d)(?:(?P<d1>\d{{1,2}})\s+tháng\s+(?P<month>{_MONTH_WORD})"
    rf"|tháng\s+(?P<m2>{_MONTH_WORD})\s+(?P<d2>\d{{1,2}}))"
    r"\s*,?\s*(?:năm\s+)?(?P<year>(?:19|20)\d{2})(?!\d)",
    re.IGNORECASE,
)  # `15 Tháng Sáu, 2024`, `Tháng Sáu 15, 2024`, `15 tháng Sáu năm 2024`
_ENGLISH_DATE = re.compile(
    r"\b(?:(?P<m1>[A-Za-z]{3})[a-z]*\.?\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+"
    r"(?P<m2>[A-Za-z]{3})[a-z]*\.?),?\s+(?P<year>\d{4})(?!\d)"
)  # `February 16, 2024`, `16 Feb 2024`
_SHORT_YEAR = re.compile(r"^\D{0,20}?(\d{1,2})/(\d{1,2})/(\d{2})(?![\d/])")  # a meta value's `16/2/24`
_MONTH_YEAR = re.compile(r"tháng\s+(\d{1,2})\s*(?:[/-]|\s+năm\s+)\s*(\d{4})(?!\d)", re.IGNORECASE)
_FULL_DATE = re.compile(r"(?<![\d/])(\d{1,2})\s*[/-]\s*(\d{1,2})\s*[/-]\s*(\d{4})(?!\d)")
_DATE_TEXT = (
    r"(?P<date>\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?(?![/\d])|\d{1,2}-\d{1,2}(?:-\d{4})?(?![/\d-])|"
    r"\d{1,2}\.\d{1,2}\.\d{4}(?!\d)|\d{1,2}\s+(?:tháng|thg)\s+\d{1,2}(?:\s*(?:năm|,)\s*\d{4})?)"
)
_WEEKDAY = r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\s+nhật)"
# What may stand before a dateline: an agency (`TTO - `, `(Chinhphu.vn) - `), a place (`Hà Nội, `, after a
# menu's last item in title case too: `Gia Lai TV Gia Lai, ngày 10/10/2024 -`), `Theo đặc phái viên TTXVN, `.
_PREFIX = re.compile(
    r"^(?:[^,\s\d]{1,20}(?:\s[^,\s\d]{1,20}){0,2}\s[-–—]\s|\([^()]{1,30}\)\s*[-–—:]?\s*|"
    r"Theo\s[^,]{1,50},\s*|[A-ZĐ][\w.]*(?:\s[A-ZĐ][\w.]*){0,5},\s*){0,3}"
)
# The dateline itself: `Ngày 15/10`, `Sáng 11/5`, `Thứ Tư, 08/12/2021`, `Đúng 12h trưa ngày 11/5`, `15/10`;
# a page's stamp left in the text opens like one (`Ngày đăng: 16/02/2024`, `12:30 | 16/02/2024`).
_STAMP_LABEL = (
    r"(?:(?:(?:ngày|thời\s+gian)\s+)?(?:đăng(?:\s+tải)?|cập\s+nhật|xuất\s+bản)(?:\s+(?:lúc|ngày|vào))?\s*:?\s*)?"
    r"(?:\d{1,2}[:h]\d{2}(?:\s*(?:AM|PM|SA|CH))?\s*[|,\-–]?\s*)?"
)
_DATELINE = re.compile(
    _STAMP_LABEL
    + r"(?:đúng\s+)?(?:\d{1,2}h(?:\d{2})?\s+)?(?:(?:rạng\s+)?(?:sáng|chiều|tối|trưa|đêm|hôm\s+qua)\s*,?\s*)?"
    rf"(?:{_WEEKDAY}\s*,?\s*)?(?:ngày\s+)?\(?{_DATE_TEXT}",
    re.IGNORECASE,
)
# "Today" words date the article wherever they stand: `được tổ chức sáng nay (6/2)`, `Hôm nay, 7/2`.
_TODAY = re.compile(
    rf"\b(?:hôm|sáng|chiều|tối|trưa|đêm)\s+nay\s*[,(]?\s*(?:{_WEEKDAY}\s*,?\s*)?(?:ngày\s+)?{_DATE_TEXT}",
    re.I,
)


@dataclass(frozen=True)
class DayMonth:
    """A date as written; `year` is None when the text left it out (`Ngày 15/10`)."""

    day: int
    month: int
    year: int | None = None

    def on(self, year: int) -> dt.date | None:
        try:
            return dt.date(year, self.month, self.day)
        except ValueError:
            return None


def _valid(day: int, month: int, year: int | None) -> bool:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return False
    return year is None or (1900 <= year <= 2100 and DayMonth(day, month, year).on(year) is not None)


def parse_date(text: str) -> DayMonth | None:
    """The first date in a header, byline or meta value (ISO or day/month[/year])."""
    iso = _ISO_DATE.search(text)
    if iso:
        year, month, day = (int(g) for g in iso.group(1, 3, 4))
        if _valid(day, month, year):
            return DayMonth(day, month, year)
    for pattern in (_WORD_DATE, _SLASH_DATE):
        for match in pattern.finditer(text):
            day, month = int(match.group(1)), int(match.group(2))
            stated = int(match.group(3)) if match.group(3) else None
            if _valid(day, month, stated):
                if stated is None and (other := _english_or_short(text)):
                    return other
                return DayMonth(day, month, stated)
    return _english_or_short(text)


def _english_or_short(text: str) -> DayMonth | None:
    """A date with its year in English (`February 16, 2024`), with its month in words (WordPress's
    Vietnamese `15 Tháng Sáu, 2024`, `Tháng Sáu 15, 2024`) or with two digits (`16/2/24`)."""
    for match in _NAMED_MONTH.finditer(text):
        month = _MONTH_WORDS[" ".join((match.group("month") or match.group("m2")).lower().split())]
        day, year = int(match.group("d1") or match.group("d2")), int(match.group("year"))
        if _valid(day, month, year):
            return DayMonth(day, month, year)
    for match in _ENGLISH_DATE.finditer(text):
        name = (match.group("m1") or match.group("m2")).lower()
        day = int(match.group("d1") or match.group("d2"))
        if name in _MONTHS and _valid(day, _MONTHS.index(name) + 1, int(match.group("year"))):
            return DayMonth(day, _MONTHS.index(name) + 1, int(match.group("year")))
    short = _SHORT_YEAR.match(text)
    if short and _valid(int(short.group(1)), int(short.group(2)), 2000 + int(short.group(3))):
        return DayMonth(int(short.group(1)), int(short.group(2)), 2000 + int(short.group(3)))
    return None


def find_dateline(paragraphs: Iterable[str]) -> DayMonth | None:
    """A date that opens one of the first paragraphs, or one said to be today (`sáng nay (6/2)`)."""
    for number, paragraph in enumerate(paragraphs):
        text = paragraph[:300]
        glued = _glued_stamp(text) if number == 0 else None
        if glued:
            return glued
        start = _PREFIX.match(text)
        match = _DATELINE.match(text, start.end() if start else 0)
        found = parse_date(match.group("date")) if match else None
        if found:
            return found
        today = _TODAY.search(text)
        found = parse_date(today.group("date")) if today else None
        if found:
            return found
    return None


def _glued_stamp(text: str) -> DayMonth | None:
    """A page's stamp glued before the lead, alone or with the byline or section it stood beside
    (`Minh Anh | 16/02/2024 | Thời sự Sáng 16/2, …`, `Friday, February 16, 2024 Hanoi …`): a full date
    after capitalised words only, set off by a bar or a dash, after a name of two words or more or a
    weekday (`Từ 1/3/2024, …` opens a sentence)."""
    patterns = (_FULL_DATE, _ISO_DATE, _DOTTED_DATE, _ENGLISH_DATE, _NAMED_MONTH, _WORD_DATE)
    found = [m for m in (p.search(text, 0, 100) for p in patterns) if m]
    if not found:
        return None
    match = min(found, key=lambda m: m.start())
    before = text[: match.start()]
    words = re.findall(r"[^\W\d_]+", before)
    marked = (
        re.search(r"[|•–-]\s*$", before) is not None or len(words) >= 2 or re.fullmatch(_WEEKDAYS, before)
    )
    if words and (len(words) > 6 or not all(w[:1].isupper() for w in words) or not marked):
        return _stamp_after_menu(text)
    date = parse_date(match.group(0))
    return date if date and date.year else None


def _stamp_after_menu(text: str) -> DayMonth | None:
    """A stamp between a menu and the lead (`Trang chủ Thời sự Xã hội Thứ năm ngày 14/03/2024 Sáng 14/3,
    …`): a run of words that is only a stamp, after a dozen words at most with no mark of a sentence,
    half of them capitalised as a menu's items are (or a section's name of a few words, when the stamp
    has its time: `Bất động sản 10/09/2024 14:00 Giá …`), and before a capital. A comma before a
    capitalised word there is a name's (a department's over the menu, `Sở Văn hóa, Thể thao và Du lịch
    Lâm Đồng Trang chủ …`), and such a name of eight words may take the menu to 18."""
    bounds = [0, *(m.end() for m in re.finditer(r"\s+", text[:200]))]
    unnamed = _NAMES_COMMA.sub(r"\1 ", text[:200])  # a name's commas as spaces, where they stand
    for i, start in enumerate(bounds):
        before = text[:start]
        words = before.split()
        if len(words) > (12 if unnamed[:start] == before else 18) or re.search(r"[.,;!?]", unnamed[:start]):
            return None
        section = 0 < len(words) <= 4 and words[0][:1].isupper()  # `Bất động sản 10/09/2024 14:00 …`
        menu = not words or sum(w[:1].isupper() for w in words) * 2 >= len(words)
        if not (menu or section):
            continue
        for end in reversed(bounds[i + 1 :]):
            date = stamp_line(text[start:end].strip())
            timed = menu or _CLOCK.search(text, start, end) is not None  # a section's, with its time
            if date is not None and timed and text[end : end + 1].isupper():
                return date
    return None


_CLOCK = re.compile(r"\d{1,2}[:h]\d{2}")
#: A comma before a capitalised word, inside a name (`Văn hóa, Thể thao`) among a menu's capitalised items.
_NAMES_COMMA = re.compile(rf"([^\W\d_]),(?=\s+[{CAPITALS}])")


_WEEKDAYS = r"\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*"


#: A time zone a foreign broadcaster's stamp names (`14:20 AEDT`, `giờ Hà Nội`).
ZONE = r"(?:GMT|UTC|AEDT|AEST|ICT|KST|JST|CET|CEST|EST|EDT|PST|PDT|giờ\s+(?:Hà Nội|Việt Nam|địa phương|GMT))"


# What a page's stamp holds besides its date: times, weekdays, labels (a blog's `Gửi vào Thứ Sáu, …`
# too, a CMS's `Được đăng ngày …`), the time zone (a broadcaster's own too: `14:20 AEDT`, `17:00 (giờ
# Nhật Bản)`), separators.
_STAMP_WORDS = re.compile(
    r"T?\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*(?:AM|PM|SA|CH)|[+-]\d{2}:?\d{2}|Z)?|\(?GMT\s*[+-]\s*\d{1,2}(?::?\d{2})?\)?|"
    rf"{_WEEKDAY}|\bT[2-7]\b|\bCN\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    r"ngày|lúc|vào|(?:được\s+)?đăng(?:\s+tải)?|gửi|cập\s+nhật|xuất\s+bản|thời\s+gian|published|updated|posted(?:\s+on)?|"
    rf"\s*\(\s*giờ\s[^()]{{1,20}}\)|(?<![^\W\d_]){ZONE}(?!\w)|"
    r"[\s|,:;()\[\]\-–—/.]+",
    re.IGNORECASE,
)


# The lunar date a page prints after its solar one (`Thứ Năm, 18/04/2024 (10/3 năm Giáp Thìn)`, `17/09/2024
# (15/8 âm lịch)`, `(Mùng 1 Tết Giáp Thìn)`): part of the stamp, never the page's date.
_STEMS = (
    r"(?:Giáp|Ất|Bính|Đinh|Mậu|Kỷ|Kỉ|Canh|Tân|Nhâm|Quý)\s+"
    r"(?:Tý|Sửu|Dần|Mão|Mẹo|Thìn|Tỵ|Tị|Ngọ|Mùi|Thân|Dậu|Tuất|Hợi)"
)
LUNAR = re.compile(
    r"\(\s*(?:(?:ngày|tức|nhằm)\s+)?(?:(?:mùng|mồng)\s+)?\d{1,2}(?:\s*[/-]\s*\d{1,2}|\s+tháng\s+[^\W\d_]+)?\s*"
    rf"(?:(?:tết\s+)?(?:năm\s+)?{_STEMS}|(?:tháng\s+\w+\s+)?(?:âm\s+lịch|AL|Â\.?L\.?))\s*\)",
    re.IGNORECASE,
)


def stamp_line(text: str) -> DayMonth | None:
    """The date of a line that is only a page's stamp (`Thứ 5, 14/3/2024 - 08:30 (GMT+7)`, `08h30 ngày
    14/03/2024`, `Cập nhật lúc: 08:30 - 14/03/2024`, `Mar 14, 2024`, `14 Tháng Ba, 2024`): a date with
    its year, and nothing else but times, weekdays, labels and separators; None for any other line."""
    text = LUNAR.sub(" ", text)
    if len(text) > 80 or text.rstrip().endswith(":"):  # `… Cập nhật:`: a label waits for the next stamp
        return None
    date = parse_date(text)
    if date is None or date.year is None:
        return None
    rest, count = text, 0
    for pattern in (_ISO_DATE, _NAMED_MONTH, _WORD_DATE, _ENGLISH_DATE, _FULL_DATE, _DOTTED):
        rest, found = pattern.subn(" ", rest)
        count += found
    return date if count == 1 and not _STAMP_WORDS.sub("", rest).strip() else None  # one stamp, not a list


_DOTTED = re.compile(r"(?<!\d)\d{1,2}\.\d{1,2}\.\d{4}(?!\d)")


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def years_in(text: str) -> list[int]:
    """Years of full dates told in the text (`20/1/2017`, `tháng 1/2017`), for guessing a year."""
    years = [
        int(m.group(3))
        for m in _FULL_DATE.finditer(text)
        if _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    ]
    years += [int(m.group(2)) for m in _MONTH_YEAR.finditer(text) if 1 <= int(m.group(1)) <= 12]
    return [y for y in years if 1900 <= y <= 2100]


def full_dates_in(text: str) -> list[dt.date]:
    """Dates told with their year (`20/1/2017`, `15-5-2017`)."""
    found = []
    for match in _FULL_DATE.finditer(text):
        day, month, year = int(match.group(1)), int(match.group(2)), int(match.group(3))
        if _valid(day, month, year):
            found.append(dt.date(year, month, day))
    return found


def dates_in(text: str, year: int) -> list[dt.date]:
    """Every day/month told in the text, read in `year` (for a date when there is no dateline)."""
    found = []
    for match in _SLASH_DATE.finditer(text):
        day, month = int(match.group(1)), int(match.group(2))
        stated = int(match.group(3)) if match.group(3) else None
        if stated is None and "/" not in match.group(0):
            continue  # `số 11-12`, `7-15` are ranges, not dates
        if stated in (None, year) and _valid(day, month, year):
            date = DayMonth(day, month).on(year)
            if date:
                found.append(date)
    return found
