"""A reaction box's answers under the story (`Bạn thấy bài viết này thế nào?` | `Hay Cảm động Bình
thường`): the reader ticks how the story made them feel. The answers are a closed class, the same on every
site (good, moving, so-so, interesting, useful, sad, surprising, angry), each a word or two in title case,
so they are named, as `poll_answers` names a poll's. A one-line layout runs the writer's name on after
them with no stop (`Hay Cảm động Bình thường Minh Anh`), where nothing else tells where the answers end
and the name starts; `reactions_end` says where two answers or more opening a unit end, so `edges` cuts
the byline off them as it does off a photo's button (`Phóng to Phạm Kiên`)."""

from __future__ import annotations

import re

__all__ = ["reactions_end"]

_REACTION = (
    r"(?:Rất hay|Không hay|Chưa hay|Hay|Cảm động|Xúc động|Bình thường|Thú vị|Hữu ích|Không hữu ích|"
    r"Tuyệt vời|Yêu thích|Thích|Vui|Buồn|Ngạc nhiên|Bất ngờ|Tức giận|Phẫn nộ|Hài hước|Sợ hãi|Nhàm chán)"
)
_ROW = re.compile(rf"{_REACTION}(?:\s+{_REACTION})+(?=\s|$)")


def reactions_end(text: str) -> int:
    """Where a row of two reaction answers or more opening `text` ends (0: it opens with none)."""
    found = _ROW.match(text)
    return found.end() if found else 0
