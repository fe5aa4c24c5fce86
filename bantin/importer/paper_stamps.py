"""A paper's name stamped with its time over a story an aggregator reposts (`Đài PT-TH Hải Dương 15:40
22/05/2018`, `Than - Khoáng sản Việt Nam 09:15 03/04/2018`): the aggregator's furniture on a line of
its own at the top, or run into the story's first words on a page printed on one line. The name is
the page's publisher even when the publishers' table does not know it, but only on a page that links
back to the original (`Xem nguồn`): elsewhere a place's dateline is shaped alike."""

from __future__ import annotations

import re

#: A name of one to ten words, the first capitalised, with no sentence's punctuation (a dash between
#: its words is no word: `Đài Phát thanh - Truyền hình Hải Phòng`; a province's review runs to ten:
#: `Tạp chí Khoa học và Công nghệ Nghệ An`), then the time and date (`15:40 22/05/2018`, `22/05/2018
#: 15:40`), then the end or the story run on.
_PAPER_STAMP = re.compile(
    r"(?P<name>[A-ZĐÀ-Ỹ][^\s.,:;!?“”\"«»()]*(?: (?:[-–] )?[^\s.,:;!?“”\"«»()]+){0,9}?)\s+"
    r"(?P<stamp>\d{1,2}:\d{2},? \d{1,2}/\d{1,2}/\d{4}|\d{1,2}/\d{1,2}/\d{4},? \d{1,2}:\d{2})"
    r"(?:\s+(?!\(?(?:GMT|UTC))(?P<rest>\S.*))?",  # not the stamp's time zone (`(GMT+07:00)`)
    re.S,
)
#: A name of more words opens with a paper's kind (`Tạp chí …`, `Báo …`, `Đài …`): a menu's items before
#: the page's time run as long.
_SHORT_NAME = 8
_MASTHEAD = re.compile(r"(?:Tạp chí|Báo|Thời báo|Tuần báo|Đài|Bản tin)\s")
#: Another time and date soon after the stamp: a ticker's next item, within its first characters.
_TICKED = re.compile(r"\d{1,2}:\d{2},? \d{1,2}/\d{1,2}/\d{4}|\d{1,2}/\d{1,2}/\d{4},? \d{1,2}:\d{2}")
_TICKER = 80
#: Words of a page's own stamp, not a paper's name (`Cập nhật 15:40 22/05/2018`, `Thứ Hai …`).
_NOT_NAMES = re.compile(r"(?i)^(?:cập nhật|đăng|ngày|thứ|chủ nhật|hôm nay|lúc|posted|updated)\b")


def paper_stamp(text: str) -> tuple[str, str, str] | None:
    """`Đài PT-TH Hưng Yên 10:05 27/07/2018 Các gian hàng …` → (name, the stamp line, what runs on)."""
    match = _PAPER_STAMP.fullmatch(text.strip())
    if match is None or _NOT_NAMES.match(match.group("name")):
        return None
    if len(match.group("name").split()) > _SHORT_NAME and not _MASTHEAD.match(match.group("name")):
        return None  # `Autopro Xe Tư vấn Đánh giá Xe điện Thị trường 12/02/2024 08:01`: a menu, then the time
    rest = match.group("rest") or ""
    if rest and not rest[:1].isupper() and rest[:1] not in '(“"«':  # the story starts a sentence
        return None
    if _TICKED.search(rest[:_TICKER]):  # `Tin mới 10:20 17/02/2024 Bão suy yếu 09:15 17/02/2024 …`
        return None  # a ticker of other stories' headlines and times, no paper's name over the story
    line = text.strip()[: match.end("stamp")]
    return match.group("name"), line, rest


def stamped_paper(texts: list[str]) -> str | None:
    """The paper named over the story in the first lines of the page (`texts`, the first three)."""
    return next((found[0] for text in texts if (found := paper_stamp(text))), None)
