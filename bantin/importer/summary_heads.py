"""The page's head glued to the lead the summary opens, read as prose: a masthead with its slogan and
its menu (`BINH ĐOÀN 15 Vừa sản xuất, vừa sẵn sàng chiến đấu Quốc phòng - An ninh Kinh tế - Quốc
phòng`, `BỘ ĐỘI BIÊN PHÒNG TỈNH … Đồn là nhà, biên giới là quê hương, … Biên giới Đồn - Trạm`).

A slogan's commas and stop words make such a run read as a sentence, so the chrome detector keeps it
as the article's first prose. But `anchors.cut_at_anchors` cut it off the lead where the summary's
opening words start, in the same paragraph: what stands before the lead there is the page's, not the
story's, when it ends with no sentence's stop (a story's sentence before its lead would end as one)
and opens with the masthead, two words in capitals. A run in sentence case that lost its stop (`Theo
thông báo của hãng … cho khách du lịch`) is borderline and stays; so do a line introducing a list
(`…:`) and the part of a series the headline names (`Bài 2: …`), and a writer's credit there. An
outlet's name with no writer (`… Mỹ thuật trẻ Tạp chí Mỹ thuật Họa sĩ Đặng Thị Mai, …`) is the menu's
last item the header's cut left over the lead, when a unit of the page's chrome stands before it in
the same paragraph.

A blog's or a forum's head opens with its name in title case, not in capitals: the site's own name
(`called`) followed by a word in a capital (`Góc nhỏ của Thu Những chuyến đi, những trang sách …
Thứ Bảy, 16 tháng 3, 2024`: the blog's name, its motto and the post's day) is a masthead too; a
sentence about the site goes on in small letters (`Báo Bến Tre vừa trao …`). A head holding a
breadcrumb (`Diễn đàn › Thiết bị › Ống kính`) is the page's even where it ends with a stop (a forum's
`… bắt đầu bởi tuananh_street, 14/8/2024.`): no sentence of a story holds one."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..core.sentences import ends_sentence
from .anchors import opens_with
from .bylines import parse_byline
from .furniture import shouting
from .headline_parts import names_headline_part
from .mastheads import name_end

__all__ = ["REASON", "heads_over_summary"]

REASON = "the page's head glued to the lead the summary opens (no sentence's stop)"

# The lead the summary opens is looked for among the first units only (a page's head is short), never
# in a layout's lead printed again at the end of the body (baomoi's raw pages).
_NEAR = 6
# A breadcrumb: two of its bars at least between words (`Diễn đàn › Thiết bị › Ống kính`).
_CRUMBS = re.compile(r"\w\s*[›»]\s*\w[^›»]*\w\s*[›»]\s*\w")


def heads_over_summary(
    kinds: list[tuple[str, str]],
    texts: Sequence[str],
    blocks: Sequence[int],
    anchors: tuple[str, ...],
    called: Callable[[str], bool] | None = None,
) -> list[tuple[str, str]]:
    """`kinds` with the prose units before the lead the summary (`anchors[1:]`) opens, in the lead's
    paragraph, opening with a masthead (in capitals, or the name the site is `called`) and ending with
    no stop, or holding a breadcrumb, made chrome."""
    summary = anchors[1:]
    lead = next((i for i, text in enumerate(texts[:_NEAR]) if opens_with(text, summary)), None)
    if not lead:
        return kinds
    out = list(kinds)
    for i in range(lead):
        text = texts[i].rstrip()
        if kinds[i][0] != "prose" or blocks[i] != blocks[lead] or text.endswith(":"):
            continue
        crumbs = _CRUMBS.search(text) is not None
        if (ends_sentence(text) and not crumbs) or names_headline_part(text, anchors[0]):
            continue
        if not (crumbs or all(map(shouting, text.split()[:2])) or _named(text, called)):
            continue
        out[i] = ("chrome", REASON)
    for i in range(1, lead):  # an outlet's name between the header's cut and the lead
        glued = blocks[i - 1] == blocks[i] == blocks[lead] and out[i - 1][0] == "chrome"
        if glued and kinds[i][0] == "byline" and _outlet(texts[i]):
            out[i] = ("chrome", REASON)
    return out


def _named(text: str, called: Callable[[str], bool] | None) -> bool:
    """`text` opens with the site's own name and a word in a capital after it (no sentence about it)."""
    end = name_end(text, called) if called else None
    return end is not None and text[end:].strip()[:1].isupper()


def _outlet(text: str) -> bool:
    """An outlet's name and no writer's (`Tạp chí Mỹ thuật`), bare as a menu prints it: a writer's credit
    over the lead stays, and so does a dateline in brackets (`(TTXVN/Vietnam+)`)."""
    byline = parse_byline(text)
    bare = not text.lstrip().startswith("(")
    return bare and byline is not None and byline.author is None and byline.source is not None
