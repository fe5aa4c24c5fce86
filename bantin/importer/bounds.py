"""Where the article starts and ends among the units of a scraped body, once each unit has its kind.

Chrome gathers before the article's first sentence (a menu, a breadcrumb, a share bar) and after
its last (related stories, appeals, the footer). `article_start` finds where the menus end,
`article_end` where a tail of furniture begins (past which furniture outweighs prose most) and
`after_byline` the end a closing byline marks, `headed_tail` the end a box's header in capitals
marks; `sentences_inside` keeps the story's own sentences that hold a furniture word. Before the
units are judged, the `…_apart` passes cut a unit where the story's edge runs into the page's: a
closing byline and the box after it, a table of contents and the lead, a related link's headline
and the next sentence. `chrome` decides each unit's kind and calls these.
"""

from __future__ import annotations

import re

from ..core.sentences import ends_sentence
from .boilerplate import is_chrome, is_section_header
from .bylines import parse_byline
from .furniture import (
    AD_REASON,
    LINKED_HEADLINE,
    MASTHEAD,
    RELATED_HEADERS,
    RELATED_LEADS,
    Signals,
    Unit,
    as_headers,
    figures,
    opens_list,
    shouting,
    signals,
    title_case_items,
)
from .widgets import buttons, leading_buttons, names_a_widget

__all__ = [
    "after_byline",
    "article_end",
    "article_start",
    "closing_byline_apart",
    "contents_apart",
    "first_prose",
    "headed_tail",
    "linked_headline_apart",
    "sentences_inside",
]


def first_prose(kinds: list[tuple[str, str]]) -> int:
    return next((i for i, (k, _) in enumerate(kinds) if k == "prose"), len(kinds))


def article_start(kinds: list[tuple[str, str]], found: list[Signals], anchored: bool = False) -> int:
    """Units before the first prose unit that are chrome or headline-like go (a menu, a breadcrumb,
    a notice's steps); only when some chrome, or two units with furniture words, stand among them,
    so a short opening line stays; a menu in title case (`Tin tức Chính trị Kinh tế Đô thị`) is
    chrome enough. Where the summary's opening words start that prose unit, the
    short units before it go (`Trang chủ Giao thông Chia sẻ Facebook Zalo`, `Lượt xem: 1.234 Nghe
    đọc bài 00:00 / 03:45 Cỡ chữ A- A+`): the article starts there."""
    first = first_prose(kinds)
    if any(kinds[i][0] == "chrome" or (kinds[i][0] == "short" and found[i].menu) for i in range(first)):
        return first
    if anchored and any(kinds[i][0] == "short" for i in range(first)):
        return first
    if sum(1 for i in range(first) if kinds[i][0] == "short" and found[i].weak) >= 2:
        return first
    return 0


def article_end(kinds: list[tuple[str, str]], found: list[Signals], after: int, texts: list[str]) -> int:
    """Where the tail of chrome begins: the cut, after the article's first sentence, past which
    furniture outweighs prose most; never before a sentence that the article's closing byline
    follows (`… Tải ứng dụng VNeID và đăng nhập …. Tài khoản mức 2 có giá trị …. Hà Linh`): the
    story goes on to its byline."""
    signed = _signed_prose(kinds, found)
    best, best_score, score = len(kinds), 0.0, 0.0
    for i in range(len(kinds) - 1, max(after, signed), -1):
        kind, reason = kinds[i]
        if reason in (AD_REASON, LINKED_HEADLINE):
            continue  # an ad's slot, a related link's headline stand inside the story: no tail starts there
        if kind == "chrome":
            score += 2.0
        elif kind == "short":
            score += 0.25 if found[i].weak == 0 else 0.75
        elif kind == "prose":
            score -= 1.0 + found[i].words / 20 - 0.75 * min(found[i].weak, 3)
        if kind == "chrome" and score > best_score and not _link_into_text(kinds, found, i, texts):
            best, best_score = i, score
    return best


def sentences_inside(kinds: list[tuple[str, str]], found: list[Signals]) -> list[tuple[str, str]]:
    """A whole sentence holding a furniture word between two of the story's sentences (`Bước 5: Tải
    ứng dụng VNeID và đăng nhập để kích hoạt tài khoản.`) is the story's: the page's prompts stand
    around the story, not inside it. So is a long one opening the story, the story's sentences
    after it (`Người dân có thể tự đăng ký tài khoản dịch vụ công với bốn bước đơn giản.`), where a
    prompt is short (`Vui lòng đăng nhập để đọc tiếp.`). Sure furniture (a copyright, a licence) is
    chrome anywhere."""
    out = list(kinds)
    for i in range(len(kinds) - 1):
        s = found[i]
        if kinds[i] != ("chrome", s.strong) or s.sure or not s.sentence or s.grammar < 1 or s.words < 6:
            continue  # chrome for a furniture word alone, not for its shape, place or repetition
        if kinds[i + 1][0] != "prose" or found[i + 1].strong is not None:
            continue
        before = next((k for k, _ in reversed(kinds[max(0, i - 2) : i]) if k != "short"), None)
        opening = all(k != "prose" for k, _ in kinds[:i]) and s.words >= 12 and s.grammar >= 2
        if before == "prose" or opening:
            out[i] = ("prose", f"a sentence inside the story despite {kinds[i][1]!r}")
    return out


def _signed_prose(kinds: list[tuple[str, str]], found: list[Signals]) -> int:
    """The last sentence of the story that a byline follows, with nothing but a caption between
    them (-1: none): a sentence the closing byline signs is the story's, whatever stands before it."""
    last = -1
    for i in range(1, len(kinds)):
        if kinds[i][0] != "byline":
            continue
        j = i - 1
        while j > 0 and kinds[j][0] == "caption":
            j -= 1
        if kinds[j][0] == "prose" and found[j].sentence:
            last = j
    return last


def _link_into_text(kinds: list[tuple[str, str]], found: list[Signals], i: int, texts: list[str]) -> bool:
    """A related link run into the article's next sentence (`Đọc thêm: … Theo Hiệp hội…`), or one
    under its label in the text (`Bài liên quan: Hà Giang nâng cao…`): the article goes on after
    it, so the tail does not start there."""
    cut = i + 1 < len(kinds) and kinds[i + 1][1] == LINKED_HEADLINE  # its headline cut off the sentence
    after = i + 2 if cut else i + 1
    return (
        found[i].strong is not None
        and (found[i].strong.casefold().startswith(_LINK_LABELS) or _INLINE_LINK.match(texts[i]) is not None)
        and after < len(kinds)
        and kinds[after][0] == "prose"
        and found[after].strong is None
    )


_LINK_LABELS = ("xem thêm", "đọc thêm")
_INLINE_LINK = re.compile(r"^(?:bài|tin|tin bài|bài viết) liên quan\s*:\s*\S", re.IGNORECASE)


def after_byline(units: list[Unit], kinds: list[tuple[str, str]], found: list[Signals], end: int) -> int:
    """After the byline that closes the article, a tail of short lines holding furniture words (a
    poll `Bài viết có hữu ích với bạn không? Có Không`, a button, a masthead's `Báo điện tử của …`)
    goes too, and so do lines opening with a button (`Trở lại Thời sự`): nothing of the article follows
    its byline but captions, credits and sentences, which stay."""
    prose = [i for i in range(end) if kinds[i][0] == "prose"]
    for i in range(first_prose(kinds), end - 1):
        # The byline, then the header of a list of other stories (not a link run into the next
        # sentence, `Xem thêm: … Theo …`), with less prose after them than before: the article
        # ended there.
        if (
            kinds[i][0] == "byline"
            and sum(1 for p in prose if p < i) > sum(1 for p in prose if p > i)
            and (
                (found[i + 1].sure and _lists_stories(found[i + 1].strong))
                or _opens_in_capitals(units[i + 1].text)
                or (
                    kinds[i + 1][0] == "short"
                    and len(units[i + 1].text.split()) >= 2
                    and shouting(units[i + 1].text)
                )
                or opens_list(units[i + 1].text)
            )
            and not _link_into_text(kinds, found, i + 1, [u.text for u in units])
        ):
            return i + 1
    last = max((i for i in range(end) if kinds[i][0] == "prose"), default=-1)
    byline = next(
        (i for i in range(last + 1, end) if kinds[i][0] == "byline" or _in_capitals(units, i)), None
    )
    if byline is None:
        return end
    rest = range(byline + 1, end)
    # A short line between the byline and the tail of chrome heads a box of that tail (`Cúng dường
    # Tam Bảo` before `Số tài khoản…`, `Thông báo` before the list of notices).
    # At the end of the body it may be the editor's note (`Tên nhân vật đã được thay đổi`): it stays.
    boxed = end < len(kinds) and kinds[end][0] == "chrome" and len(rest) <= 2
    boxed = boxed and not any(found[i].sentence or found[i].grammar for i in rest)  # no editor's note
    if all(kinds[i][0] in ("short", "byline") for i in rest) and any(
        kinds[i][0] == "short" and (found[i].weak or MASTHEAD.match(units[i].text) or boxed) for i in rest
    ):
        return byline + 1
    if rest and all(kinds[i][0] == "short" and leading_buttons(units[i].text) for i in rest):
        return byline + 1  # a button after the byline (`Trở lại Thời sự`), the body's end or the tail's
    return end


def _in_capitals(units: list[Unit], i: int) -> bool:
    """A writer's name in capitals on a line of its own (`NGUYỆT NHI`), which the kinds leave short."""
    text = units[i].text
    byline = parse_byline(text) if text.isupper() and len(text.split()) <= 4 else None
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
        if len(text.split()) >= 2 and shouting(text) and sum(k == "short" for k in rest) >= 2:
            return i
        if len(text.split()) >= 6 and _opens_in_capitals(text) and not signals(text).sentence:
            return i
    return end


def _opens_in_capitals(text: str) -> bool:
    """A header in capitals opens the unit (`ĐỪNG BỎ LỠ Giá vé…`), whatever words it uses."""
    words = text.split()
    return len(words) > 2 and shouting(words[0]) and shouting(words[1]) and not shouting(words[-1])


def _lists_stories(reason: str | None) -> bool:
    return reason is not None and reason.casefold().rstrip(" :") in RELATED_HEADERS


def closing_byline_apart(units: list[Unit]) -> list[Unit]:
    """The closing byline run into the box after it (`Minh Anh Giá vàng hôm nay SJC Mua 82.500…`,
    `Mai Phương Nghe trên Spotify…`, `Quảng Đạo Cúng dường Tam Bảo` before `Số tài khoản…`), after the
    article's last sentence, is cut from it: a name of two to four words in capitals, then
    furniture, or the header of a box before the chrome that follows (no sentence, no grammar word: an
    editor's note `Tên nhân vật đã được thay đổi` stays with the story)."""
    found = [signals(u.text) for u in units]
    story = (
        i
        for i, s in enumerate(found)
        if s.prose
        and (s.sentence or s.strong is None)
        and not opens_list(units[i].text)
        and not (s.sure or (s.strong and s.word and s.words < 20))
    )
    # a list of stories, a line of furniture read as prose, a comment box's notice (`Ý kiến của bạn sẽ
    # được biên tập trước khi đăng.`): none
    last = max(story, default=len(units))
    for i in range(last + 1, len(units)):
        if found[i].sentence:
            continue
        words = units[i].text.split()
        credited = _credit_apart(words)
        if credited is not None:
            return [*units[:i], *(Unit(units[i].block, part) for part in credited), *units[i + 1 :]]
        for n in (2, 3, 4, 5):  # `Hồng Vân - Quốc Khánh`: two writers, each named whole
            head, rest = " ".join(words[:n]), " ".join(words[n:])
            named = len(words) > n and words[n - 1] not in _DASHES
            named = named and all(w[:1].isupper() or w in _DASHES for w in words[:n])
            named = named and len(re.split(r"\s[-–]\s", head)[-1].split()) >= 2
            if not named or not rest[:1].isupper():
                if not rest.startswith("#"):
                    continue
            if shouting(words[n - 1]) and shouting(words[n]):
                continue  # a run of capitals (`BÁO BÌNH ĐỊNH ĐIỆN TỬ`): no name ends inside it
            byline = parse_byline(head)
            if byline is None or byline.author is None or byline.source is not None:
                continue
            header = (
                not rest.endswith((".", "!", "?", "…"))
                and not signals(rest).grammar  # an editor's note has grammar words
                and i + 1 < len(units)
                and _furniture(units[i + 1].text)
            )
            if _furniture(rest) or header:
                return [*units[:i], Unit(units[i].block, head), Unit(units[i].block, rest), *units[i + 1 :]]
        return units  # only the first unit that is no sentence after the story may hold its byline
    return units


_DASHES = ("-", "–")


def _credit_apart(words: list[str]) -> tuple[str, str] | None:
    """A source's credit run into the page's buttons (`Nguồn: Báo Lào Cai In bài viết Gửi email …`):
    the credit is the name after its label (`Nguồn: Trung tâm Văn hóa huyện`), up to where the buttons
    start."""
    if len(words) < 3 or words[0].rstrip(":").casefold() not in ("nguồn", "theo"):
        return None
    if not words[1][:1].isupper():
        return None
    for n in range(2, min(len(words), 8)):
        rest = " ".join(words[n:])
        if leading_buttons(rest) > 0 or opens_list(rest):
            return " ".join(words[:n]), rest
    return None


def _furniture(text: str) -> bool:
    """`text` reads as a page's furniture, not as the story: a box of figures, buttons, a line of
    chrome, furniture words."""
    found = signals(text)
    if found.prose and (found.sentence or found.strong is None):
        return False  # no sentence, but furniture words: `Nội dung bạn đang xem thuộc chuyên mục …`
    return (
        figures(text)
        or buttons(text)
        or leading_buttons(text) > 0
        or is_chrome(text)
        or opens_list(text)
        or found.strong is not None
        or found.weak >= 2
        or (text.rstrip().endswith(":") and found.words <= 6)  # a label, its value gone (`Ủng hộ trang web:`)
        or title_case_items(text)  # a menu of services (`Tra cứu phạt nguội Tra cứu điểm thi`)
        or (found.weak and found.words <= 6 and names_a_widget(text))  # `Sách hay Đọc tiếp`
    )


_ITEM = re.compile(r"^\d{1,2}\.\s+")


def contents_apart(units: list[Unit]) -> list[Unit]:
    """A table of contents' last entry run into the lead (`2. Giữ gìn cảnh quan Những ngày này, …`) is
    cut where it stops repeating a subheading of the article (`Giữ gìn cảnh quan Chính quyền …`)."""
    out = list(units)
    for i, unit in enumerate(units[: max(3, len(units) // 3)]):
        item = _ITEM.match(unit.text)
        if item is None:
            continue
        words = unit.text[item.end() :].split()
        for later in units[i + 1 :]:
            same = 0
            for a, b in zip(words, later.text.split(), strict=False):
                if a != b:
                    break
                same += 1
            rest = " ".join(words[same:])
            if 2 <= same < len(words) and rest[:1].isupper() and signals(rest).prose:
                head = unit.text[: item.end()] + " ".join(words[:same])
                out[i : i + 1] = [Unit(unit.block, head), Unit(unit.block, rest)]
                return out
    return out


# The label of a related link inside the story (`Xem thêm:`, `Tin liên quan`), its unit alone.
_LINK_LABEL = re.compile(r"^(?:" + as_headers(RELATED_LEADS[:4]) + r")\s*:?$")


def linked_headline_apart(units: list[Unit]) -> list[Unit]:
    """The headline of a related link run into the story's next sentence (`Xem thêm:` | `Đà Nẵng ra
    quân dọn vệ sinh sau bão Dự báo trong 24 giờ tới, …`) is cut from it where a word in capitals
    stands between two in lower case (`bão Dự báo`): a sentence starts there. A capital inside a
    name (`miền Bắc Chính quyền`, `bão Yagi Dự báo`) cuts nothing, so the headline stays rather than
    a sentence losing its start."""
    out = list(units)
    for i in range(len(units) - 2, -1, -1):
        if not _LINK_LABEL.match(units[i].text):
            continue
        words = units[i + 1].text.split()
        if not ends_sentence(units[i + 1].text) or len(words) < 12:
            continue
        for k in range(3, min(len(words) - 8, 20)):
            before, word, after = words[k - 1], words[k], words[k + 1]
            if any(c in ",.;:!?" for w in words[:k] for c in w[-1:]):
                break  # a headline has no clause of its own
            if before[:1].islower() and word[:1].isupper() and word[1:].islower() and after[:1].islower():
                head, rest = " ".join(words[:k]), " ".join(words[k:])
                block = units[i + 1].block
                out[i + 1 : i + 2] = [Unit(block, head, True, LINKED_HEADLINE), Unit(block, rest)]
                break
    return out
