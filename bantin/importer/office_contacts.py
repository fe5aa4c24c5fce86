"""A story's line telling whom to call, naming the office (`Mọi thắc mắc xin liên hệ Trung tâm Phát triển
quỹ đất TP Nha Trang, số 31 Lê Thánh Tôn, điện thoại 0258 3826 271.`, `Mọi thắc mắc, phụ huynh liên hệ
Phòng Khảo thí, điện thoại: …`): a notice's or a school's closing sentence, with a contact's words a
site's footer has too.

What tells it from a site's appeal to its readers (`Mọi thắc mắc vui lòng liên hệ đường dây nóng 1900
…`, `… bạn đọc vui lòng liên hệ tổng đài …`) is whom it sends the reader to: a body named by its head
in capitals right after `liên hệ` (`Phòng …`, `Trung tâm …`, `Ủy ban nhân dân …`), not the paper's own
desk, a hotline or a service's number; and whom it speaks to: nobody the site addresses (`bạn đọc`,
`quý khách`, `vui lòng`). It is a whole sentence, closed by its stop, and no list of other stories
opened by its header with the footer's contact label run on (`Bài viết cùng chuyên mục Đồng Tháp thu
hoạch … Thông tin liên hệ: Sở Nông nghiệp …`)."""

from __future__ import annotations

import re

from ..core.text import CAPITALS
from ..tagging.kinds import ORG_HEADS
from .vocabulary import RELATED_HEADERS, as_headers

__all__ = ["office_contact"]

# The heads of a body's name, but a paper's (the site's own desk is no office a story sends you to).
_HEADS = sorted(
    {*ORG_HEADS, "Phòng", "UBND", "Ủy ban nhân dân"} - {"Báo", "Tạp chí", "Đài"}, key=len, reverse=True
)
# The call before the office: `liên hệ` (`với`, `tại`), a label's colon after it (`Thông tin liên hệ báo
# chí: Phòng Truyền thông …`), or a sending verb to the office (`xin gửi đăng ký tham dự về Ban Tổ chức …`).
_OFFICE = re.compile(
    r"(?<!\w)(?:liên hệ(?:\s+[^\W\d_]+){0,3}\s*:\s*|liên hệ\s+(?:với\s+|tại\s+|trực tiếp\s+)?|"
    r"gửi(?:\s+[^\W\d_]+){0,5}\s+(?:về|đến|tới)\s+)(?:"
    + "|".join(map(re.escape, _HEADS))
    + rf")\s+[{CAPITALS}\d]"
)
# The site speaking to its readers, its desks, its hotlines and services' numbers.
_SITES = re.compile(
    r"bạn đọc|độc giả|quý khách|quý vị|vui lòng|hotline|tổng đài|đường dây nóng|biên tập|t[òo]a soạn|"
    r"quảng cáo|trị sự|(?<!\d)1[89]00[\s.]?\d",
    re.IGNORECASE,
)
_SHORTEST = 8  # words: a sentence, not a label
_LIST = re.compile(rf"^(?:{as_headers(RELATED_HEADERS)})(?!\w)")  # a header of other stories opening it


def office_contact(text: str) -> bool:
    """`text` is a story's sentence sending the reader to a named office (see the module's docstring)."""
    text = text.strip()
    if not text.endswith(".") or len(text.split()) < _SHORTEST or _LIST.match(text):
        return False
    return bool(_OFFICE.search(text)) and not _SITES.search(text)
