"""A site's appeal to its readers for their support, printed under the story: its header naming the
site or its work as what to support (`Ủng hộ Tạp chí Nghiên cứu Trung Quốc`, `Đồng hành cùng Báo X`),
a sentence or two in which the site speaks to the reader (`Sự ủng hộ của bạn giúp chúng tôi duy trì
…`), and the gift's button alone (`Ủng hộ ngay`, `Đóng góp ngay`).

`campaign_boxes` takes the button alone; its header and sentences, a name after a verb and a sentence
with its stop, read as a story's closing lines and keep the tail after them. What tells the box on any
site is its shape: the header, no stop, up to a dozen words, opening with the verb of support before a
capital; one or two sentences with the reader's `bạn` (`quý độc giả`); then the button, right under
them. A story's appeal for its subject (`Mọi sự ủng hộ xin gửi về …`) names an account, not a button,
and is no such run."""

from __future__ import annotations

import re

from ..core.text import CAPITALS
from .campaign_calls import GIFT

__all__ = ["REASON", "support_boxes"]

#: The reason such a box goes.
REASON = "a site's appeal to its readers for support (its header, its words to the reader, its button)"

_HEADER = re.compile(
    rf"^(?:Ủng hộ|Đồng hành cùng|Chung tay cùng|Tiếp sức cho)\s+[{CAPITALS}][^.!?:;]{{0,80}}$"
)
_BUTTON = re.compile(rf"^(?:{GIFT}|Đồng hành)(?: ngay| tạp chí| chúng tôi)?\s*[›»→]?$", re.IGNORECASE)
_TO_READER = re.compile(r"(?<!\w)(?:bạn|quý độc giả|quý bạn đọc)(?!\w)", re.I)
_LONGEST_HEADER = 12  # words
_SENTENCES = 2  # to the reader, between the header and the button


def support_boxes(kinds: list[tuple[str, str]], texts: list[str]) -> list[tuple[str, str]]:
    """`kinds` with each such box (its header, its sentences to the reader, its button) made chrome."""
    out = list(kinds)
    for at, text in enumerate(texts):
        if not _BUTTON.match(text.strip()):
            continue
        said = at - 1
        while said > 0 and at - said <= _SENTENCES and _TO_READER.search(texts[said]):
            said -= 1
        header = texts[said].strip() if said >= 0 else ""
        if said == at - 1 or not _HEADER.match(header) or len(header.split()) > _LONGEST_HEADER:
            continue
        for i in range(said, at + 1):
            out[i] = ("chrome", REASON)
    return out
