"""Someone about to speak: the words before a colon that name who speaks next in an interview, a
Q&A column, a council's questioning or a press conference (`Bạn đọc Lê An (Huế) hỏi:`, `Đại biểu
Nguyễn Văn Lộc (tổ Diễn Châu) chất vấn:`, `Thứ trưởng Lê Anh Tuấn trả lời:`), or to whom the answer
that follows is addressed (`Trả lời bạn đọc Nguyễn Văn Tùng:`). Such words are the story's, however
many names in capitals they hold and whatever furniture word names the speaker (`bạn đọc`): what
follows the colon is what was said, not a page's lead after its menu, and no menu or box title ends
with a verb of speaking and a colon. `tables` reads such a line as the story's opening of what
follows; `units` keeps it with the question run on after it (`… chất vấn: Vì sao …?`)."""

from __future__ import annotations

import re

__all__ = ["about_to_speak"]

# A verb of saying, asking or answering before the colon, or an answer's address opening the line.
_SPEAKS = re.compile(
    r"(?<!\w)(?:hỏi|viết|kể|cho biết|chia sẻ|trả lời|tâm sự|chất vấn|tranh luận|giải đáp|phát biểu|"
    r"kiến nghị)\s*:$|^(?:Trả lời|Gửi|Thưa|Kính gửi)\s.*:$"
)


def about_to_speak(text: str) -> bool:
    """`text` ends with a colon after a verb of speaking (`… chất vấn:`), or addresses the one answered."""
    return _SPEAKS.search(text.strip()) is not None
