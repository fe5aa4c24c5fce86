"""A broadcaster's box calling to its readers, run between two paragraphs of the story: its podcast
(`Podcast: Thế giới trong tuần - Nghe các bản tin mới nhất của BBC Tiếng Việt`), its forum (`Diễn
đàn: Quý vị nghĩ gì về …? Hãy cho chúng tôi biết ý kiến`), its radio bulletin (`Bản tin tiếng Việt
của NHK: Nghe bản tin phát thanh …`). A flat text runs the box into the next paragraph with no stop,
and its words read as a sentence. What gives it away on every site: a short label with a colon opens
it after a sentence's stop, and an invitation to the reader in the imperative follows within a few
words with no stop but a question's between (`Nghe`, `Mời quý vị nghe`, `Hãy cho chúng tôi biết`,
`Hãy chia sẻ`, `Tải`, `Đăng ký`), after the label, a dash or a question. The box ends at the next
capital after the invitation's words (the next paragraph's), past the broadcaster's name in
capitals (`BBC`, `RFA`, `NHK WORLD-JAPAN`, with its `Tiếng Việt`). A label that says someone spoke
(`Ông A nói: Hãy …`), a how-to's numbered step (`Bước 1: Tải ứng dụng …`), a box in quotes or an
invitation under a second label (a programme's `8h00 - 8h30: Đăng ký đại biểu`) is a sentence's: left
alone, and so is a label announcing the story's list (`Cách đăng nhập như sau: Tải ứng dụng …`) and a
box with no invitation (a borderline unit is kept). Its units stand inside the story
(`inline.INLINE_REASONS`): no tail of chrome starts at one."""

from __future__ import annotations

import re

from ..core.text import CAPITALS
from .numbered_items import opens_item

REASON = "a box calling to the reader (a podcast, a forum, a bulletin) between the story's paragraphs"

_LABEL = re.compile(
    rf"(?:^|(?<=[.!?…\)\]\"”])\s)(?P<label>[{CAPITALS}][^\s:.!?]*(?:\s+[^\s:.!?]+){{0,5}}):\s+(?=\S)"
)
# Words of a label that say someone spoke: a quotation's lead-in, the story's.
_SAID = re.compile(r"\b(?:nói|cho biết|kêu gọi|viết|nhấn mạnh|khẳng định|tuyên bố|hỏi|chia sẻ)\b", re.I)
# A label announcing the story's own list or steps (`Cách đăng nhập như sau: Tải ứng dụng VNeID …`): a
# box's label names its box (`Podcast`, `Diễn đàn`), never says that what follows is how it goes.
_ANNOUNCES = re.compile(r"\b(?:như sau|sau đây)\s*:?$", re.I)


def announces_list(text: str) -> bool:
    """`text` (a label, or a line ending with its colon) announces the story's list: `… như sau:`."""
    return _ANNOUNCES.search(text.strip()) is not None


_READER = r"(?:quý\s+vị|quý\s+độc\s+giả|các\s+bạn|bạn\s+đọc|bạn)"
_INVITATION = re.compile(
    rf"(?:^|(?<=\s-\s)|(?<=[?.!]\s)|(?<=:\s))(?:Nghe|Mời\s+(?:{_READER}\s+)?(?:nghe|xem|theo dõi|đón)|"
    rf"Hãy\s+(?:cho\s+chúng\s+tôi\s+biết|chia\s+sẻ|gửi|để\s+lại)|Tải|Đăng\s+ký|Theo\s+dõi)\s"
)
_TITLE_WORDS = 15  # a podcast's title, a forum's question, between the label and the invitation
_BOX_WORDS = 30  # a label, a title, an invitation: never a paragraph
# A broadcaster's name in capitals (`BBC`, `NHK WORLD-JAPAN`), with its `Tiếng Việt` after it.
_ACRONYMS = re.compile(rf"(?:[{CAPITALS}0-9][{CAPITALS}0-9&-]+\s+)+(?:[Tt]iếng\s+Việt\s+)?")
_WORD = re.compile(r"\S+")


def box_end(text: str, start: int) -> int:
    """Where the invitation's words starting at `start` end: the next capital after a word in small
    letters, past a broadcaster's name in capitals; the text's end if none."""
    previous_small = False
    for word in _WORD.finditer(text, start):
        capital = word.group()[:1].isupper()
        if capital and previous_small:
            named = _ACRONYMS.match(text + " ", word.start())
            if named is None:
                return word.start()
            after = named.end()
            if after >= len(text):
                return len(text)
            return after if text[after].isupper() else -1
        previous_small = not capital
    return len(text)


def _boxes(text: str) -> list[tuple[int, int]]:
    """The spans of the boxes calling to the reader in `text`."""
    spans = []
    for label in _LABEL.finditer(text):
        if _SAID.search(label.group("label")) or announces_list(label.group("label")):
            continue  # someone spoke, or the story announces its list (`Cách đăng nhập như sau:`)
        if opens_item(text[label.start("label") :]):
            continue  # someone spoke, or a how-to's step (`Bước 1: Tải ứng dụng VssID …`): the story's
        window = text[label.end() :]
        call = _INVITATION.search(window)
        between = window[: call.start()] if call else ""
        if call is None or len(between.split()) > _TITLE_WORDS or re.search(r"[.!;…:]", between):
            continue  # the invitation follows the label's title, or its one question, at once; after a
            # second label (`Chương trình: 8h00 - 8h30: Đăng ký đại biểu`, a programme's time) it is that
            # label's value, the story's
        end = box_end(text, label.end() + call.end())
        box = text[label.start("label") : end].rstrip() if end > 0 else ""
        if box and len(box.split()) <= _BOX_WORDS and not re.search(r"[\"“”]", box):
            spans.append((label.start("label"), label.start("label") + len(box)))
    return spans


def call_cuts(text: str) -> set[int]:
    """Where a box calling to the reader starts and ends in a paragraph (see the module's docstring)."""
    return {i for span in _boxes(text) for i in span}


def reader_calls(kinds: list[tuple[str, str]], texts: list[str]) -> list[tuple[str, str]]:
    """`kinds` with each unit that is a box calling to the reader, whole, made chrome: one unit, or
    two the box's question parted (`Diễn đàn: Quý vị nghĩ gì …?` | `Hãy cho chúng tôi biết ý kiến`)."""
    out = list(kinds)
    for i in range(len(texts)):
        for width in (1, 2):
            joined = " ".join(texts[i : i + width])
            if i + width <= len(texts) and _boxes(joined) == [(0, len(joined))]:
                out[i : i + width] = [("chrome", REASON)] * width
                break
    return out
