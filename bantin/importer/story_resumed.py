"""The story resumed after a list's header set between two paragraphs.

A site prints its box of other stories (`Bài viết cùng tác giả`, `Tin liên quan`) between two of the
story's paragraphs, and a scrape on one line runs its header into the paragraph after it when the box's
headlines were not scraped (`… ứng phó thiên tai”. Bài viết cùng tác giả Trước đó, tháng 9/2024, lực
lượng …`). The unit then opens with the header and a capital, and goes whole as a list's header and its
headline. What tells the story's sentence from a headline: it opens with a connective that points back
to what the story said (`Trước đó,`, `Ngoài ra,`, `Bên cạnh đó,`, `Tuy nhiên,`) and its comma; no
headline opens so, since a headline stands alone. There the header's unit ends (`resumed_cuts`): the
header goes, the story's sentence is judged as any other."""

from __future__ import annotations

import re

from .vocabulary import RELATED_HEADERS, alternatives

__all__ = ["resumed_cuts"]

#: Connectives that point back to what came before, each with its comma: a sentence continuing.
_BACK = (
    "Trước đó", "Sau đó", "Ngoài ra", "Bên cạnh đó", "Tuy nhiên", "Trong khi đó", "Theo đó", "Đồng thời",
    "Cùng với đó", "Cũng trong dịp này", "Cũng trong sáng nay", "Cùng ngày", "Dịp này", "Nhân dịp này",
)  # fmt: skip
_RESUMED = re.compile(
    r"(?:^|(?<=\s))(?i:" + alternatives(RELATED_HEADERS) + r")\s*:?\s+(?=(?:" + alternatives(_BACK) + r"),\s)"
)


def resumed_cuts(text: str) -> set[int]:
    """Where the story's sentence resumes after a list's header run into it (see the module's docstring)."""
    return {m.end() for m in _RESUMED.finditer(text) if m.group()[:1].isupper()}  # a header's capital
