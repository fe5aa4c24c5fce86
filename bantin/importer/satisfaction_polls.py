"""A public office's satisfaction poll run into the story's end (`Phòng Quản lý thương mại Đánh giá: Rất
hài lòng | Hài lòng | Không hài lòng`, the portal's box after the office that signs): three answers or
more between pipes, each a degree of being satisfied, its label before them. The answers are a closed
class, so they are named; the poll is cut off the byline before it (`units.split_units`) and goes as a
unit of its own, so the office's name stays to sign the story. A story's sentence about satisfaction
says it with its verb (`92% người dân hài lòng với …`), never three degrees between pipes."""

from __future__ import annotations

import re

__all__ = ["SATISFACTION_POLL", "satisfaction_poll", "satisfaction_poll_cuts"]

#: The reason such a poll is the site's.
SATISFACTION_POLL = "a portal's satisfaction poll (`Đánh giá: Rất hài lòng | Hài lòng | Không hài lòng`)"

_ANSWER = r"(?i:(?:rất |không |chưa |tạm |khá )?hài lòng|bình thường)"
_POLL = re.compile(
    rf"(?:^|(?<=\s))(?:(?:Đánh giá|Mức độ hài lòng|Ý kiến đánh giá)\s*:\s*)?{_ANSWER}"
    rf"(?:\s*\|\s*{_ANSWER}){{2,}}(?=\s|$)"
)


def satisfaction_poll_cuts(text: str) -> set[int]:
    """Where such polls in `text` start and end."""
    return {at for found in _POLL.finditer(text) for at in found.span()}


def satisfaction_poll(text: str) -> bool:
    """`text` is such a poll, whole."""
    return _POLL.fullmatch(text.strip()) is not None
