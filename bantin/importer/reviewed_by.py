"""The credit of who wrote or vouched for a page's medical advice: `Bài viết được tham vấn chuyên môn bởi
ThS.BS Lê Thu Hà - Khoa Tiêu hóa, Bệnh viện …`, `Bài viết được viết bởi Bác sĩ …`, `Tham vấn y khoa: …`,
as hospitals', pharmacies' and health papers' pages print it over or under the advice.

It is the story's: it names the doctor or pharmacist answering for THIS page (another page names
another), which is what a reader of medical advice weighs it by, as they weigh a byline; the
disclaimer the site repeats on every page (`Thông tin chỉ mang tính tham khảo …`) is the site's. Run
on after a menu with no stop between them (`… Tin tức sức khỏe Tiêu hóa Bài viết được tham vấn …`),
`credit_starts` cuts it off the menu for `units`, and `reviewed_credit` tells `chrome` to keep it."""

from __future__ import annotations

import re

from ..core.text import CAPITALS

__all__ = ["REASON", "credit_starts", "reviewed_credit", "reviewer_starts"]

#: The reason a reviewer's or writer's credit is kept.
REASON = "who wrote or vouched for the page's advice (a credit of the story)"

_CREDIT = (
    r"(?:(?:Bài viết|Nội dung)\s+(?:đã\s+)?được\s+"
    r"(?:tham vấn(?:\s+(?:chuyên môn|y khoa|y tế))?|kiểm duyệt(?:\s+y khoa)?|cố vấn(?:\s+chuyên môn)?|"
    r"viết|biên soạn|thẩm định(?:\s+chuyên môn)?)\s+bởi\s+|"
    r"Tham vấn (?:y khoa|chuyên môn)\s*:\s*)"  # its label's colon glued to the name (`…:Bác sĩ …`) too
    rf"[{CAPITALS}]"
)
_STARTS = re.compile(rf"(?<=\S)\s+(?={_CREDIT})")
_LABELS = re.compile(_CREDIT)
_WHOLE = re.compile(rf"^{_CREDIT}")
_LONGEST = 30  # words: a credit with the expert's workplace, not a paragraph


def credit_starts(text: str) -> list[int]:
    """Where a credit of the page's advice starts after other words (a menu run into it)."""
    return [match.end() for match in _STARTS.finditer(text)]


def reviewed_credit(text: str) -> bool:
    """`text` is a credit of who wrote or vouched for the page's advice, naming someone."""
    return _WHOLE.match(text) is not None and len(text.split()) <= _LONGEST


def reviewer_starts(text: str) -> list[int]:
    """Where the name (its title first) of who vouched for the advice starts after a credit's label (`Bài
    viết được tham vấn chuyên môn bởi | ThS.BS Trần Quốc Hòa - Khoa …`): `widgets` cuts off the buttons
    of the doctor's card run on after the name and workplace (`… Thu Cúc Xem hồ sơ Đặt lịch với bác sĩ`)."""
    return [match.end() - 1 for match in _LABELS.finditer(text)]
