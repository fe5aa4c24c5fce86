"""A shop's box printed inside or under the story, told by the call to act that closes it: a
product and its price with the button that sells it (`Mitsubishi Xforce 2024 Giá từ 599 triệu Nhận
báo giá lăn bánh`, `Thay pin iPhone chính hãng giá chỉ từ 890.000₫ Đặt lịch`), or a calculator's
form with its fields and its button (`Dự toán chi phí lăn bánh Chọn phiên bản Chọn tỉnh thành Tính
ngay`).

Tech and motoring sites put such boxes between the story's paragraphs with buttons no list can
hold (`inline._BUTTON` names the common ones). What carries over is their shape: a verb of buying,
booking, pricing or computing in a capital (`Đặt`, `Nhận`, `Tính`, …), with a few words in lower
case, right after a price or a form's `Chọn …` fields, with no stop between. Vietnamese capitalizes
names, not verbs, in the middle of a sentence, so a capital verb glued to a price is a button; the
story's own price list ends with its stops (`Vios 1.5G CVT: 592 triệu đồng.`), and a sentence that
goes on after a price does so in lower case or after a comma (`… 599 triệu, nhận xe tháng 8`): both
stay. `shop_call` names such a unit (no stop, the call last); `shop_call_cuts` says where a box run
into the next sentence of a one-line body ends: after its call, before that sentence's capital, when
the sentence goes on to its stop, or before the header of a list of other stories (`Món ngon khác …`).
A shop's cart (`Thêm vào giỏ`, after a price) is such a call too, and so is a button after an offer's
discount (`ưu đãi 20% Đăng ký ngay`).
"""

from __future__ import annotations

import re

from ..core.sentences import ends_sentence
from ..core.text import CAPITALS, SMALL_LETTERS
from .furniture import opens_list

__all__ = ["SHOP_CALL_REASON", "shop_call", "shop_call_cuts"]

SHOP_CALL_REASON = "a shop's box closed by its call to act (a price or a form's fields, then its button)"

# A price as a shop prints it (`890.000₫`, `29.990.000đ`, `599 triệu`, `25,99 triệu đồng`, `1,2 tỷ`).
_PRICE = r"\d[\d.,]*\s*(?:₫|đ\b|VNĐ|VND|USD|\$|(?:triệu|tỷ)(?:\s+đồng)?|đồng)"
# … or an offer's discount (`học phí ưu đãi 20% Đăng ký ngay`).
_OFFER = r"(?:ưu đãi|giảm giá|giảm|khuyến mãi)\s+(?:đến\s+)?\d+%"
# A calculator's fields: `Chọn` and the thing chosen in lower case (`Chọn phiên bản Chọn tỉnh thành`).
_FIELD = rf"Chọn(?:\s+[{SMALL_LETTERS}]+){{1,3}}"
# The call: a verb of buying, booking, pricing or computing in a capital, a few words in lower case.
_VERB = r"(?:Đặt|Mua|Nhận|Tính|Xem|Đăng ký|Tải|Liên hệ|Gọi|Săn|Lái thử|Dùng thử|Tư vấn|Thêm(?= vào giỏ))"
_CALL = rf"{_VERB}(?:\s+[{SMALL_LETTERS}]+){{0,5}}"
# What opens the box's button: a price or two fields at least, right before it.
_BEFORE = rf"(?:{_PRICE}|{_OFFER}|{_FIELD}(?:\s+{_FIELD})+)"
_CLOSING = re.compile(rf"(?<!\S){_BEFORE}\s+(?P<call>{_CALL})\s*$")
_RUN = re.compile(rf"(?<!\S){_BEFORE}\s+(?P<call>{_CALL})(?=\s+[{CAPITALS}])")
# A call that wants a name after it (`Xem giá tại` Shopee) has not ended.
_OPEN_END = re.compile(r"\s(?:tại|ở|của|trên|cho|với)$")
_LONGEST = 30  # words: a box, never a paragraph
_SENTENCE_AFTER = re.compile(r"\s*[^.!?…]+[.!?…]")
_SHORTEST_SENTENCE = 5  # words of the sentence the box was run into


def shop_call(text: str) -> bool:
    """Whether `text`, no sentence, is a shop's box closed by its call to act."""
    if ends_sentence(text) or len(text.split()) > _LONGEST:
        return False
    found = _CLOSING.search(text)
    return found is not None and not _OPEN_END.search(found.group("call"))


def shop_call_cuts(text: str) -> set[int]:
    """Where a shop's box ends in `text`: after its call, when a sentence of the story goes on after it."""
    cuts = set()
    for m in _RUN.finditer(text):
        if _OPEN_END.search(m.group("call")):
            continue
        after = _SENTENCE_AFTER.match(text, m.end("call"))
        sentence = after is not None and len(after.group(0).split()) >= _SHORTEST_SENTENCE
        if sentence or opens_list(text[m.end("call") :].strip()):
            cuts.add(m.end("call"))
    return cuts
