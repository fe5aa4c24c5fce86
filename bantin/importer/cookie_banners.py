"""The second sentence of a cookie banner over the page: `Chúng tôi sử dụng cookie để cải thiện dịch
vụ. Bạn có thể tìm thêm thông tin trong phần Bảo vệ dữ liệu. OK`. The first names the cookies and goes
as furniture; the second names none, and as plain prose before the lead it was taken for the
article's first sentence, the menu and the stamp after it kept. A banner's second sentence speaks to
the reader (`Bạn có thể …`, `Nếu tiếp tục …, bạn đồng ý …`, `Tiếp tục truy cập
nghĩa là bạn đồng ý …`) about the banner's settings, right after
the sentence naming the cookies, is short and holds no figure (a lead's date, a number): it is the
banner's. Only before the lead (the page header's pass asks); a sentence that fails any of this
stays."""

from __future__ import annotations

import re

_COOKIES = re.compile(r"\bcookies?\b", re.IGNORECASE)
_TO_THE_READER = re.compile(
    r"^(?:Bạn|Quý vị|Người dùng|(?:Nếu|Tiếp tục)\b[^.?!]*?,?\s*(?:bạn|quý vị))\b"
)  # `Tiếp tục truy cập nghĩa là bạn đồng ý …`
_MOST_WORDS = 25


def follows_cookie_notice(previous: str, text: str) -> bool:
    """Whether `text`, just after `previous`, is a cookie banner's second sentence."""
    return (
        _COOKIES.search(previous) is not None
        and _TO_THE_READER.match(text) is not None
        and len(text.split()) <= _MOST_WORDS
        and not re.search(r"\d", text)
    )
