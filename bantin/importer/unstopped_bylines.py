"""The writer's name run on from the story's last line when that line ends with no stop (`… mỗi ca cuối
tuần có thể kiểm định thêm khoảng 60 xe Hoài Nam`, then `Tin liên quan …`): the one-line layouts print
the byline right after the story's last words, and with no stop between them nothing cuts the name off,
so the writer is neither read nor told from the story.

The name is two to four words in title case, a person's (`bylines.is_person`), closing the last unit that
reads as prose with only the page's furniture or footer after it (under the furniture, other stories'
headlines too), right after a word in small letters that no name follows in a sentence: not a preposition
(`lên Đồng Văn`, `về Hà Nội`: a place), not a word before a place's, a person's or a body's name (`huyện
Gia Lâm`, `ông Nguyễn Văn Hưng`, `Sở …`), not `của`, `và`, `là`; or right after a quotation's closing mark
(a slogan closing the story, `"Giữ rừng hôm nay - giữ nước cho mai sau" Quang Thanh`: its words end
there); after `về` or `nước`, a full name of three words opening with a surname that no place is (`…
xuống nước Nguyễn Hùng Vĩ`). A line with its stop, or a name in the middle of the story, is left as it was."""

from __future__ import annotations

from collections.abc import Callable

from ..core.glued_words import glued_words
from ..core.sentences import PREPOSITIONS, ends_sentence, last_sentence_start
from ..core.text import is_syllable
from ..tagging.gazetteer import place
from ..tagging.kinds import SURNAMES
from .bylines import is_person, parse_byline
from .furniture import TITLE_CASE, Unit, furniture_end, signals
from .headline_lead import BEFORE_A_NAME

__all__ = ["signed_before_header", "unstopped_byline_apart", "unstopped_cut"]

_NO_NAME_AFTER = frozenset({*PREPOSITIONS, *BEFORE_A_NAME, "của", "và", "là"})
# Words a country's or a town's name follows, not a person's, a body's, a unit's (`xã Lê Lợi`) or a
# street's, which is a person's name (`tại Lê Văn Sỹ`, `đến Nguyễn Thị Minh Khai`).
_PLACE_WORDS = frozenset({"về", "nước"})
_LEAST_WORDS = 10  # the story's line before the name
_CLOSING = '"”»'  # a quotation's closing mark


def unstopped_cut(text: str, least: int = _LEAST_WORDS) -> tuple[str, str] | None:
    """`text` as the story's line with no stop and the writer's name closing it, or None."""
    words = text.split()
    if ends_sentence(text) or len(words) < least + 2:
        return None
    for n in (4, 3, 2):
        name, before = words[-n:], words[-n - 1]
        if not all(w.istitle() and w.isalpha() for w in name):
            continue
        quoted = before[-1:] in _CLOSING and before[:-1][-1:].isalnum()  # `… cho mai sau"`: a slogan closed
        if not (quoted or (before.isalnum() and before.islower())):
            continue
        if before.casefold() in _NO_NAME_AFTER and not _full_name_after_place_word(before, name):
            continue
        named = " ".join(name)
        byline = parse_byline(named)
        if is_person(named) and byline is not None and byline.author == named:
            return " ".join(words[:-n]), named
    return None


def _full_name_after_place_word(before: str, name: list[str]) -> bool:
    """A full name of three words or more opening with a surname, after a word a place's name follows
    (`… thả cả túi nilon xuống nước Nguyễn Hùng Vĩ`): a country's or a town's name the gazetteer does
    not know is shorter (`nước Lào`, `về Lý Sơn`), so the name is the writer's."""
    named = " ".join(name)
    return (
        before.casefold() in _PLACE_WORDS
        and len(name) >= 3
        and name[0] in SURNAMES
        and not any(place(p) for p in (named, f"TP {named}", " ".join(name[1:])))  # `về Hồ Chí Minh`
    )


def unstopped_byline_apart(units: list[Unit], furniture: Callable[[str], bool]) -> list[Unit]:
    """`units` with the last unit that reads as prose cut before the writer's name closing it (see the
    module's docstring) when the unit after it is the page's `furniture` (`footer`), and every unit after
    that is too or no prose (the headlines of other stories under their header)."""
    chrome = [furniture(u.text) for u in units]
    last = max((i for i, u in enumerate(units) if signals(u.text).prose and not chrome[i]), default=None)
    if last is None or not all(chrome[last + 1 : last + 2]):
        return units
    if not all(chrome[i] or not signals(units[i].text).prose for i in range(last + 2, len(units))):
        return units  # furniture, then other stories' headlines under it too
    cut = unstopped_cut(units[last].text)
    if cut is None:
        return units
    block = units[last].block
    return [*units[:last], Unit(block, cut[0]), Unit(block, cut[1]), *units[last + 1 :]]


# Words a name in a list's item follows besides (`Thượng úy Minh Trang`, `Hòa thượng Thích …`, `nhà thơ
# Lê Hữu Phước`, `Họ tên`).
_TITLED = frozenset("úy tá tướng thượng thơ văn sĩ tên".split())


def signed_before_header(text: str) -> int | None:
    """Where the writer's name starts that closes a story's last item with no stop, right before the
    header of a list of other stories (`… Ngủ đủ giấc đêm hôm trước Khánh Linh` | `Tin khác …`, cut by
    `units`): a list's item is shorter than the prose line `unstopped_cut` looks at, so the item must be
    the story's, in small letters with no button nor form's field (not `Thích (326) Trả lời Hoa Sữa`,
    `Điền họ tên, số điện thoại Lê Mai`), and the name in Vietnamese syllables (not `Facebook Zalo`)."""
    cut = unstopped_cut(text, 3)
    if cut is None or cut[0].split()[-1] in _TITLED or not all(is_syllable(w) for w in cut[1].split()):
        return None
    at = len(text.rstrip()) - len(cut[1])
    start = max([last_sentence_start(text[:at]), *(c for c in glued_words(text) if c < at)])
    item = signals(text[start:at])
    if furniture_end(text[start:at]) or item.weak or item.capitals >= TITLE_CASE:
        return None
    return at
