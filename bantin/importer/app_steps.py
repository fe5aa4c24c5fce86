"""A how-to's step that opens an app or signs in and names the button to press in quotes (`Mở ứng
dụng, đăng nhập rồi chọn "Xem thêm" ở góc dưới màn hình.`): the story's, not the site's prompt.

A site's prompt to open its app or sign in (`Mở ứng dụng để đọc tiếp`, `Đăng nhập để bình luận`) names
no button of another service in quotes and seldom closes with a stop; a service story walking the
reader through an app (a bank's, a power company's) quotes the item or the button the step chooses
after a verb of choosing or pressing and closes the step with its stop. Such a step keeps only its
other furniture words: the app's and the account's words alone make no chrome of it.
"""

from __future__ import annotations

import re

from ..core.sentences import ends_sentence

__all__ = ["APP_WORDS", "quoted_step"]

#: The furniture words of an app's or an account's prompt a quoted step may hold.
APP_WORDS = re.compile(r"mở ứng dụng|mở app\b|đăng nhập|đăng ký tài khoản|mật khẩu", re.IGNORECASE)

# A verb of choosing or pressing, then the button's or the item's name in quotes (`chọn "Xem thêm"`,
# `bấm vào mục "Tiết kiệm trực tuyến"`, `nhấn “Xác nhận”`).
_QUOTED_CHOICE = re.compile(
    r"(?<!\w)(?:chọn|bấm|nhấn|nhấp|chạm|vào)(?:\s+(?:vào|chọn|nút|mục|biểu tượng|tính năng)){0,2}"
    r"\s+[\"“][^\"”]{2,40}[\"”]",
    re.IGNORECASE,
)


def quoted_step(text: str) -> bool:
    """`text` is a how-to's step closed by its stop that quotes the button or item it chooses."""
    return ends_sentence(text) and _QUOTED_CHOICE.search(text) is not None
