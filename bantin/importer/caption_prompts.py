"""A page's prompt run into a caption with no stop of its own: a media box's button naming a file's
format and size (`Tải infographic (PNG, 2,8 MB) Nguồn: … Đồ họa: Hà Linh`, `gallery_buttons.DOWNLOAD`), a
call to act on a link (`Gửi ảnh dự thi “Hữu nghị Việt - Lào” tại đây Đoàn Nghệ An tặng quà … Ảnh: …`): an
imperative verb opening it, `tại đây` (`here`) closing its link. The caption reader
(`captions.split_captions`) takes a run-in caption back to the last sentence's stop, and a prompt has
none, so it read as the caption's first words; its shape ends the caption's reach instead. The caption
starts after it, and the prompt is left a paragraph of its own before it, which the detector reads as
the site's. A caption that speaks of a download or of a place (`Tải hàng cứu trợ lên xe tại đây.`) has
its stop, or no capital opening the words after it."""

from __future__ import annotations

import re

from ..core.text import CAPITALS
from .gallery_buttons import DOWNLOAD
from .shoot_credits import caption_start as crew_start

__all__ = ["caption_start"]

_VERBS = r"(?:Gửi|Xem|Bấm|Nhấn|Click|Đăng ký|Tham gia|Tải|Đọc|Nghe|Bình chọn|Dự thi)"
# The prompt, at the caption's start, and the capital opening the caption's own words after it.
_PROMPT = re.compile(rf"\s*(?:{_VERBS}\b[^.!?]{{0,80}}?\stại đây|{DOWNLOAD})[\s:»›→]*(?=[{CAPITALS}])")


def caption_start(before: str, start: int) -> int:
    """Where a run-in caption starts in `before` (the text before its photo's credit), given `start`,
    its last sentence's: after a prompt opening it (see the module's docstring), before the shoot's crew
    (`shoot_credits`)."""
    start = crew_start(before, start)
    prompt = _PROMPT.match(before, start)
    return prompt.end() if prompt and before[prompt.end() :].strip() else start
