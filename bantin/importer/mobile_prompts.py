"""The prompts a mobile or AMP page prints around its story: its app banner (`Mở trong ứng dụng`,
`Đọc tin nhanh hơn trên ứng dụng`, `Mở ứng dụng để đọc tiếp`), its switch to the desktop page (`Xem
phiên bản máy tính`, `Phiên bản di động`), its share sheet (`Chia sẻ qua`), a sticky ad's close button
(`Đóng quảng cáo`), its way back up (`Trở về đầu trang`) and its swipe hints (`Vuốt để xem tiếp`). A
phone's page cuts the story's lines short, and a scrape runs the prompt into the next paragraph with no
stop between them (`… và Bình Châu. Vuốt để xem tiếp Tỉnh đã bàn giao …`): `prompt_cuts` sets such a
prompt apart, after a sentence's end and before a capital, so that it goes as the button it is and the
paragraph after it stays whole. `widgets` counts the prompts among a page's buttons; the swipe to the
next story (`Vuốt để xem bài tiếp theo`) and `Bài tiếp theo` head other stories (`NEXT_STORY`).
"""

from __future__ import annotations

import re

from ..core.text import CAPITALS

#: The prompts, folded to lower case: each a button of the page's, never a sentence's words.
MOBILE_PROMPTS = (
    "trở về đầu trang", "phiên bản di động", "phiên bản máy tính", "xem phiên bản máy tính",
    "xem phiên bản đầy đủ", "mở trong ứng dụng", "mở trong app", "đọc tin nhanh hơn trên ứng dụng",
    "đọc báo nhanh hơn trên ứng dụng", "chia sẻ qua", "đóng quảng cáo", "vuốt để xem tiếp",
    "vuốt lên để xem tiếp", "vuốt sang để xem tiếp", "mở ứng dụng để đọc tiếp", "mở app để đọc tiếp",
    "đọc tiếp trên ứng dụng", "đọc tiếp trong ứng dụng",  # an AMP page's banner cutting the story short
)  # fmt: skip
#: The swipe to the next story, naming it: a header over its headline and lead, no button; cut off
#: before it only, the headline after it stays in its unit. A bare `Vuốt để xem tiếp` names no story
#: (the story's own next page, on some sites): a button, the text after it kept.
SWIPE_TO_NEXT = ("vuốt để xem bài tiếp theo", "vuốt để xem tin tiếp theo")
#: … and the label over the next story scrolled to (`Bài tiếp theo`): headers of a list of other
#: stories (`vocabulary.RELATED_HEADERS`), naming them (`list_headers`), the headline and lead after
#: them the next story's.
NEXT_STORY = (*SWIPE_TO_NEXT, "bài tiếp theo", "tin tiếp theo", "bài kế tiếp", "tin kế tiếp")

# Prompts a sentence may open with, a name after them (`Phiên bản máy tính Windows …`, `Chia sẻ qua
# Zalo, chị …`): buttons when a unit holds them alone, never cut out of a sentence.
_SAID = ("phiên bản di động", "phiên bản máy tính", "chia sẻ qua")
_LONGEST_FIRST = sorted(
    (p for p in (*MOBILE_PROMPTS, *SWIPE_TO_NEXT) if p not in _SAID), key=len, reverse=True
)
# A prompt in its capital, after a sentence's end or a byline's name (`… Hà Linh Vuốt để xem tiếp`), a
# capitalised word or the end after it: an app's name may follow the banner's (`Mở trong ứng dụng Báo
# Mẫu`); the prompts' words in a sentence are in small letters.
_PROMPT = re.compile(
    r"(?:^|(?<=\s))(?P<prompt>(?:"
    + "|".join(re.escape(p[0].upper() + p[1:]) for p in _LONGEST_FIRST)
    + r"))(?=\s+["
    + CAPITALS
    + r"]|\s*$)"
)


def prompt_cuts(text: str) -> set[int]:
    """Where each prompt run into the text starts and, a button's, ends: a swipe to the next story
    keeps the headline after it in its unit, as a header run into its first headline does."""
    return {
        i
        for m in _PROMPT.finditer(text)
        for i in (m.span("prompt") if m.group("prompt").casefold() in MOBILE_PROMPTS else (m.start(),))
    }
