"""A box's line run into the story between two of its sentences, its parts between pipes and its last
part a button or a store's name (`… chợ biên giới. Văn bản mới: Quyết định số 1234/QĐ-UBND về giá dịch
vụ | Xem tất cả Phía Hủa Phăn …`, `Giá thị trường điện (SMP) hôm nay: 1.324 đ/kWh | Xem biểu đồ`,
`Nhận bản tin … qua email | Đăng ký`, `Tuyển sinh 2025 | Đăng ký xét tuyển trực tuyến`, `Đường dây
nóng: 024.3872.4242 | Tra cứu chuyến bay`, `… trên App Store | Google Play`, `Lượt xem: 1.245 | Gửi
phản hồi`), or the site's call to get its app with no pipe (`Tải ứng dụng Thanh Hóa Online trên Google
Play`), or an attached file's line ending in its download button in brackets, with pipes or none
(`Tài liệu đính kèm: Danh sách doanh nghiệp (Tải về)`, `Thủ tục cấp thị thực | Mẫu đơn (Tải về)`: a
writer names a file, never a button to press), or a banner's call to act in two parts about a dash
with the site's address or phone before a speaker's sentence (`Mua vé … tại dsvn.vn - Đặt vé nhanh, …
Ông …`), or a box opening with its button (`Đặt mua tạp chí | Số mới nhất: Số 4/2025`), which a
one-line scrape prints with no stop after its last part. A writer never ends a sentence's part with a
pipe and a button: a table's row (`Khẩu phần: 6 người | Thời gian: 2 giờ`) has no button after its
last pipe, nor opens with one, and stays.
The box starts after the stop before it and ends after its button (with up to four words in small
letters after `Tra cứu` or `Đăng ký`), where the next sentence, of eight words or more, opens; where it
starts and ends, a unit does (`units.split_units`), and the unit is judged on its own (`unit_kinds`:
`button_bar`). A box with a sentence's stop inside it (`1. Việt Nam 3 điểm 2. …`, a table of standings)
is no such line, and is left alone; so is a run of more than twenty words, a paragraph's."""

from __future__ import annotations

import re

from ..core.sentences import sentence_after
from ..core.text import CAPITALS, SMALL_LETTERS

__all__ = ["BUTTON_BAR", "button_bar", "button_bar_cuts"]

#: The reason such a box's line is the site's.
BUTTON_BAR = "a box's line between pipes ending in a button, run into the story between its sentences"

# The buttons and stores a box's line ends in, in a capital as a button is; a download's with the file's
# kind (`Tải về bản PDF`), a notice's (`Xem thông báo`), a list's (`Xem danh mục`), a form's (`Gửi tin
# báo`, `Gửi câu hỏi`, `Gửi phản hồi`), a subscription's (`Đặt mua tạp chí`).
_BUTTON = (
    r"(?:Xem (?:tất cả|đầy đủ|thêm|chi tiết|biểu đồ|bảng giá|thông báo|danh mục)|"
    r"Gửi (?:tin báo|câu hỏi|phản hồi)|"
    r"Đặt mua (?:tạp chí|báo)|"
    rf"(?:Tra cứu|Đăng ký)(?:\s[{SMALL_LETTERS}]+){{0,4}}|Google Play|CH Play|App Store|"
    r"Tải (?:về|xuống)(?: (?:bản|tệp|file) (?:PDF|Word|in))?|Đọc tiếp)"
)
_PART = r"(?:[^|.!?…]|\.(?=\d))*?"  # no stop (a figure's `1.324` is none)
_STORE = r"(?:Google Play|CH Play|App Store)"
# … or the site's call to get its app, with no pipe before the store (`Tải ứng dụng … trên Google Play`).
_APP = rf"Tải (?:ứng dụng|app)\s{_PART}\s(?:trên|tại|từ)\s{_STORE}(?:\s(?:\||và|hoặc)\s{_STORE})?"
# … or an attached file's line, its download button in brackets (`… Danh sách doanh nghiệp (Tải về)`).
_FILE = rf"[{CAPITALS}]{_PART}(?:\s\|\s{_PART})*\s\((?:Tải về|Tải xuống)\)"
# … or a banner's call to act in two parts about a dash, with the site's address or phone, glued before a
# speaker's sentence (`Mua vé tàu trực tuyến tại dsvn.vn - Đặt vé nhanh, thanh toán dễ dàng | Ông …`,
# `Đặt lịch khám nhanh - Gọi 1900 9095 hoặc đặt qua ứng dụng … | Bà …`): a writer's sentence asks no
# reader to buy or book, and an address's dot is no stop.
_LINKED = r"(?:[^|.!?…]|\.(?=\w))*?"
_BANNER = rf"(?:Mua|Đặt|Gọi)\s{_LINKED}\s[-–]\s{_LINKED}(?=$|\s+(?:Ông|Bà)\s+[{CAPITALS}])"
_CONTACT = re.compile(r"\w\.(?:vn|com|net)\b|\d{4}\s?\d{3,4}\b")
# … or a box opening with its button, then its parts (`Đặt mua tạp chí | Số mới nhất: Số 4/2025`), its
# last part no label waiting for its value: a table's row opens with a field, never a button.
_LEADING = rf"{_BUTTON}(?:\s\|\s{_PART})+(?<![:\s])"
_BOX = rf"[{CAPITALS}]{_PART}(?:\s\|\s{_PART})*\s\|\s{_BUTTON}|{_APP}|{_FILE}|{_BANNER}|{_LEADING}"
_AFTER_STOP = re.compile(rf"(?<=[.!?…”])\s+(?P<box>{_BOX})(?=\s+[{CAPITALS}])")
_WHOLE = re.compile(_BOX)
_MOST_WORDS = 20  # a box's line (its pipes counted), not a paragraph's
_SENTENCE = 8  # the words of the sentence after it


def button_bar(text: str, paragraph: str) -> bool:
    """`text` is such a line, whole, glued after a sentence's stop in `paragraph`, the block it was cut
    from, with no more than twenty words (its pipes counted)."""
    stripped = text.strip()
    if len(stripped.split()) > _MOST_WORDS or not _WHOLE.fullmatch(stripped) or not _contacted(stripped):
        return False
    return re.search(r"[.!?…”]\s+" + re.escape(stripped), paragraph) is not None


def button_bar_cuts(text: str) -> set[int]:
    """Where such lines in `text` start and end (none: an empty set)."""
    cuts: set[int] = set()
    for found in _AFTER_STOP.finditer(text):
        box = found.group("box")
        if len(box.split()) > _MOST_WORDS or not _contacted(box):
            continue
        if sentence_after(text, found.end() + 1, _SENTENCE):
            cuts.update((found.start("box"), found.end()))
    return cuts


def _contacted(box: str) -> bool:
    """A box of pipes, an app's or a file's line; or a banner, holding the site's address or phone."""
    return re.fullmatch(_BANNER, box) is None or _CONTACT.search(box) is not None
