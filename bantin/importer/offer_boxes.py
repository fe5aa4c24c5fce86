"""A company's promotion set between a release's paragraphs, its call to act first and its offer after a
dash (`Đăng ký dịch vụ VNPT Cloud - Nhận tư vấn miễn phí`, `Đặt vé ngay - Giá chỉ từ 990.000 VNĐ`, `Mua
ngay GrowPLUS+ - Giảm 15% tại NutiFood Shop`), run into the next sentence in a one-line body. A
sentence may open with a customer's verb, but none names what to buy and then, after a dash, promises a
price, a discount or free advice: the box ends where the next sentence opens (a capital or a quotation
mark, then a word in lower case or a figure, and a whole sentence from there), a few words after its
dash. The box opens the text or follows a sentence's stop or a figure (a schedule's last time, `… Hà Nội
15:10 Đặt vé ngay - …`), never a sentence's words; its own words are few and it has no stop of its own.
An exchange's or a bank app's box is one too (`Giao dịch ngay trên Binance - Giảm 20% phí với mã giới thiệu
C68VIP`, `Mở tài khoản Cake ngay - Nhập mã giới thiệu CAKE2024 để nhận 50.000đ`): its code, capitals and
figures, opens no sentence, so the box ends at the capital after it."""

from __future__ import annotations

import itertools
import re

from ..core.sentences import ends_sentence, sentence_after

__all__ = ["OFFER_BOX", "offer_box", "offer_cuts"]

#: The reason such a box is the site's.
OFFER_BOX = "a promotion's box, its call first and its offer after a dash"

_CALL = r"(?:Đăng ký|Mua|Đặt|Mở|Tìm|Tải|Gọi|Giao dịch)"
_OFFER = (
    r"(?:Nhận|Giảm|Giá chỉ|Giá từ|Chỉ từ|Ưu đãi|Miễn phí|Tặng|Đăng ký ngay|Mua ngay|Đặt ngay|Giao dịch ngay|"
    r"Nhập mã)"  # an exchange's or a bank app's (`Giao dịch ngay`, `Nhập mã giới thiệu CAKE2024 …`)
)
_BOX = re.compile(rf"(?:^|(?<=[.!?…”\"\d]\s))\s*{_CALL}\s[^.!?:\"“”\-–]{{0,50}}?\s[-–]\s+{_OFFER}(?!\w)")
_OFFER_WORDS = 8  # the offer's words after its dash, at most


def offer_box(text: str) -> bool:
    """`text` is such a box alone: its call, its dash and offer, a few words, no stop."""
    found = _BOX.match(text)
    return found is not None and not ends_sentence(text) and len(text[found.end() :].split()) <= _OFFER_WORDS


def offer_cuts(text: str) -> set[int]:
    """Where such a box starts in `text`, and where it ends when a sentence of the story goes on after it."""
    cuts = set()
    for m in _BOX.finditer(text):
        end = _next_sentence(text, m.end())
        if end is not None:
            cuts.update((m.start(), end))
    return cuts


def _opens(word: str) -> bool:
    """A word a sentence may open with: a capital or a quotation mark, not the offer's code (`C68VIP`,
    `CAKE2024`: capitals and figures, no small letter)."""
    if _CODE.fullmatch(word):
        return False
    return word[:1].isupper() or word[:1] in '"“'


#: A referral or promotion code: capitals with a figure among them, no small letter (`CAKE2024`, `C68VIP`).
_CODE = re.compile(r"(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{4,}")


def _next_sentence(text: str, at: int) -> int | None:
    """Where the sentence after the offer opens: a capital or a quotation mark that a word in lower case
    or a figure follows, and a whole sentence from there, within the offer's few words."""
    words = list(re.finditer(r"\S+", text[at:]))[: _OFFER_WORDS + 1]
    for word, after in itertools.pairwise(words):
        if _opens(word.group()) and not _opens(after.group()) and sentence_after(text, at + word.start()):
            return at + word.start()
    return None
