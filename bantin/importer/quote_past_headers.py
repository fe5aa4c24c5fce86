"""A related list's header set alone between the story's last two paragraphs (`Bài viết cùng chuyên
mục`), the story's last sentence after it a speaker's words (`Phó Tỉnh trưởng Khăm Phăn Xu Li Ny nói:
“Bà con người Việt là một phần của Chăm-pa-xắc”.`): the tail's score ends the article at the header, a
box's header before less prose than furniture. But a list's first item is a headline, never a sentence
giving someone's words in quotation marks after the verb and its colon with its stop; `quote_past_header`
ends the article after that sentence when no other sentence of prose follows it (the header and the
list's items after the quote still go)."""

from __future__ import annotations

import re

from .furniture import Signals
from .vocabulary import RELATED_HEADERS, alternatives

__all__ = ["quote_past_header"]

_HEADER_ALONE = re.compile(r"(?:" + alternatives(RELATED_HEADERS) + r")\s*:?", re.IGNORECASE)
# Someone's words after the verb and its colon, in quotation marks, closed with the stop.
_SAID = re.compile(
    r"(?<!\w)(?:nói|cho biết|khẳng định|nhấn mạnh|chia sẻ|phát biểu|bày tỏ|kể)\s*:\s*[“\"«][^“”\"«»]{12,}"
    r"(?:[.!?…][”\"»]|[”\"»]\s*[.!?…])$"
)


def quote_past_header(kinds: list[tuple[str, str]], found: list[Signals], texts: list[str], end: int) -> int:
    """Where the article ends: after the speaker's sentence right under the lone header at `end`
    (see the module's docstring), else `end`."""
    said = end + 1
    if said >= len(texts) or not _HEADER_ALONE.fullmatch(texts[end].strip()):
        return end
    if kinds[said][0] != "prose" or not found[said].sentence or not _SAID.search(texts[said].strip()):
        return end
    if any(kind == "prose" for kind, _ in kinds[said + 1 :]):
        return end  # more prose after it: a list's leads
    return said + 1
