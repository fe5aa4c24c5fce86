"""The site's invitation to the reader printed as the story's last line, before its byline.

A news-please text keeps what a template sets under the story: the title of an embedded video
(`Cùng xem MV "Lời chưa nói" của Văn Mai Hương`), a call to comment (`Bạn đọc có ý kiến gì về vấn
đề này? Hãy để lại bình luận bên dưới`), often above the writer's name, where a byline shields the
sentence it signs. Such a line tells the reader to do something on the page in the imperative
(`Hãy` to comment or vote, `Mời` and `Cùng` to watch or listen too) and ends with no stop: no
sentence of a story, nor a story's advice (`Hãy lắng nghe con trẻ`, `Hãy xem xét kỹ …`). Only the
lines at the text's end go (the last before the closing byline, or the last of all), with a
question to the reader just above them (`Bạn đọc có ý kiến gì …?`); a question alone, with no
invitation after it, stays (a borderline unit is kept).
"""

from __future__ import annotations

import re

from .signed_tail import speaks_to_the_reader

__all__ = ["READER_PROMPT", "prompts_at_the_end"]

READER_PROMPT = "the site inviting the reader (to watch, comment, vote) at the story's end"

_READER = r"(?:(?:quý\s+)?(?:bạn đọc|độc giả|khán giả|vị|các bạn|bạn)\s+)?(?:cùng\s+)?"
_COMMENT = r"để lại (?:bình luận|ý kiến)|bình luận|bình chọn|gửi (?:ý kiến|bình luận|câu hỏi|bài)"
_WATCH = r"xem|nghe|đón đọc|đón xem"
# `Hãy` asks for a comment or a vote only (`Hãy lắng nghe con trẻ`, `Hãy xem xét …` are advice a story
# gives); `Mời`, `Cùng` ask to watch or read too (`Cùng xem MV …`, `Mời độc giả xem video …`).
_INVITATION = re.compile(
    rf"^(?:hãy\s+{_READER}(?:{_COMMENT})|(?:xin\s+)?mời\s+{_READER}(?:{_WATCH}|{_COMMENT})|cùng\s+(?:{_WATCH}))"
    r"(?!\w)(?!\s+xét)",
    re.IGNORECASE,
)
_STOPS = (".", "!", "…", ";")


def invites(text: str) -> bool:
    """`text` asks the reader to act on the page, and is no sentence (no stop)."""
    stripped = text.strip()
    return _INVITATION.match(stripped) is not None and not stripped.rstrip("\"”'").endswith(_STOPS)


def prompts_at_the_end(kinds: list[tuple[str, str]], texts: list[str]) -> list[tuple[str, str]]:
    """`kinds` with the site's invitations at the text's end (see the module's docstring) made chrome."""
    out = list(kinds)
    last = max((i for i, (kind, _) in enumerate(kinds) if kind == "prose"), default=-1)
    signed = next((i for i in range(last + 1, len(kinds)) if kinds[i][0] == "byline"), None)
    i = signed - 1 if signed is not None else len(kinds) - 1
    while signed is None and i > last and kinds[i][0] == "chrome":
        i -= 1
    found = False
    while i > 0 and invites(texts[i]):
        out[i], found, i = ("chrome", READER_PROMPT), True, i - 1
    if found and i > 0 and texts[i].rstrip().endswith("?") and speaks_to_the_reader(texts[i]):
        out[i] = ("chrome", READER_PROMPT)
    return out
