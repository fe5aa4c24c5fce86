"""A service notice closing on the office's number: the story's last line, right under its last sentence,
a field whose label names whom the number serves (`Tổng đài hỗ trợ hành khách: 1900 636 535`, `Khách hàng
cần hỗ trợ liên hệ Trung tâm chăm sóc khách hàng: Tổng đài: 1900 5454 38 (24/7)`). Its number is a
phone's, and often the one the page's header prints (`header_phones` takes such a call for the site's
banner); but a banner calls to act (`Gọi ngay …`), sells the site's service (`tư vấn`, `đặt lịch`) or asks
(`Bạn cần hỗ trợ?` over it) and stands between the story's sentences; a footer names itself and its
newsroom. `closing_calls` keeps such a field where no sentence of the story follows it, and the office's
e-mail or address right under it (`Email: cskh@hawacom.vn`), no other number: a footer's name opens it."""

from __future__ import annotations

import re

from .furniture import PHONE
from .story_contacts import contact_field, furnished

__all__ = ["REASON", "closing_call", "closing_calls"]

#: The reason the office's number closing a service notice is kept.
REASON = "the office's number closing the notice, under a label naming whom it serves"

# A call to act, a banner's (`Gọi ngay …`, `Bấm gọi …`), or the site selling its service.
_BANNER = re.compile(r"^(?:gọi|bấm|nhấn|click|alo)\b|ngay\b|tư vấn|đặt lịch|mua\b|ưu đãi", re.IGNORECASE)
_LABEL_WORDS = 3  # words naming whom the number serves (`Tổng đài hỗ trợ hành khách`)
_WORDS = 24  # a field, not a paragraph
_FIELDS = 2  # the office's fields under its number (`Email: …`), not a footer's run


def closing_call(kinds: list[tuple[str, str]], texts: list[str], i: int) -> bool:
    """The unit at `i` is the office's labelled number closing the notice (see the module)."""
    text = texts[i].strip()
    number = PHONE.search(text)
    if number is None or i == 0 or len(text.split()) > _WORDS or text.endswith((".", "?", "!")):
        return False
    label = text[: number.start()]
    if ":" not in label or len(label.split(":")[0].split()) < _LABEL_WORDS:
        return False
    if _BANNER.search(label) or furnished(label):
        return False
    before = texts[i - 1].strip()
    if kinds[i - 1][0] != "prose" or before.endswith("?"):
        return False
    return all(kind != "prose" for kind, _ in kinds[i + 1 :])


def closing_calls(kinds: list[tuple[str, str]], texts: list[str]) -> list[tuple[str, str]]:
    """`kinds` with the office's number closing a service notice kept as the story's, and the office's
    fields right under it (`Email: cskh@…`), up to `_FIELDS`, each a contact's and none a footer's."""
    out = list(kinds)
    for i, (kind, _) in enumerate(kinds):
        if kind != "chrome" or not closing_call(kinds, texts, i):
            continue
        out[i] = ("prose", REASON)
        for j in range(i + 1, min(i + 1 + _FIELDS, len(kinds))):
            if kinds[j][0] != "chrome" or not contact_field(texts[j]) or PHONE.search(texts[j]):
                break
            out[j] = ("prose", REASON)
    return out
