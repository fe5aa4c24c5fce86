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

Lifestyle and beauty magazines print two more kinds of box by the products their story prices. An
affiliate's button naming the shop that sells it (`Xem tại Shopee`, `Mua ngay tại Tiki`, `Xem giá
tại Lazada`), alone or with the shop's price (`Xem tại Shopee - Giá tham khảo: 4.500.000đ`): a verb
of buying or viewing in a capital, `tại`/`trên` and a brand's name (no Vietnamese marks, no place:
`Mua tại Long An` may open a sentence), no stop, is nothing a story's sentence is. And a discount
code (`Nhập mã HERWORLD15 giảm 15% khi mua tại Lazada`, then its button `Sao chép mã`): a code in
capitals with its figures after `mã`, and a discount, with no stop; a story telling of a sale
(`Khách nhập mã GIAM50 được giảm 50%.`) ends with its stop and stays.

A publisher's or a bookshop's page prints its buttons by the book's details the story gives (`Nhà xuất
bản Trẻ, 2023, 320 trang, giá bìa 120.000 đồng.` stays): `Mua sách`, `Đọc thử` (`Đọc thử 20 trang
đầu`), `Đặt trước`, `Đặt sách ngay`, a price after one (`Mua sách: 493.000đ`), its shipping offer
(`Miễn phí giao hàng cho đơn từ 250.000đ`). Alone in a unit, no stop, they are the shop's. Run into
the story, a button is cut from the sentence after it only where the box shows (a rating or a price
just before it, or a second button), since one may open a sentence (`Đặt trước Tết, …`); a shop's
list item priced as a shop prints it, its figures glued to `đ` (`Chí Phèo (bản phổ thông) - 45.000đ`),
ends where a capital opens the story's next sentence.
"""

from __future__ import annotations

import re

from ..core.sentences import ends_sentence, sentence_after
from ..core.text import CAPITALS, SMALL_LETTERS
from ..tagging.gazetteer import place
from .furniture import opens_list
from .widgets import RATING, names_a_widget

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
# … an offer's gift may follow its discount in lower case (`giảm 20% kèm bookmark Đặt sách ngay`).
_BEFORE = rf"(?:{_PRICE}|{_OFFER}(?:\s+[{SMALL_LETTERS}]+){{0,5}}|{_FIELD}(?:\s+{_FIELD})+)"
_CLOSING = re.compile(rf"(?<!\S){_BEFORE}\s+(?P<call>{_CALL})\s*$")
_RUN = re.compile(rf"(?<!\S){_BEFORE}\s+(?P<call>{_CALL})(?=\s+[{CAPITALS}])")
# A call that wants a name after it (`Xem giá tại` Shopee) has not ended.
_OPEN_END = re.compile(r"\s(?:tại|ở|của|trên|cho|với)$")
_LONGEST = 30  # words: a box, never a paragraph
# An affiliate's button naming its shop (`Xem tại Shopee`, `Mua ngay tại Tiki`, `Xem giá trên Lazada`),
# the shop's price before or after it (`Giá tham khảo: 495.000đ`); in a run, the shop is one word.
_PRICE_LABEL = rf"Giá(?:\s+(?:tham khảo|bán|từ|chỉ từ))?\s*:?\s*{_PRICE}"
_NAMED = rf"(?:Mua|Xem|Săn)(?:\s+(?:ngay|giá|hàng|deal))?\s+(?:tại|trên)\s+(?P<shop>[{CAPITALS}]\S*)"
_NAMED_BOX = re.compile(
    rf"(?:{_PRICE_LABEL}\s+)?{_NAMED}(?:\s+[{CAPITALS}]\S*){{0,2}}(?:\s*[-–|]?\s*{_PRICE_LABEL})?"
)
_NAMED_RUN = re.compile(rf"(?<=[.!?…]\s){_NAMED}(?:\s*[-–|]\s*{_PRICE_LABEL})?(?=\s+[{CAPITALS}])")
# A discount code (`mã HERWORLD15`: capitals and figures) and a discount (`giảm 15%`), its button after it.
_CODE = r"(?<!\w)mã\s+(?:giảm giá\s+|ưu đãi\s+)?(?=[A-Z0-9]*\d)[A-Z][A-Z0-9]{3,}(?!\w)"
_DISCOUNT = rf"(?:giảm|ưu đãi|tặng)\s+(?:thêm\s+)?(?:\d[\d.,]*\s*%|{_PRICE})"
_CODE_BOX = re.compile(rf"(?:[{CAPITALS}]\S*\s+)?{_CODE}\s+{_DISCOUNT}(?P<rest>[^.!?…]*)")
_CODE_BUTTON = re.compile(rf"\s+(?:Sao chép mã|Sao chép|Copy mã|Lấy mã|Dùng ngay)(?=\s+[{CAPITALS}]|\s*$)")
# A banner's button in capitals with the price after it (`ĐẶT VÉ NGAY - Giá chỉ từ 1.990.000đ`).
_SHOUTED = re.compile(rf"(?P<call>[{CAPITALS}]+(?:\s+[{CAPITALS}]+){{1,3}})\s*[-–|:]\s*{_PRICE_LABEL}")
# A bookshop's button (`Mua sách`, `Đọc thử 20 trang đầu`, `Đặt sách ngay`), a price after it.
_BOOK_BUTTON = (
    r"(?:Mua sách|Đặt mua sách|Đặt sách|Đọc thử|Đặt trước)(?:\s+(?:ngay|online|\d+\s+trang(?:\s+đầu)?))?"
    rf"(?:\s*:?\s*{_PRICE})?"
)
_BOOK_BOX = re.compile(rf"{_BOOK_BUTTON}(?:\s+{_BOOK_BUTTON})*")
_BOOK_RUN = re.compile(rf"(?<!\S){_BOOK_BUTTON}(?:\s+{_BOOK_BUTTON})*(?=\s+[{CAPITALS}])")
# … what shows the box around one: a rating or a shop's price just before it.
_BOX_BEFORE = re.compile(rf"(?:{RATING.pattern}|{_PRICE})\s*$")
# A shop's shipping offer (`Miễn phí giao hàng cho đơn từ 250.000đ`).
_SHIPPING = re.compile(
    rf"(?:Miễn phí|Free)\s*(?:giao hàng|vận chuyển|ship)(?:\s+[{SMALL_LETTERS}]+){{0,4}}\s+{_PRICE}"
)
# A shop's list item priced as a shop prints it, figures glued to `đ` (`… - 45.000đ`), a capital after.
_GLUED_PRICE = re.compile(rf"(?<=\s[-–:]\s)\d{{1,3}}(?:\.\d{{3}})+(?:đ|₫)(?=\s+[{CAPITALS}])")


def shop_call(text: str) -> bool:
    """Whether `text`, no sentence, is a shop's box closed by its call to act."""
    if ends_sentence(text) or len(text.split()) > _LONGEST:
        return False
    box = text.strip()
    named = _NAMED_BOX.fullmatch(box)
    if (named and _a_shop(named.group("shop"), box[named.end("shop") :])) or _code_box(box) is not None:
        return True
    if _BOOK_BOX.fullmatch(box) or _SHIPPING.fullmatch(box):
        return True
    if (shouted := _SHOUTED.fullmatch(box)) and names_a_widget(shouted.group("call").lower()):
        return True
    found = _CLOSING.search(text)
    return found is not None and not _OPEN_END.search(found.group("call"))


def shop_call_cuts(text: str) -> set[int]:
    """Where a shop's box ends in `text`: after its call, when a sentence of the story goes on after it."""
    cuts = set()
    for m in _RUN.finditer(text):
        if _OPEN_END.search(m.group("call")):
            continue
        if sentence_after(text, m.end("call")) or opens_list(text[m.end("call") :].strip()):
            cuts.add(m.end("call"))
    for m in _NAMED_RUN.finditer(text):
        after = sentence_after(text, m.end())
        if after and _a_shop(m.group("shop"), after):
            cuts.update(m.span())
    for m in _CODE_BOX.finditer(text):
        end = _code_box(text[m.start() :])
        if end is not None and end < len(text) - m.start():
            cuts.add(m.start() + end)
    return cuts | _book_box_cuts(text)


def _book_box_cuts(text: str) -> set[int]:
    """Where a bookshop's buttons, its shipping offer and its priced list items stand apart in `text`."""
    cuts = set()
    for m in _BOOK_RUN.finditer(text):
        boxed = _BOX_BEFORE.search(text[: m.start()])
        second = re.search(rf"\s{_BOOK_BUTTON}", m.group()) is not None
        if (boxed or second) and sentence_after(text, m.end()):
            cuts.add(m.end())  # its start is the box's: a product and its price before it stay with it
    for m in _SHIPPING.finditer(text):
        if not ends_sentence(text[: m.end() + 1]):
            cuts.update(m.span())
    for m in _GLUED_PRICE.finditer(text):
        if sentence_after(text, m.end()):
            cuts.add(m.end())
    return cuts


def _a_shop(name: str, after: str) -> bool:
    """`name` is a shop's brand (`Shopee`, `Tiki`): no Vietnamese marks, and no place with the word after
    it (`Xem tại Paris`, `Mua tại Long An`), as a sentence naming where a thing is (`Đặt tại Hà Nội, …`)."""
    words = after.split()[:1]
    return name.isascii() and place(name) is None and (not words or place(f"{name} {words[0]}") is None)


def _code_box(text: str) -> int | None:
    """Where a discount code's box opening `text` ends (its button's end, or the text's when it has no
    stop), or None: no code and discount open it, or a stop closes it (a sentence of the story)."""
    found = _CODE_BOX.match(text)
    if found is None or len(text[: found.end()].split()) > _LONGEST:
        return None
    button = _CODE_BUTTON.search(text, found.start("rest"))
    if button is not None and button.start() <= found.end():
        return button.end()
    return found.end() if found.end() == len(text.rstrip()) else None
