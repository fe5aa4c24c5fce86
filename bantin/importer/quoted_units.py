"""A quotation of several sentences cut into units: its last sentence, closing the quote the unit
before it opened (`Nội dung tin nhắn: "Tài khoản của quý khách sẽ bị khóa sau 24 giờ.` | `Vui lòng
đăng nhập tại đường link sau để xác thực."`), is the quoted text's, which the story prints as its
evidence: a scam's message, a notice, a speaker's words. It may hold a login's or a button's words
(`đăng nhập`, `bấm vào đường link`) and an appeal (`Vui lòng …`), which make a unit of the page's
chrome anywhere else; inside the story's quotation they are the story's. A page's own prompt is never
printed in the second half of a quotation opened by the story's sentence before it."""

from __future__ import annotations

_OPENING = ('"', "“")
_CLOSING = ('"', "”")


def closes_quote(before: str, text: str) -> bool:
    """`text` ends the quotation `before` opened and left open: one quote mark in `text`, closing it
    at its end (after the sentence's stop), and an odd count in `before` (or an opening `“` unclosed)."""
    last = text.rstrip()
    if not last.endswith(_CLOSING) or last[-2:-1] not in ".!?…":
        return False
    if last.count('"') + last.count("“") + last.count("”") != 1:
        return False  # a quotation of its own (`Ông nói: "…"`)
    curly = before.count("“") > before.count("”")
    return curly or before.count('"') % 2 == 1
