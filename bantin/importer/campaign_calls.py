"""A campaign's banner, pledge or appeal set in the story by an environment site, an NGO or a paper's
green section: the page's box, not the story's.

Such pages print between two paragraphs, or under the last one, the site's standing campaign: its
slogan (`Chung tay bảo vệ môi trường`, `Chung tay cùng người dân vùng hạn mặn`, `Hãy là người tiêu
dùng thông thái - Nói không với sản phẩm động vật hoang dã`), a pledge the reader signs in the first
person with its button (`Tôi cam kết nói không với túi nilon` | `Ký cam kết`, `Tham gia ngay`), an
appeal to give with its button (`Ủng hộ WWF bảo vệ cá heo Mê Kông` | `Quyên góp ngay`). A one-line
scrape runs it into the next paragraph or after the byline with no stop (`… khác. Chung tay bảo vệ môi
trường Theo Sở …`, `Mai Anh Tôi cam kết … Ký cam kết`). What gives it away on any such site: it opens
after a stop, the text's start or a name (a byline) with the campaign's own words (`Chung tay` with the
cause's verb, `Tôi cam kết`, a call in `Hãy` joined by a dash to a second call, `Ủng hộ`/`Quyên góp`
followed by its button), has no stop, comma or colon, and ends at the next capital after a word in small
letters (`reader_calls.box_end`) with nothing of its sentence after it: what follows up to its stop has
a word in small letters (the next sentence, or the page's tail), never only a name (`Chung tay bảo vệ
rừng Trường Sơn.` is a sentence's). A button of the pledge or the gift right after it goes with it. A
story quoting the slogan in its sentence (`Chung tay bảo vệ môi trường là trách nhiệm …`, `Tôi cam kết
sẽ …, ông nói.`) has its stop or comma and stays."""

from __future__ import annotations

import re

from ..core.text import SMALL_LETTERS
from .reader_calls import box_end

__all__ = ["CAMPAIGN_CALL", "GIFT", "campaign_call", "campaign_call_cuts", "lone_button"]

CAMPAIGN_CALL = "a campaign's slogan, pledge or appeal to give, with its button"

_OPENS = rf"(?:^|(?<=[.!?…\"”]\s)|(?<=[.!?…\"”])|(?<=[{SMALL_LETTERS}]\s))"
_CALL = re.compile(
    _OPENS + r"(?:Chung tay\s+(?:bảo vệ|cùng|giữ|hành động|chống|giảm|vì môi trường)\s"
    r"|Tôi cam kết\s+(?!sẽ\s)"
    r"|Hãy\s+[^.!?,;:]{3,60}?\s-\s(?:Nói không|Hãy|Chung tay)\s"
    r"|(?:Ủng hộ|Quyên góp cho)\s+(?=[^.!?,;:]{3,80}?\s(?:Quyên góp|Ủng hộ|Đóng góp) ngay(?!\S)))"
)
# The box's buttons: the pledge's, the gift's, the message's.
_BUTTON = re.compile(
    r"\s*(?:Ký cam kết|Cam kết ngay|Tham gia ngay|Quyên góp ngay|Ủng hộ ngay|Đóng góp ngay"
    r"|Chia sẻ thông điệp)(?!\S)"
)
#: The verbs of a gift as a button prints them (`Ủng hộ`, `Quyên góp`, `Đóng góp`).
GIFT = r"(?:Ủng hộ|Quyên góp|Đóng góp)"
_GIFT = re.compile(rf"(?<=\s){GIFT} ngay(?!\S)")
_LONGEST = 24  # words: a banner's line, never a paragraph
_STOP = re.compile(r"[.!?;,:…]")


def _end(text: str, start: int, words: int) -> int:
    """Where the call starting at `start`, its opening words ending at `words`, ends (its buttons after it
    with it); -1 if it is none."""
    if text.startswith(("Ủng hộ", "Quyên góp"), start):  # an appeal runs to its button (past `WWF`)
        button = _GIFT.search(text, start + 1)
        end = button.start() if button else -1
    else:
        end = box_end(text, words)  # past a second call after a dash (`… - Nói không với …`)
    if end <= 0 or _STOP.search(text[start:end]):
        return -1
    while button := _BUTTON.match(text, end - (end > 0 and text[end - 1] == " ")):
        end = button.end()
    rest = text[end:]
    stop = _STOP.search(rest)
    sentence = rest[: stop.start()] if stop else rest
    if rest.strip() and not re.search(rf"(?<!\S)[{SMALL_LETTERS}0-9]", sentence):
        return -1  # only a name up to the stop (no word in small letters, no figure): the call's own
    return end


def _spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for call in _CALL.finditer(text):
        end = _end(text, call.start(), call.end())
        if end > 0 and len(text[call.start() : end].split()) <= _LONGEST:
            spans.append((call.start(), end))
    return spans


def campaign_call_cuts(text: str) -> set[int]:
    """Where a campaign's slogan, pledge or appeal starts and ends in a paragraph; after a name (a
    byline) only where it starts, the page's tail running on from it in one unit."""
    cuts = set()
    for start, end in _spans(text):
        cuts.update((start, end) if not start or text[:start].rstrip()[-1] in '.!?…"”' else (start,))
    return cuts


def campaign_call(text: str) -> bool:
    """`text` is a campaign's slogan, pledge or appeal (with its button), or the button alone."""
    stripped = text.strip()
    if _BUTTON.fullmatch(stripped) and not stripped.startswith(("Tham gia", "Chia sẻ")):
        return True
    return any(start == 0 and not stripped[end:].strip() for start, end in _spans(stripped))


def lone_button(text: str) -> bool:
    """`text` is one of a campaign box's buttons alone (`Tham gia ngay`, `Ký cam kết`)."""
    return bool(_BUTTON.fullmatch(text.strip()))
