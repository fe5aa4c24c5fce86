"""The page's own time stamp where the chrome detector does not read it: printed only under the text
(`Cập nhật lúc 08:30 ngày 16/02/2024`, `Minh Anh Ngày đăng: …`), or glued between a menu and the lead
in the page's first paragraph as scraped, and the stamps above the text (`header_date`).
A time of day alone (`08:15`, `09h30`) is no page's stamp: it opens an entry of a live page."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .bylines import parse_byline
from .dates import _FULL_DATE, _WEEKDAY, _YEAR, LUNAR, ZONE, _glued_stamp, _valid, parse_date, stamp_line
from .furniture import signals

# A page's stamp under its label (`Cập nhật lúc 08:30 ngày 16/02/2024`, `Ngày đăng: 16/02/2024 - 08:30`).
_LABELLED_STAMP = re.compile(
    r"(?<!\w)(?:(?:ngày|thời\s+gian)\s+)?(?:đăng(?:\s+tải)?|cập\s+nhật|xuất\s+bản)(?:\s+(?:lúc|ngày|vào))?"
    r"\s*:?\s*(?:\d{1,2}[:h]\d{2}\s*(?:[|,\-–]\s*)?(?:ngày\s+)?)?(?P<date>\d{1,2}/\d{1,2}/\d{4})(?!\d)",
    re.IGNORECASE,
)


# A writer's name and the stamp at the start of the first line under the text, whatever follows
# (`Lan Hương - 28/03/2024 08:30 Văn bản mới`): the name is short, the stamp a whole date.
_SIGNED_STAMP = re.compile(
    r"^[^\W\d_][^\d\-–|]{1,40}?\s[-–]\s\d{1,2}/\d{1,2}/\d{4}(?:\s+\d{1,2}[:h]\d{2})?(?!\d)"
)

_TIME_OF_DAY = re.compile(r"^\d{1,2}\s*[:hH]\s*\d{2}$")


def is_time_of_day(text: str) -> bool:
    """`08:15`, `09h30`: a time of day alone, with no date (a live page's entry opens with one)."""
    return bool(_TIME_OF_DAY.match(text.strip()))


def closing_stamp(texts: Sequence[str]) -> tuple[str, str] | None:
    """The page's stamp printed only after the article (`Cập nhật lúc 08:30 ngày 16/02/2024`, `Minh Anh
    Ngày đăng: 16/02/2024`), among the first lines after its text: labelled, so that a date the story
    or a footer tells (a licence's `cấp ngày …`) is none, or alone on the first line after the text
    (or with the writer's name, `Minh Anh - 16/02/2024 08:30`); as `dd/mm/yyyy`, with its line up to
    the stamp's end (where a byline may stand before the label)."""
    for number, text in enumerate(texts):
        alone = stamp_line(text) if number == 0 else None  # a bare stamp right under the text
        if alone is not None and alone.year is not None:
            return f"{alone.day:02d}/{alone.month:02d}/{alone.year}", ""
        signed = parse_byline(text) if number == 0 else None  # `Minh Anh - 05/03/2024 08:30`
        if number == 0 and (signed is None or not signed.when) and (before := _SIGNED_STAMP.match(text)):
            text = before.group(0)  # the furniture after it on its line (`… 08:30 Văn bản mới`) is not its
            signed = parse_byline(text)
        dated = stamp_line(signed.when) if signed is not None and signed.author and signed.when else None
        if dated is not None and dated.year is not None:
            return f"{dated.day:02d}/{dated.month:02d}/{dated.year}", text
        labelled = list(_LABELLED_STAMP.finditer(text))  # the publication's before an update's
        for match in sorted(labelled, key=lambda m: bool(_UPDATED.search(m.group(0)))):
            found = _FULL_DATE.match(match.group("date"))
            day, month, year = (int(g) for g in found.group(1, 2, 3)) if found else (0, 0, 0)
            if _valid(day, month, year):
                return f"{day:02d}/{month:02d}/{year}", text[: match.end()]
    return None


def glued_stamp(text: str) -> str | None:
    """The stamp glued before the lead in a page's first paragraph as scraped, before the chrome
    detector cut it (`Trang chủ Thời sự 14 Tháng Ba, 2024 Sáng 14/3, …`), as `dd/mm/yyyy`; of an
    update's stamp and a publication's side by side, the publication's."""
    head = text[:300]
    if _UPDATE.search(head) and _POSTED.search(_UPDATE.sub(" ", head)):
        head = _UPDATE.sub(" ", head)
    date = _glued_stamp(head) if text else None
    return f"{date.day:02d}/{date.month:02d}/{date.year}" if date and date.year else None


_TIME = r"\d{1,2}:\d{2}(?::\d{2})?"
_STAMP = re.compile(rf"(?:{_TIME}\s*[|,-]?\s*)?{_FULL_DATE.pattern}(?:\s*[|,-]?\s*{_TIME})?")


def _stamp_shape(stamp: re.Match[str]) -> str:
    return re.sub(r"\d+", "0", re.sub(r"\s+", " ", stamp.group(0)))


def header_date(texts: Sequence[str]) -> str | None:
    """The page's own time stamp among what stands before the article (`Thứ Sáu 06/09/2019 11:18`,
    `Cập nhật: 10:56ngày17/02/2024`): the first full date whose line is not one of a list of
    stamps shaped alike (the dates of related stories: lines, or stamps inside one line, `10:20
    17/02/2024 Bão suy yếu 09:15 17/02/2024 …`), as `dd/mm/yyyy`; one under `Cập nhật` only when the
    page states no other (`Cập nhật: 11/03/2024 Ngày đăng: 10/03/2024` was published on the 10th)."""
    stamps: dict[str, int] = {}
    for text in texts:
        for stamp in _STAMP.finditer(text):
            stamps[_stamp_shape(stamp)] = stamps.get(_stamp_shape(stamp), 0) + 1
    shapes: dict[str, int] = {}
    for text in texts:
        shape = re.sub(r"\d+", "0", text.strip())
        shapes[shape] = shapes.get(shape, 0) + 1
    listed = [
        re.compile(re.escape(shape).replace("0", r"\d+"))
        for shape, count in shapes.items()
        if count >= 3 and shape
    ]
    updated = None  # a stamp under `Cập nhật`, when the page gives its publication's too
    for text in texts:
        for pattern in listed:
            text = pattern.sub(" ", text)
        for stamp in _STAMP.finditer(text):
            if stamps[_stamp_shape(stamp)] >= 3:
                continue  # one of a list of stamps shaped alike
            match = _FULL_DATE.search(stamp.group(0))
            day, month, year = int(match.group(1)), int(match.group(2)), int(match.group(3))
            if _valid(day, month, year) and 1900 <= year <= 2100:
                if _UPDATED.search(text[max(0, stamp.start() - 24) : stamp.start()]):
                    updated = updated or f"{day:02d}/{month:02d}/{year}"
                    continue
                return f"{day:02d}/{month:02d}/{year}"
        other = parse_date(text) if _YEAR.search(text) else None  # `2024-02-16T08:13`, `16 tháng 2 năm 2024`
        if other is not None and other.year is not None:
            if _UPDATED.search(text):  # `Cập nhật: 09:15 16/03/2024` on its own, `| Ngày đăng: …` next
                updated = updated or f"{other.day:02d}/{other.month:02d}/{other.year}"
                continue
            return f"{other.day:02d}/{other.month:02d}/{other.year}"
    return updated


# An update's stamp (`Cập nhật lúc 16:05 ngày 19/12/2023`, `Cập nhật: 10/08/2024 16:20`, `Updated 19/12/2023`)
# and a publication's (`Đăng lúc 08:30 ngày 18/12/2023`, `Ngày đăng: …`, `Xuất bản …`): the page was
# published on the second; the first only says when it was last changed.
_LABEL_TAIL = r"(?:\s+(?:lúc|ngày|vào))?\s*:?\s*(?:\d{1,2}[:h]\d{2}\s*(?:[|,\-–]\s*)?)?(?:ngày\s+)?"
_DATE = r"\d{1,2}/\d{1,2}/\d{4}(?!\d)(?:\s*[|,\-–]?\s*\d{1,2}[:h]\d{2})?"
_UPDATE_WORDS = r"cập\s+nhật|updated"
_UPDATED = re.compile(_UPDATE_WORDS, re.IGNORECASE)  # the label alone, before a stamp or in one
_UPDATE = re.compile(rf"(?<!\w)(?:{_UPDATE_WORDS}){_LABEL_TAIL}{_DATE}", re.IGNORECASE)
_POSTED = re.compile(
    rf"(?<!\w)(?:(?:ngày\s+)?đăng(?:\s+tải)?(?!\s+(?:ký|nhập))|xuất\s+bản|published|posted){_LABEL_TAIL}{_DATE}",
    re.IGNORECASE,
)


def publication_first(values: Sequence[str | None]) -> list[str | None]:
    """The page's stated dates with a publication's before an update's: an update's stamp beside a
    publication's in one value is dropped from it, a value that is only an update's goes last."""
    posted = [_UPDATE.sub(" ", v) if v and _UPDATE.search(v) and _POSTED.search(v) else v for v in values]
    updates = [v for v in posted if v and _UPDATE.search(v)]
    return [v for v in posted if not (v and _UPDATE.search(v))] + updates


# A page's stamp glued between its menu or section and the lead, with its weekday or its label before
# the date (`Lễ hội Thứ Năm, 18/04/2024 (10/3 năm Giáp Thìn) Lễ hội Đền Hùng …`, `Kinh tế Ngày đăng:
# 15/09/2024 (13/8 âm lịch) Tám tháng …`), its time, time zone, lunar date and counter after it. A
# foreign broadcaster's page prints the date in words or dotted (`Đăng 2 Th12 2024`, `Xuất bản 2 Tháng
# 12 2024 11:00am`, `Ngày 3 tháng 12 năm 2024 17:00 (giờ Nhật Bản)`, `2024.12.05`) and its own zone.
_DAY = (
    r"(?:\d{1,2}/\d{1,2}/\d{4}|\d{1,2}\s+(?:tháng\s+|(?-i:Th))\d{1,2}(?:\s*(?:năm|,)\s*|\s+)\d{4}"
    r"|\d{4}\.\d{2}\.\d{2})(?!\d)"
)
_CLOCK_ZONE = (
    rf"\s*[,|\-–]?\s*(?:lúc\s+)?\d{{1,2}}[:h]\d{{2}}(?!\d)(?:\s*(?:AM|PM))?"
    rf"(?:\s*\(GMT\+7\)|\s*\(giờ\s[^()]{{1,20}}\)|\s+{ZONE}(?!\w))?"
)
_MARKED_DATE = re.compile(
    rf"(?:{_WEEKDAY}\s*,?\s*(?:ngày\s+)?|(?:ngày\s+)?(?:đăng|cập\s+nhật|xuất\s+bản)(?:\s+(?:lúc|ngày))?\s*:?\s*"
    rf"|ngày\s+(?=\d{{1,2}}\s+tháng))"
    rf"{_DAY}(?:{_CLOCK_ZONE})?(?:\s*\(GMT\+7\))?",
    re.IGNORECASE,
)
# … or a bare date with its time (`Đời sống 20/11/2024 06:15 Ở bản …`): a dateline has no time; or a
# dotted date, which no dateline has (`Nghe bài này 2024.12.05 Nước biển …`, `Văn hóa 26.11.2024 Từ …`).
_DOTTED = re.compile(r"\d{4}\.\d{2}\.\d{2}|\d{1,2}\.\d{1,2}\.\d{4}")
_TIMED_DATE = re.compile(
    rf"(?<![\d/.])(?:\d{{1,2}}/\d{{1,2}}/\d{{4}}{_CLOCK_ZONE}|(?:{_DOTTED.pattern})(?![\d.])(?:{_CLOCK_ZONE})?)",
    re.IGNORECASE,
)


# … or a bare date with its year after a section's name (`Kinh nghiệm 26/06/2024 Trước khi …`); a long
# header's stamp is one too, with its time or without (`header_stamps`).
BARE_DATE = r"(?<![\d/.,])\d{1,2}/\d{1,2}/\d{4}"
_BARE_DATE = re.compile(BARE_DATE + r"(?![\d/])")


# A link for screen readers opening the page (`Bỏ qua để đến nội dung chính`, `Chuyển đến nội dung`): no
# item of its menu.
_SKIP_LINK = re.compile(
    r"(?<!\w)(?:Bỏ qua|Chuyển|Đi|Nhảy|Skip)\s+(?:(?:để|đến|tới|to)\s+)+"
    r"(?:(?:nội dung|phần)(?: chính)?|(?:main )?content)\s"
)

#: The most words a menu before a weekday's stamp may have (four sections of four words).
_MENU_WORDS = 16


def peeled_stamp(text: str) -> tuple[str, str] | None:
    """(menu and stamp, lead) of a page's stamp glued before the lead (`_header_stamp`); the lead a
    sentence of eight words or more opening with a capital. None for anything else (a dateline opens a
    story)."""
    end = _header_stamp(text)
    if end is None:
        return None
    head, rest = text[:end].strip(), text[end:].strip()
    if not rest[:1].isupper() or len(rest.split()) < 8:
        return None
    return head, rest


def stamp_alone(text: str) -> bool:
    """A unit that is only a menu and the page's stamp, the lead in the unit after it (`… Tin tức Podcast
    Xuất bản 2 Tháng 12 2024 11:00am` before `Nguồn: SBS Theo …`)."""
    end = _header_stamp(text)
    if end is None or text[end:].strip():
        return False
    found = _MARKED_DATE.search(text, 0, 200) or _TIMED_DATE.search(text, 0, 200)
    if found is None or "|" in text[: found.start()]:
        return False  # a bare stamp after a bar may be a byline's (`Hoàng Yến | 12/04/2024 08:30`)
    # after the page's skip link or a menu, not after a writer's name (`By Hà My 14/03/2024 08:00`)
    before = text[: found.start()]
    return bool(_SKIP_LINK.search(before)) or signals(_SKIP_LINK.sub("", before)).menu


def _header_stamp(text: str) -> int | None:
    """Where a page's stamp glued before the lead ends, after ten words at most with no sentence's stop,
    half of them capitalised as a menu's or a section's are (a bare date's: a section's name of four
    words at most will do, `Blog tài chính 08/05/2024`; a weekday's: sixteen words of sections with no
    grammar word, one in four capitalised), with its lunar date; None when there is none."""
    marked = _MARKED_DATE.search(text, 0, 200)
    found = marked or _TIMED_DATE.search(text, 0, 200)
    bare = found is None and _BARE_DATE.search(text, 0, 80)
    found = found or bare
    if not found:
        return None
    words = _SKIP_LINK.sub("", text[: found.start()]).split()
    dotted = bool(_DOTTED.fullmatch(found.group(0)))  # no sentence dates so
    menu = signals(" ".join(words))
    # A bare date after a menu of sections named in sentence case, no grammar word among them (`Xe cộ
    # Bất động sản Đồ điện tử Việc làm Kinh nghiệm 26/06/2024`).
    listed = bool(bare) and menu.menu and not menu.grammar
    if len(words) > (_MENU_WORDS if marked or dotted or listed else 10) or re.search(
        r"[.!?;]", text[: found.start()]
    ):
        return None
    capitalised = sum(w[:1].isupper() for w in words) * 2 >= len(words) and len(words) <= 10
    # Or, before a weekday's stamp, a menu whose items are names of several words (`Biên phòng Quốc
    # phòng Biên giới biển đảo Chống buôn lậu Chủ nhật, 22/4/2024`): fewer capitals, no grammar word.
    capitalised = (
        capitalised or bool(marked and not menu.grammar and menu.capitals * 4 >= 1) or dotted or listed
    )
    if bare and not (words and words[0][:1].isupper() and not re.search(r"[\d,]", text[: found.start()])):
        return None  # a bare date: a section's name or a menu before it (`Blog tài chính 08/05/2024`)
    if not capitalised and not (bare and len(words) <= 4):
        return None
    end = found.end()
    lunar = LUNAR.match(text, end + len(text[end:]) - len(text[end:].lstrip()))
    end = lunar.end() if lunar else end
    if stamp_line(text[found.start() : end].strip()) is None:
        return None
    return end


def _dateline_place(before: str) -> bool:
    """A dateline's place in capitals before its date (`CẦN THƠ, 18/3/2024 - Sáng nay, …`, `TP.HCM, `),
    or a name's capitalised words (`Tây Ninh, 20/3/2024 - …`, as provincial papers print it): the
    story's first words, not a menu (whose items end with no comma, in small letters) nor a weekday
    (`THỨ HAI, 18/03/2024`)."""
    words = before.split()
    return (
        0 < len(words) <= 5
        and before.rstrip().endswith(",")
        and (
            all(w.isupper() or w in "-–" for w in words)
            or (len(words) <= 4 and all(w[:1].isupper() for w in words))
        )
        and not re.fullmatch(rf"\s*{_WEEKDAY}\s*,\s*", before, re.IGNORECASE)
    )


_DATELINE_SHAPE = re.compile(
    r"(?P<place>[^,]{2,40},)\s*(?:ngày\s+)?(?:\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?|"
    r"\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?)\s*[-–—]",
    re.IGNORECASE,
)


def is_dateline(text: str) -> bool:
    """`CẦN THƠ, 18/3/2024 -`, `BẾN TRE, ngày 10 tháng 4 năm 2024 -`: a dateline (its place in capitals,
    its date, a dash), the story's first words however much it looks like a page's stamp."""
    found = _DATELINE_SHAPE.fullmatch(text.strip())
    return found is not None and _dateline_place(found.group("place"))


# A page's date with its year before the lead's own day and month (`Ngày 02/04/2024 Sáng 25/3, …`).
_DATED_TWICE = re.compile(
    r"^(?:[Nn]gày\s+)?\d{1,2}/\d{1,2}/\d{4}\s+"
    r"(?=(?:Ngày|Sáng|Chiều|Tối|Trưa|Đêm|Rạng sáng)\s+\d{1,2}/\d{1,2}\b)"
)


def stamp_before_dateline(piece: str) -> int:
    """Where the page's date glued before the lead ends, when the lead opens with its own day and month
    (`Ngày 02/04/2024 Ngày 25/3, bệnh nhân …`: the page's date, then the story's); 0 when there is none."""
    dated = _DATED_TWICE.match(piece)
    return dated.end() if dated else 0


# Where a page's stamp starts after the headline it prints (`… quan hệ ngoại giao Thứ Sáu, 05/04/2024 20:10`,
# `… 12:30 | 16/02/2024`, `… Cập nhật: 04/04/2024`, `… 2024-04-12T09:00`).
_STAMP_START = re.compile(
    rf"\s(?:{_WEEKDAY}\s*,?\s*|(?:cập\s+nhật|đăng|ngày\s+đăng)(?:\s+lúc)?\s*:?\s*|\d{{1,2}}[:h]\d{{2}}\s*[|,\-–]?\s*)*"
    r"(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{4}-\d{2}-\d{2})(?!\d)",
    re.IGNORECASE,
)


def before_stamp(text: str) -> str:
    """A line dropped above the story up to the page's stamp glued after it (the headline the page
    prints, `Khai mạc … ngoại giao Thứ Sáu, 05/04/2024 20:10` → `Khai mạc … ngoại giao`)."""
    found = _STAMP_START.search(text)
    return text[: found.start()].rstrip(" |-–—,") if found else text
