"""Where the article starts and ends among the units of a scraped body, once each unit has its kind.

Chrome gathers before the article's first sentence (a menu, a breadcrumb, a share bar) and after
its last (related stories, appeals, the footer). `article_start` finds where the menus end,
`article_end` where a tail of furniture begins (past which furniture outweighs prose most; the ends
a closing byline or a box's header in capitals marks are `marked_ends`'); `sentences_inside` keeps
the story's own sentences that hold a furniture word. Before the units are judged, the `…_apart`
passes of `edges` cut a unit where the story's edge runs into the page's. `chrome` decides each
unit's kind and calls these.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..core.sentences import ends_sentence
from ..core.text import is_syllable
from ..tagging.gazetteer import place
from ..tagging.kinds import is_vietnamese_person
from .anchors import opens_with
from .announced_items import announced_item
from .attachments import download_link
from .bylines import BYLINE_LABEL, is_source_name, parse_byline
from .credit_lines import photo_credit
from .furniture import (
    AD_REASON,
    LINKED_HEADLINE,
    STRONG,
    Signals,
)
from .glued_teasers import TEASER_LEAD
from .group_calls import GROUP_CALL
from .header_phones import REASON as HEADER_CALL
from .inline import INLINE_REASONS, gallery_counters
from .issue_menus import issue_menu
from .item_menus import house_item, house_menu
from .link_bars import LINK_BAR
from .link_pairs import LINK_PAIR
from .live_controls import PLAYER_SETTINGS
from .lone_boxes import past_lone_box
from .lone_related import LINKED
from .match_results import score_line
from .match_widgets import MATCH_WIDGET
from .menus import DATED_LEAD
from .offer_boxes import OFFER_BOX
from .price_cells import PRICE_CELLS
from .quiz_boxes import QUIZ
from .quoted_units import closes_quote
from .recipe_facts import recipe_field
from .rosters import lists_people
from .service_prompts import SERVICE_BUTTON
from .signed_tail import speaks_to_the_reader
from .speakers import names_speaker
from .weather_widgets import WEATHER_WIDGET
from .widgets import FOLLOW, widget_spans

__all__ = [
    "article_end",
    "article_start",
    "first_prose",
    "foreign_label",
    "lead_opening",
    "link_into_text",
    "sentences_inside",
    "writer_over_lead",
]


def first_prose(kinds: list[tuple[str, str]]) -> int:
    return next((i for i, (k, _) in enumerate(kinds) if k == "prose"), len(kinds))


def article_start(
    kinds: list[tuple[str, str]], found: list[Signals], anchored: bool = False, texts: Sequence[str] = ()
) -> int:
    """Units before the first prose unit that are chrome or headline-like go (a menu, a breadcrumb,
    a notice's steps); only when some chrome, or two units with furniture words, stand among them,
    so a short opening line stays; a menu in title case (`Tin tức Chính trị Kinh tế Đô thị`) is
    chrome enough. Where the summary's opening words start that prose unit, the
    short units before it go (`Trang chủ Giao thông Chia sẻ Facebook Zalo`, `Lượt xem: 1.234 Nghe
    đọc bài 00:00 / 03:45 Cỡ chữ A- A+`): the article starts there. A list of people under its label
    right over the first sentence (`Danh sách: Nguyễn Hà Linh, Trần Quang Minh, …`, of `texts`) is the
    story's: no page's head names people so; so is a speaker's label over their words (`Đại biểu Tạ Văn
    Hạ (Đoàn ĐBQH tỉnh Quảng Nam):`, `speakers`), and a recipe's labelled facts over it (`Thời gian: 45
    phút.`, `recipe_facts`), and a phrase introducing a list with its colon over the list's items
    (`Ban tổ chức trao 3 giải A:`, `listed_lead`). A labelled byline opening the first sentence
    (`Tác giả: Ngọc Hân Gà chiên …`) marks the start: a page prints its writer under its head, so the
    short units above go."""
    first = first_prose(kinds)
    if first == len(kinds) and any(f.sentence for f in found):
        return 0  # no unit reads as prose (a roster, a list of figures): nothing marks a start, all stay
    while (
        first > 0
        and kinds[first - 1][0] == "short"
        and (
            plain_sentence(found[first - 1])
            or (texts and (lists_people(texts[first - 1]) or names_speaker(texts[first - 1])))
        )
    ):
        first -= 1  # a lead with few stop words (`Nắng nóng gay gắt kéo dài khiến … cạn trơ đáy.`), a label
    while first > 0 and texts and first < len(kinds) and recipe_field(texts[first - 1]):
        first -= 1  # a recipe's facts over its ingredients (`Khẩu phần: 4 người.`): its first lines
    if 0 < first < len(kinds) and texts and BYLINE_LABEL.match(texts[first]) and _all_short(kinds[:first]):
        return first  # a labelled byline opens the story (`Tác giả: Ngọc Hân Gà …`): above it, the head
    first = listed_lead(kinds, found, texts, dated_lead(kinds, found, texts, first))
    story_first = first > 0 and kinds[0][0] == "short" and _story_phrase(found[0])  # no page's head opens so
    menu = [kinds[i][0] == "short" and _menu(found[i], texts, i) for i in range(first)]
    if texts and first < len(kinds) and house_menu(" ".join(texts[:first])):
        return first  # a menu's items glued apart (`Tin tức` | `Đánh giá` | `Thủ thuật`) over the lead
    if any(kinds[i][0] == "chrome" or menu[i] for i in range(first)):
        if story_first and not any(kinds[i][0] == "chrome" for i in range(first)):
            return 0  # slogans in capitals under the story's first line (`NHIỆT LIỆT CHÀO MỪNG …`), no menu
        return first
    if anchored and any(kinds[i][0] == "short" for i in range(first)):
        return first
    if sum(1 for i in range(first) if kinds[i][0] == "short" and found[i].weak) >= 2:
        return first
    return 0


def dated_lead(kinds: list[tuple[str, str]], found: list[Signals], texts: Sequence[str], first: int) -> int:
    """Where the story starts when a whole sentence opening with its day (`Sáng 10/10, Vietcombank giữ
    nguyên …`) stands before the first prose, only short units between (a list's rows it introduces,
    `Kỳ hạn 6 tháng: 2,9%/năm`): that lead, whatever its stop words; else `first`."""
    for i in range(first):
        if texts and DATED_LEAD.match(texts[i]) and found[i].sentence and found[i].words >= 8:
            if all(kinds[j][0] == "short" for j in range(i, first)):
                return i
    return first


def listed_lead(kinds: list[tuple[str, str]], found: list[Signals], texts: Sequence[str], first: int) -> int:
    """Where the story starts when a phrase of five words or more in lower case, no furniture word,
    ending with its colon (`Ban tổ chức trao 3 giải A:`) stands before the first prose, only short
    units between (the items it introduces: `Hội Người cao tuổi huyện Đông Anh`): that phrase, as no
    menu or headline introduces the lines under it so; else `first`. So does a shorter label with its
    colon over two items or more, each an item's label and its colon before a name (`Bàn thắng:` |
    `Việt Nam: Đắc Huy 8', …` | `Myanmar: Kyaw Zin 31'`: a match's goals), which no menu prints."""
    for i in range(first - 1):
        s = found[i]
        plain = not s.weak and not s.strong
        items = texts[i + 1 : first]
        itemised = len(items) >= 2 and all(_ITEMISED.search(text) for text in items)
        phrase = plain and ((s.words >= 5 and s.capitals < 0.5) or itemised)
        if texts and phrase and texts[i].rstrip().endswith(":"):
            if all(kinds[j][0] == "short" for j in range(i, first)):
                return i
    return first


def _all_short(kinds: list[tuple[str, str]]) -> bool:
    return all(kind == "short" for kind, _ in kinds)


def _menu(found: Signals, texts: Sequence[str], i: int) -> bool:
    """A unit before the first sentence read as a menu, unless it holds what no menu prints: a name's
    bracket, a list's commas, an item's label with its colon (`Giải Nhì: Nguyễn Thị Hồng (Khoa Công
    nghệ sinh học) với đề tài …`, the story's list of prizes over its first sentence)."""
    if texts and issue_menu(texts[i]):
        return True  # `Lý luận chính trị Số 12/2024 Nghiên cứu lý luận`: the issue the article is in
    itemised = texts and ((found.grammar and _ITEMISED.search(texts[i])) or score_line(texts[i]))  # `A 0-2 B`
    return found.menu and not itemised


_ITEMISED = re.compile(r"\([^()\s]+\s[^()]+\)|\w:\s+[A-ZĐ]")  # not an agency's `(QNO)`


def _story_phrase(found: Signals) -> bool:
    """A phrase of the story in lower case (`Dọc các tuyến đường trung tâm rợp cờ hoa và băng rôn`): six
    words or more, two of grammar, few capitals, no furniture. A page's head opens with its site's or
    section's name, a date, a breadcrumb, never with such a line: what follows it is the story's."""
    plain = not (found.weak or found.strong)
    return found.words >= 6 and found.grammar >= 2 and found.capitals < 0.3 and plain


def foreign_label(text: str) -> bool:
    """Two to four words that are no Vietnamese syllables and name no outlet (`Star Cine`, `Beauty
    Fashion`, `Star Cine Musik Fashion`): read as a byline, but before the article a menu's section
    names in English; or an item every site's menu prints (`Tin tức`, which names an outlet too)."""
    words = text.split()
    return house_item(text) or (
        2 <= len(words) <= 4
        and all(w.isascii() and w.isalpha() and w[:1].isupper() and not is_syllable(w) for w in words)
        and not is_source_name(text)
    )


def writer_over_lead(texts: list[str], i: int, first: int, summary: tuple[str, ...]) -> bool:
    """A person's Vietnamese name alone right over the lead the summary opens with (`Lê Dương` |
    `Vào ngày mùng 9 Tết …`): the article's writer, as a dated byline over the lead is."""
    lead = texts[first] if i == first - 1 and first < len(texts) else ""
    named = bool(lead) and is_vietnamese_person(texts[i].split()) and place(texts[i]) is None  # not `Hà Nội`
    return named and opens_with(lead, summary)


def lead_opening(kinds: list[tuple[str, str]], texts: list[str], blocks: list[int]) -> list[tuple[str, str]]:
    """Short sentences opening the paragraph of the article's first sentence (`Hết trận: Chelsea 1-1
    Arsenal. Hai đội chia điểm …`) are the story's, on a page that prints its header on lines of its
    own (the units before them another paragraph's)."""
    first = first_prose(kinds)
    i = first - 1
    while i >= 0 and blocks[i] == blocks[min(first, len(blocks) - 1)] and kinds[i][0] == "short":
        if not ends_sentence(texts[i]):
            return kinds
        i -= 1
    if first >= len(kinds) or i < 0 or i == first - 1 or blocks[i] == blocks[first]:
        return kinds  # the lead's paragraph opens the body, or holds the page's header too
    return [
        ("prose", "a sentence opening the lead's paragraph") if i < n < first else k
        for n, k in enumerate(kinds)
    ]


def plain_sentence(found: Signals) -> bool:
    """A whole sentence with no furniture: the story's, whatever its stop words, when it has ten words or
    more; a shorter one when grammar words tie its figures together (`Bị cáo lĩnh 18 tháng tù.`, `18
    tháng tù cho bị cáo Nguyễn Văn A.`), which a page's label or box of figures over the lead lacks."""
    plain = found.sentence and not found.weak and found.strong is None and not found.menu
    return plain and (found.words >= 10 or (found.words >= 6 and found.grammar >= 1))


# Chrome set inside the story, at which no tail starts: an ad's slot, a related headline or teaser, a
# quiz, a group's or a firm's call, a utility's lookup box or payment prompt, a box of two links.
_SHARE_ROW = "buttons and labels of the page"  # `unit_kinds`' reason for a row of buttons
_PROMPT_WORDS = 12  # a photo's prompt or button over its caption (`Gửi ảnh dự thi … tại đây`), at most
_INSIDE = (
    AD_REASON,
    LINKED_HEADLINE,
    LINKED,
    TEASER_LEAD,
    QUIZ,
    GROUP_CALL,
    HEADER_CALL,
    SERVICE_BUTTON,
    PLAYER_SETTINGS,
    WEATHER_WIDGET,
    OFFER_BOX,
    PRICE_CELLS,
    MATCH_WIDGET,
    LINK_PAIR,
    LINK_BAR,  # a bar of links glued between two of the story's sentences
)


def article_end(kinds: list[tuple[str, str]], found: list[Signals], after: int, texts: list[str]) -> int:
    """Where the tail of chrome begins: the cut, after the article's first sentence, past which
    furniture outweighs prose most; never before a sentence that the article's closing byline
    follows (`… Tải ứng dụng VNeID và đăng nhập …. Tài khoản mức 2 có giá trị …. Hà Linh`): the
    story goes on to its byline."""
    signed = _signed_prose(kinds, found)
    best, best_score, score = len(kinds), 0.0, 0.0
    gallery = gallery_counters(texts)
    for i in range(len(kinds) - 1, max(after, signed), -1):
        kind, reason = kinds[i]
        if reason in _INSIDE or reason in INLINE_REASONS:
            continue  # an ad's slot, a related headline or teaser, a quiz, a call, a lookup box, a
            # player's settings: inside
        over_caption = [k for k, _ in kinds[i + 1 : i + 2]] == ["caption"] and found[i].words <= _PROMPT_WORDS
        if i in gallery or download_link(texts[i]) or _follow_inside(kinds, texts, i) or over_caption:
            continue  # a gallery's counters, a download (`… (PDF, 2,4 MB)`), a prompt to follow or a photo's
        if kind == "chrome":
            score += 2.0
        elif kind == "short":
            score += 0.25 if found[i].weak == 0 else 0.75
        elif kind == "prose" and not texts[i].endswith("?"):  # a question may be a FAQ's, a headline
            score -= 1.0 + found[i].words / 20 - 0.75 * min(found[i].weak, 3)
        if kind == "chrome" and score > best_score and not link_into_text(kinds, found, i, texts):
            best, best_score = i, score
    best = past_lone_box(kinds, found, texts, best)  # a counter between the story's last two sentences
    while best - 1 > max(after, signed) and _button_before(kinds, found, best - 1):
        best -= 1  # a lone button just before the tail (`Trả lời`, then `Thích 12 bình luận …`)
    while (
        best - 1 > max(after, signed)
        and len(kinds) - best >= 2
        and _offer_before(kinds, found, best - 1, texts[best - 1])
        and not announced_item(kinds, texts, best - 1)  # `… ngưng tim:Gọi ngay 115`, then its items
    ):
        best -= 1  # a shop's offer over its footer (`Mở tài khoản online chỉ trong 5 phút`, `Mua … Chat …`)
    if best - 1 > max(after, signed) and _prompt_before(kinds[best - 1], texts[best - 1]):
        best -= 1  # the site's prompt over its comment box (`Ý kiến của bạn về vấn đề này?`, `Gửi bình luận`)
    return best


def _follow_inside(kinds: list[tuple[str, str]], texts: list[str], i: int) -> bool:
    """A prompt to follow the site (`Theo dõi VLP trên Zalo OA`), or a row of share buttons after a stop
    (`… quốc tịch Việt Nam. Chia sẻ: Facebook Twitter In bài`), between two of the story's sentences: a
    box the page sets inside the story, as it sets an ad's, no end of it."""
    inside = 0 < i < len(kinds) - 1 and kinds[i - 1][0] == kinds[i + 1][0] == "prose"
    row = kinds[i][1].startswith(_SHARE_ROW) and len(widget_spans(texts[i])) >= 3  # a row, no lone button
    shared = row and texts[i - 1].rstrip()[-1:] in ".!?”"
    return inside and (FOLLOW.match(texts[i].strip()) is not None or shared)


def _prompt_before(kind: tuple[str, str], text: str) -> bool:
    """A short question to the reader, no sentence of the story's (`Ý kiến của bạn về vấn đề này?`, a
    recipe site's `Bạn đã thử nấu món này chưa?`, the reader its subject), just before the tail or ending
    the text (the comment box cut already): the site asking for comments."""
    asks = speaks_to_the_reader(text) or _ASKS_THE_READER.match(text.strip()) is not None
    return kind[0] == "short" and text.rstrip().endswith("?") and asks


# A question whose subject is the reader (`Bạn đã thử …`, `Bạn có làm được … không?`).
_ASKS_THE_READER = re.compile(r"Bạn\s+(?:đã|có|muốn|từng|đã từng|đang|thích)\s")


def _offer_before(kinds: list[tuple[str, str]], found: list[Signals], i: int, text: str) -> bool:
    """A line with no stop between the story's last sentence and a tail two units long at least: a
    promotion, a box's header, buttons, never the story's (which ends with a sentence, a caption or a
    byline: `Ảnh minh họa Hoài Nam`, a photo's credit and the writer, stays)."""
    s = found[i]
    short = kinds[i][0] == "short" and kinds[i - 1][0] in ("prose", "short")
    if not short or s.sentence or s.words > 16:
        return False
    return (
        ":" not in text and parse_byline(text) is None and not photo_credit(text)
    )  # a credit (`Nguồn: …`), a byline (`MINH ANH`) stays


def _button_before(kinds: list[tuple[str, str]], found: list[Signals], i: int) -> bool:
    s = found[i]
    return kinds[i][0] == "short" and s.weak > 0 and s.words <= 3 and not s.sentence and not s.grammar


def sentences_inside(
    kinds: list[tuple[str, str]], found: list[Signals], texts: list[str]
) -> list[tuple[str, str]]:
    """A whole sentence holding a furniture word between two of the story's sentences (`Bước 5: Tải
    ứng dụng VNeID và đăng nhập để kích hoạt tài khoản.`) is the story's: the page's prompts stand
    around the story, not inside it. So is a long one opening the story, the story's sentences
    after it (`Người dân có thể tự đăng ký tài khoản dịch vụ công với bốn bước đơn giản.`), where a
    prompt is short (`Vui lòng đăng nhập để đọc tiếp.`). Sure furniture (a copyright, a licence) and
    a question the page asks its reader (`Bài viết có hữu ích không?`) are chrome anywhere."""
    out = list(kinds)
    for i in range(len(kinds) - 1):
        s = found[i]
        bare = not s.grammar and s.words < 10  # a prompt's few words (`Đăng nhập bằng tài khoản Google.`)
        if kinds[i] != ("chrome", s.strong) or s.sure or not s.sentence or bare or s.words < 6:
            continue  # chrome for a furniture word alone, not for its shape, place or repetition
        if i and kinds[i - 1][0] == "prose" and closes_quote(texts[i - 1], texts[i]):
            out[i] = ("prose", f"a quotation's last sentence despite {kinds[i][1]!r}")  # a scam's message
            continue
        if texts[i].rstrip().endswith("?") and STRONG.match(texts[i]):
            continue  # the page's poll, its words opening the question
        signed = i + 1 + next((n for n, (k, _) in enumerate(kinds[i + 1 :]) if k != "caption"), 0)
        signed_here = signed < len(kinds) and kinds[signed][0] == "byline"  # captions, then the byline
        if not signed_here and (kinds[i + 1][0] != "prose" or found[i + 1].strong is not None):
            continue
        before = next((k for k, _ in reversed(kinds[max(0, i - 2) : i]) if k != "short"), None)
        opening = all(k != "prose" for k, _ in kinds[:i]) and s.words >= 12 and s.grammar >= 2
        # The closing byline signing a long sentence of prose, whatever stands before it (a list
        # without stops, `Theo dõi lịch nộp lệ phí`): the story's last sentence, where the page's
        # prompt speaks to its reader (`Mời bạn đọc đăng nhập …`).
        last = signed_here and s.words >= 12 and s.grammar >= 2 and not speaks_to_the_reader(texts[i])
        if before == "prose" or opening or last:
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


def link_into_text(kinds: list[tuple[str, str]], found: list[Signals], i: int, texts: list[str]) -> bool:
    """A related link run into the article's next sentence (`Đọc thêm: … Theo Hiệp hội…`), or one
    under its label in the text (`Bài liên quan: Hà Giang nâng cao…`): the article goes on after
    it, so the tail does not start there."""
    # its headline cut off the sentence, or standing alone after the label (`Xem thêm:` | `Cấm …?`)
    cut = i + 1 < len(kinds) and kinds[i + 1][1] in (LINKED_HEADLINE, LINKED)
    after = i + 2 if cut else i + 1
    return (
        (
            (found[i].strong is not None and found[i].strong.casefold().startswith(_LINK_LABELS))
            # its label says it is one link (`Bài liên quan:`, `Bạn đọc quan tâm:`, which has no strong word)
            or _INLINE_LINK.match(texts[i]) is not None
            # `Bài liên quan:` | its headline, cut off the next sentence
            or (cut and _INLINE_LINK.match(f"{texts[i]} {texts[i + 1]}") is not None)
        )
        and after < len(kinds)
        and kinds[after][0] == "prose"
        and found[after].strong is None
    )


_LINK_LABELS = ("xem thêm", "đọc thêm")
# … or one teaser under the reader's label (`Bạn đọc quan tâm: Cơn sốt đất nền … có bền vững?`)
_INLINE_LINK = re.compile(
    r"^(?:(?:bài|tin|tin bài|bài viết) liên quan|bạn đọc quan tâm)\s*:\s*\S", re.IGNORECASE
)
