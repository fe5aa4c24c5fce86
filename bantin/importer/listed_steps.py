"""A how-to's steps under the story's line announcing them with its colon (`Cách thanh toán:` | `Tải ứng
dụng "CSKH EVNSPC" trên App Store hoặc Google Play.` | `Đăng ký tài khoản bằng số điện thoại …` | `Chọn
"Thanh toán tiền điện", bấm "Thanh toán ngay".`): the first steps hold an app's or an account's words, as
a site's prompt to get its app or sign up does, and read as chrome. A site's prompt stands after the
story's sentences or between two of them, not right under a header of the story's whose next steps the
story goes on with: `listed_steps` keeps up to `_STEPS` such steps, each a sentence closed by its stop,
right under that header and right over a step of the story's closed by its stop. A link to other stories,
a box the page sets inside the story, a header that is a field's label (`Hotline:`) are none of it."""

from __future__ import annotations

import re

from .inline import INLINE_REASONS

__all__ = ["REASON", "listed_steps"]

#: The reason a how-to's step under the story's header, before its next step, stays.
REASON = "a how-to's step between the story's header announcing it and its next step"

_STEPS = 3  # steps holding an app's words in a row, at most
_WORDS = 25  # words of a step
# A field's label, no header of steps (`Hotline:`, `Địa chỉ:`, `Liên hệ:`).
_LABEL = re.compile(r"^(?:hotline|địa chỉ|liên hệ|điện thoại|email|website|nguồn|ảnh)\s*:$", re.IGNORECASE)


# A site's own words, never a step's: a link, a share bar, a footer's, its prompt to read it (`… để đọc
# tin`, `… để bình luận`).
_SITE = re.compile(
    r"©|bản quyền|tổng biên tập|giấy phép|bình luận|chia sẻ|xem thêm|tin liên quan|theo dõi|để đọc|"
    r"bạn đọc|độc giả|tòa soạn|quảng cáo",
    re.IGNORECASE,
)


def _step(text: str) -> bool:
    text = text.strip()
    return text.endswith(".") and len(text.split()) <= _WORDS and not _SITE.search(text)


def listed_steps(kinds: list[tuple[str, str]], texts: list[str]) -> list[tuple[str, str]]:
    """`kinds` with the steps between the story's header announcing them and its next step kept."""
    out = list(kinds)
    for j, (kind, _) in enumerate(kinds):
        header = texts[j].strip()
        if kind not in ("short", "prose") or not header.endswith(":") or len(header.split()) < 2:
            continue
        if _LABEL.match(header) or _SITE.search(header):
            continue
        k = next((k for k in range(j + 1, len(kinds)) if kinds[k][0] != "chrome"), len(kinds))
        run = range(j + 1, k)
        if not 0 < len(run) <= _STEPS or k == len(kinds) or kinds[k][0] not in ("short", "prose"):
            continue
        if not texts[k].strip().endswith(".") or len(texts[k].split()) > _WORDS:
            continue  # the story's next step, closed by its stop
        if all(kinds[i][1] not in INLINE_REASONS and _step(texts[i]) for i in run):
            for i in run:
                out[i] = ("short", REASON)
    return out
