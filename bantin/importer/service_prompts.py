"""A utility's or a service site's customer buttons run into the story: a lookup box (`Tra cứu lịch cắt
điện`, `Tra cứu hóa đơn`), a payment prompt (`Thanh toán tiền điện trực tuyến`), its app's banner (`Tải
App EVNHANOI để theo dõi điện năng tiêu thụ`), its hotline with its hours (`Tổng đài CSKH 19001909 -
phục vụ 24/7`).

Power corporations, water and fuel companies print these between the paragraphs of their news, and a
one-line scrape runs each into the next sentence with no stop (`… mùa nắng nóng. Tra cứu lịch cắt điện
Ngày có nhu cầu cao nhất …`), where they read as the sentence's opening words. What tells such a button
on any site: it opens after a sentence's stop (or opens the text, or follows the figure that ends a
bulletin's field line with no stop, `… do nước dâng: cấp 1 Tải App …`) with the service's verb in a capital
(`Tra cứu`, `Thanh toán`, `Tải ứng dụng` / `Tải App`), holds no stop or comma, is short, and a word in
capitals follows one of its words in lower case (the next sentence's first word; not a name after a word
that leads to one, `tại Hà Nội`, `của Bộ`), the piece after it a sentence of its own that ends in its
stop. A hotline's number followed by its hours (`- phục vụ 24/7`, `(7h-22h)`) ends where a capital
follows the hours. `service_cuts` gives where each such button starts and ends, so that it is judged
on its own (`boilerplate`, `furniture` name it the site's) and the sentence after it stays whole. A
story's sentence opening with such a verb goes on with a comma or a name (`Tra cứu trên hệ thống của
Bộ Công an, …`) and is left whole: a borderline unit is kept.
"""

from __future__ import annotations

import re

from ..core.text import CAPITALS
from ..tagging.kinds import ADMIN, ORG_CONTEXT, PERSON_CONTEXT
from .furniture import PHONE

__all__ = ["SERVICE_BUTTON", "app_named", "service_button", "service_buttons", "service_cuts"]

SERVICE_BUTTON = "a customer button of the site's (a lookup, a payment, its app) set in the story"

_BUTTON = re.compile(
    r"(?:^|(?<=[.!?…\d]\s))(?:Tra cứu|Thanh toán (?:tiền|hóa đơn|hoá đơn|trực tuyến|online|qua)|"
    r"Tải (?:ứng dụng|app|App|APP))\s"
)
_LONGEST = 14  # words: a button's label, never a sentence of the story
# Words a name follows in a sentence (`tại Hà Nội`, `của Bộ Công an`, `tỉnh Gia Lai`, `ông An`): a
# capital after one is the name's, not the next sentence's.
_BEFORE_A_NAME = (
    frozenset(ADMIN)
    | PERSON_CONTEXT
    | ORG_CONTEXT
    | frozenset("của cho với và tại ở trên từ đến tới qua theo về như là gồm cùng thuộc tên hiệu".split())
    | {"hoặc", "dụng", "app"}  # an app's name after `ứng dụng` (`Tải ứng dụng VNeID trên App Store …`)
)
_WORD = re.compile(r"\S+")
_SENTENCE_WORDS = 5  # the sentence after the button, up to its stop
# A hotline's label, its number and its hours, a capital after them.
_HOTLINE = re.compile(
    r"(?i:tổng đài|hotline|đường dây nóng|cskh|chăm sóc khách hàng)[^.!?\d]{0,20}?(?:"
    + PHONE.pattern
    + r")(?P<hours>\s*[-–]?\s*\(?\s*(?i:phục vụ|hoạt động|trực|miễn phí)?\s*"
    r"(?:24/7|24/24|\d{1,2}h(?:\d\d)?\s*[-–]\s*\d{1,2}h(?:\d\d)?)\s*\)?)\s+(?=[" + CAPITALS + "])"
)


def service_cuts(text: str) -> set[int]:
    """Where each customer button run into the text starts and ends (see the module's docstring)."""
    cuts = {m.end("hours") for m in _HOTLINE.finditer(text)}
    for button in _BUTTON.finditer(text):
        end = _end(text, button.end())
        if end is None:
            continue
        label = text[button.start() : end]
        if re.search(r"[.!?;:,…]", label) or len(label.split()) > _LONGEST:
            continue
        stop = re.search(r"[.!?…](?:\s|$)", text[end:])
        if stop and len(text[end : end + stop.start()].split()) >= _SENTENCE_WORDS:
            cuts.update((button.start(), end))
    return cuts


def _end(text: str, start: int) -> int | None:
    """Where the button's words from `start` end: the first word in capitals after one in lower case
    that leads to no name; None when none does."""
    before = ""
    for word in _WORD.finditer(text, start):
        token = word.group()
        if token[:1].isupper() and before[:1].islower() and before[-1:].isalpha():
            if before.casefold() not in _BEFORE_A_NAME:
                return word.start()
        before = token
    return None


# The app a sentence says to download and where from (`VNeID trên App Store hoặc Google Play …`).
_FROM_A_STORE = re.compile(
    r"^\S+(?:\s+\S+)?\s+(?:trên|từ|tại|qua)\s+(?:App Store|Google Play|CH Play|kho ứng dụng)"
)


def app_named(button: str, rest: str) -> bool:
    """`rest` names the app the words `Tải ứng dụng` before it say to download, and the store it comes
    from (`Tải ứng dụng` | `VNeID trên App Store …`): one sentence of the story's how-to, no app banner
    glued to the lead (which names the site's app in its own words: `Tải ứng dụng Báo X`)."""
    return bool(re.search(r"(?i:tải (?:ứng dụng|app))$", button.strip())) and bool(_FROM_A_STORE.match(rest))


def service_button(text: str) -> bool:
    """`text` is such a button, whole: the service's verb, a few words with no stop or comma."""
    stripped = text.strip()
    return (
        _BUTTON.match(stripped + " ") is not None
        and not re.search(r"[.!?;:,…]", stripped)
        and len(stripped.split()) <= _LONGEST
    )


def service_buttons(kinds: list[tuple[str, str]], texts: list[str]) -> list[tuple[str, str]]:
    """`kinds` with each button judged chrome that the story's prose follows named `SERVICE_BUTTON`."""
    return [
        ("chrome", SERVICE_BUTTON)
        if kind[0] == "chrome"
        and service_button(text)
        and kinds[i + 1 : i + 2]
        and kinds[i + 1][0] == "prose"
        else kind
        for i, (text, kind) in enumerate(zip(texts, kinds, strict=True))
    ]
