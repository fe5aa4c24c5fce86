"""A story about the site itself may end sending its readers to the newsroom's mailbox about what it told
(`Mọi góp ý về giao diện mới xin gửi về hộp thư toasoan@….` under `… ra mắt giao diện mới`): the words
of a footer's appeal, the site's own address, and the last line, where the detector ends the story. A
footer's appeal asks for news or opinions in general and names nothing of the story; this unit names
what the headline tells, three words of it in small letters in a row. So does a service story's last
list run into its closing call on one line (`Lãi suất tiết kiệm trực tuyến tháng 3/2025: Kỳ hạn 6 tháng:
… Mọi thắc mắc, khách hàng gọi Hotline: …` under `Gửi tiết kiệm trực tuyến …`), where the hotline alone
would make it the site's. `topic_appeal` keeps such a unit, right after the story's last kept unit,
closed by its stop, giving an address or a number to reach, the site speaking to its readers in none of
it (`… bạn đọc vui lòng liên hệ tổng đài …` under a reader's question on the same subject): a borderline
unit, kept."""

from __future__ import annotations

import re

from .furniture import EMAIL, PHONE, Unit

__all__ = ["REASON", "topic_appeal"]

#: The reason the contact closing the story, naming its headline's subject, is kept.
REASON = "the story's closing contact, naming what its headline tells"

_WORD = re.compile(r"[^\W\d_]+")
_WORDS = 8  # a sentence, not a box's line
_READERS = re.compile(r"bạn đọc|độc giả|quý khách|quý vị|vui lòng", re.IGNORECASE)


def _trigrams(text: str) -> set[tuple[str, str, str]]:
    words = _WORD.findall(text)
    return {(a, b, c) for a, b, c in zip(words, words[1:], words[2:], strict=False) if (a + b + c).islower()}


def topic_appeal(units: list[Unit], headline: str) -> list[Unit]:
    """`units` with the appeal closing the story that names its headline's subject kept (see the module)."""
    last = max((i for i, unit in enumerate(units) if unit.keep), default=-1)
    if not headline or last < 0 or last + 1 >= len(units):
        return units
    unit = units[last + 1]
    text = unit.text.strip()
    if not text.endswith((".", "!")) or len(text.split()) < _WORDS:
        return units
    if not (EMAIL.search(text) or PHONE.search(text)) or not _trigrams(text) & _trigrams(headline):
        return units
    if _READERS.search(text):
        return units  # the site speaking to its readers (`… bạn đọc vui lòng liên hệ tổng đài …`)
    return [*units[: last + 1], Unit(unit.block, unit.text, True, REASON), *units[last + 2 :]]
