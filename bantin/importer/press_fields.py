"""A story about the press itself prints a paper's own fields as its news: a revoked magazine's owner and
editor (`Cơ quan chủ quản: Hội …` | `Tổng biên tập: ông …`), a paper's new address, phone and licence
(`Địa chỉ: …` | `Điện thoại: …` | `Báo hoạt động theo Giấy phép số … Tổng Biên tập là …`). They hold a
footer's sure words, which `story_contacts` never keeps, but a footer stands after the story, not between
its sentences with the story going on after them to its closing byline.

`press_fields` keeps such a run, a few fields or sentences naming a footer's fields, when the story around
it tells of the press in its own sentences (`Cục Báo chí thu hồi giấy phép …`, `Tòa soạn … chuyển về trụ
sở mới`) and the sentences after it run to the byline: a site's footer followed by its related teasers
(headlines, summaries with their stops) has no byline under them, and a page's buttons, its copyright,
its appeal to readers or a file to download (`Tài liệu đính kèm: … (Tải về)`) in the run are a site's."""

from __future__ import annotations

import re

from .boilerplate import is_section_header
from .furniture import opens_list
from .inline import INLINE_REASONS
from .vocabulary import LINK_LEADS, RELATED_LEADS
from .widgets import buttons

__all__ = ["REASON", "press_fields"]

#: The reason a paper's field in a story about the press is kept.
REASON = "a paper's field the story about the press tells, between its sentences"

# The story's own sentences telling of a paper: its newsroom, editor, licence, owner or seat.
_PRESS = re.compile(r"t[òo]a soạn|tổng biên tập|giấy phép|chủ quản|trụ sở", re.IGNORECASE)
# A field (`Cơ quan chủ quản: …`), or a sentence naming a footer's field (`Tổng Biên tập là nhà báo …`).
_FIELD = re.compile(r"^[^\W\d_][^:.!?]{1,40}:\s*\S")
# A site's own: its buttons and links, its copyright, its appeal to readers; never the story's here.
_SITE = re.compile(
    r"©|bản quyền|copyright|chia sẻ|bình luận|đăng nhập|đăng ký|theo dõi|xem thêm|tin liên quan|bạn đọc|"
    r"độc giả|quảng cáo|quý khách|tải (?:ứng dụng|app)|đọc thêm|video|clip|podcast|ảnh\s*:|tải về|"
    r"đính kèm|download",
    re.IGNORECASE,
)
_LONGEST = 6  # a paper's fields, not a page's footer of many lines


def press_fields(kinds: list[tuple[str, str]], texts: list[str]) -> list[tuple[str, str]]:
    """`kinds` with a paper's fields between two of a press story's sentences kept as the story's."""
    out = list(kinds)
    i = 0
    while i < len(out):
        if out[i][0] != "prose":
            i += 1
            continue
        end = next((j for j in range(i + 1, len(out)) if out[j][0] in ("prose", "byline")), len(out))
        run = range(i + 1, end)
        if 0 < len(run) <= _LONGEST and _fields(run, out, texts) and _told(out, texts, i, end):
            for j in run:
                out[j] = ("prose", REASON) if out[j][0] == "chrome" else out[j]
        i = end
    return out


def _fields(run: range, kinds: list[tuple[str, str]], texts: list[str]) -> bool:
    """Every unit of `run` a paper's field or a short line, one chrome unit at least, none of a site's."""
    if not any(kinds[j][0] == "chrome" for j in run):
        return False
    for j in run:
        text = texts[j].strip()
        if _SITE.search(text) or kinds[j][1] in INLINE_REASONS or _linked(text):
            return False
        if kinds[j][0] == "chrome" and not (_FIELD.match(text) or _PRESS.search(text)):
            return False
        if kinds[j][0] not in ("chrome", "short"):
            return False
    return True


def _linked(text: str) -> bool:
    """A link to other stories set in the story (`Đọc thêm: …`, `Tin liên quan`, `Video: …`)."""
    folded = text.casefold()
    return is_section_header(text) or opens_list(text) or folded.startswith((*LINK_LEADS, *RELATED_LEADS))


def _told(kinds: list[tuple[str, str]], texts: list[str], start: int, end: int) -> bool:
    """The story goes on at `end` in sentences up to its closing byline, and its sentences (the one before
    the run, those after it) tell of the press."""
    if end >= len(kinds) or kinds[end][0] != "prose":
        return False
    last = next((j for j in range(end, len(kinds)) if kinds[j][0] != "prose"), len(kinds))
    if not _signed(kinds, texts, last):
        return False
    story = [texts[start], *texts[end:last]]
    return any(_PRESS.search(text) for text in story)


def _signed(kinds: list[tuple[str, str]], texts: list[str], i: int) -> bool:
    """The unit at `i` closes the story: its byline, or a short line with no stop the page's share bar
    follows (`Ban Biên tập` | `Chia sẻ Bình luận`), as a writer's or an office's name stands."""
    if i >= len(kinds):
        return False
    if kinds[i][0] == "byline":
        return True
    short = kinds[i][0] == "short" and len(texts[i].split()) <= 4 and texts[i].rstrip()[-1:] not in ".:!?"
    return short and i + 1 < len(kinds) and buttons(texts[i + 1])
