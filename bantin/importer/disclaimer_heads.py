"""A disclaimer's heading on a line of its own (`Khuyến cáo`, `Tuyên bố miễn trừ trách nhiệm`, `Lưu ý`)
over the disclaimer it introduces (`Báo cáo này chỉ nhằm mục đích cung cấp thông tin …`): a securities
firm's or a financial paper's notice closing a note or a report. The disclaimer goes as the site's
(`disclaimers.DISCLAIMER`), and its heading, a unit of a word or a few with no stop, goes with it. The same
word over anything else (`Khuyến cáo` over the doctor's advice the story gives) is the story's heading,
and stays: only the disclaimer directly under it tells them apart."""

from __future__ import annotations

import re

from .disclaimers import DISCLAIMER

__all__ = ["REASON", "disclaimer_heads"]

REASON = "the heading of the disclaimer under it"

# The heading alone (a colon after it or none): what a site calls its disclaimer.
_HEADING = re.compile(
    r"(?:khuyến cáo|lưu ý|cảnh báo rủi ro|(?:tuyên bố )?miễn trừ trách nhiệm(?: rủi ro)?|disclaimer)\s*:?",
    re.IGNORECASE,
)


def disclaimer_heads(kinds: list[tuple[str, str]], texts: list[str]) -> list[tuple[str, str]]:
    """`kinds` with each disclaimer's heading over it the site's."""
    out = list(kinds)
    for i in range(len(texts) - 1):
        if _HEADING.fullmatch(texts[i].strip()) and DISCLAIMER.match(texts[i + 1]):
            out[i] = ("chrome", REASON)
    return out
