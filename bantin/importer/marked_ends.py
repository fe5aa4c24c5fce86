"""Where a mark the page prints ends the article: the byline closing it (`after_byline`: a tail of
short lines of furniture after it goes too), a box's header in capitals (`headed_tail`), a writer's
name in capitals (`writer_in_capitals`), a list of other stories (`lists_stories`). `bounds` finds the
article's start and the end a tail of furniture marks; `chrome` calls both."""

from __future__ import annotations

import re

from ..core.text import CAPITALS
from .boilerplate import is_section_header
from .bounds import first_prose, link_into_text
from .bylines import parse_byline
from .caps_bylines import names_short, signs_short_lines
from .disclaimers import own_view
from .edges import headlines
from .furniture import MASTHEAD, Signals, Unit, opens_list, shouting, signals
from .signed_tail import another_story, asks_the_reader
from .signing_offices import office_name
from .vocabulary import RELATED_HEADERS
from .widgets import leading_buttons

__all__ = ["after_byline", "headed_tail", "lists_stories", "writer_in_capitals"]


def after_byline(units: list[Unit], kinds: list[tuple[str, str]], found: list[Signals], end: int) -> int:
    """After the byline that closes the article, a tail of short lines holding furniture words (a
    poll `Bài viết có hữu ích với bạn không? Có Không`, a button, a masthead's `Báo điện tử của …`)
    goes too, and the site's note that the piece is its writer's view (`disclaimers.own_view`), and so do
    lines opening with a button (`Trở lại Thời sự`): nothing of the article follows its byline but
    captions, credits and sentences, which stay."""
    prose = [i for i in range(end) if kinds[i][0] == "prose"]
    for i in range(first_prose(kinds), end - 1):
        # The byline, then the header of a list of other stories (not a link run into the next
        # sentence, `Xem thêm: … Theo …`), with less prose after them than before: the article
        # ended there.
        if (
            (kinds[i][0] == "byline" or _signed_by_office(units, kinds, i))
            and sum(1 for p in prose if p < i) > sum(1 for p in prose if p > i)
            and (
                (found[i + 1].sure and lists_stories(found[i + 1].strong))
                or is_section_header(units[i + 1].text)  # `Tin mới` alone, the headlines after it
                or _opens_in_capitals(units[i + 1].text)
                or (
                    kinds[i + 1][0] == "short"
                    and len(units[i + 1].text.split()) >= 2
                    and shouting(units[i + 1].text)
                )
                or opens_list(units[i + 1].text)
            )
            and not link_into_text(kinds, found, i + 1, [u.text for u in units])
        ):
            return i + 1
    # no sentence: a run of other stories' titles, or the headline of another part of the series
    titles = [
        headlines(u.text) or _other_part(u.text, found[i]) or asks_the_reader(units, kinds, i, end)
        for i, u in enumerate(units[:end])
    ]  # a prompt to comment run into the tail's first line (`… có ý kiến gì? Mời bạn đọc gửi …`): no prose
    titles = [title or own_view(u.text) for title, u in zip(titles, units, strict=False)]  # the site's note
    last = max((i for i in range(end) if kinds[i][0] == "prose" and not titles[i]), default=-1)
    signed = [
        kinds[i][0] == "byline" or writer_in_capitals(units, i) or _signed_by_office(units, kinds, i)
        for i in range(last + 1, end)
    ]  # … or an office's name right under the last sentence (`Ban Quản lý đào tạo`)
    byline = next((i for i, sign in zip(range(last + 1, end), signed, strict=True) if sign), None)
    if byline is None:
        return end
    rest = range(byline + 1, end)
    # A short line between the byline and the tail of chrome heads a box of that tail (`Cúng dường
    # Tam Bảo` before `Số tài khoản…`, `Thông báo` before the list of notices).
    # At the end of the body it may be the editor's note (`Tên nhân vật đã được thay đổi`): it stays.
    boxed = end < len(kinds) and kinds[end][0] == "chrome" and len(rest) <= 2
    boxed = boxed and not any(found[i].sentence or found[i].grammar for i in rest)  # no editor's note
    if all(kinds[i][0] in ("short", "byline") or titles[i] for i in rest) and any(
        titles[i] or (kinds[i][0] == "short" and (found[i].weak or MASTHEAD.match(units[i].text) or boxed))
        for i in rest
    ):
        return byline + 1
    if rest and all(kinds[i][0] == "short" and leading_buttons(units[i].text) for i in rest):
        return byline + 1  # a button after the byline (`Trở lại Thời sự`), the body's end or the tail's
    if len(rest) == 1 and kinds[byline + 1][0] == "short" and another_story(units[byline + 1].text):
        return byline + 1  # one headline alone after the byline, no editor's note (signed_tail.py)
    return end


# A part of a series under its number (`Bài 1:`, `Kỳ 2 -`, `Phần cuối:`), a headline after it.
_PART = re.compile(r"^(?:Bài|Kỳ|Phần)\s+(?:\d{1,2}|cuối)\s*[:.–-]\s*[" + CAPITALS + r"\d]")


def _other_part(text: str, found: Signals) -> bool:
    """The headline of another part of the series (`Bài 1: Chè Thái Nguyên và con đường vươn xa`): a
    link to it, with no full stop, after the byline."""
    return bool(_PART.match(text)) and not found.sentence and found.words <= 20


def writer_in_capitals(units: list[Unit], i: int) -> bool:
    """A writer's name in capitals on a line of its own (`NGUYỆT NHI`), which the kinds leave short."""
    text = units[i].text
    byline = parse_byline(text) if text.isupper() and names_short(text) else None
    return byline is not None and byline.author is not None and not signals(text).weak


def headed_tail(units: list[Unit], kinds: list[tuple[str, str]], end: int) -> int:
    """A header in capitals after the article's last sentence (`THEO DÕI DIỄN BIẾN BÃO`, `ĐỪNG BỎ
    LỠ`), then only headline-like lines to the end (two at least), or the headlines run into it on
    one line: a box of other stories, which ends the article where its header stands."""
    last = max((i for i in range(end) if kinds[i][0] in ("prose", "caption", "byline")), default=-1)
    for i in range(last + 1, end):
        text = units[i].text
        rest = [k for k, _ in kinds[i + 1 :]]
        if not all(k in ("short", "chrome") for k in rest):
            continue
        if i == last + 1 and parse_byline(text) is not None and not is_section_header(text):
            continue  # the byline in capitals right after the last sentence (`XUÂN NGỌC`), not a header
        if signs_short_lines(units, kinds, i):
            return i + 1  # a poem's or a list's writer under its last line: the tail starts after the name
        if len(text.split()) >= 2 and shouting(text) and sum(k == "short" for k in rest) >= 2:
            return i
        if len(text.split()) >= 6 and _opens_in_capitals(text) and not signals(text).sentence:
            return i
    return end


def _signed_by_office(units: list[Unit], kinds: list[tuple[str, str]], i: int) -> bool:
    """`units[i]` is an office's name alone right after the story's last sentence (`Ban Truyền thông`,
    `Phòng Quản lý Đào tạo`): the notice's signature, which closes it as a writer's byline does."""
    signed = kinds[i][0] == "short" and i > 0 and kinds[i - 1][0] == "prose"
    return signed and office_name(units[i].text)


def _opens_in_capitals(text: str) -> bool:
    """A header in capitals opens the unit (`ĐỪNG BỎ LỠ Giá vé…`), whatever words it uses."""
    words = text.split()
    return len(words) > 2 and shouting(words[0]) and shouting(words[1]) and not shouting(words[-1])


def lists_stories(reason: str | None) -> bool:
    """Whether a unit's strong furniture word is a header of a list of other stories (`Tin liên quan`)."""
    return reason is not None and reason.casefold().rstrip(" :") in RELATED_HEADERS
