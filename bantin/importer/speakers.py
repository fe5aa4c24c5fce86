"""Someone about to speak: the words before a colon that name who speaks next in an interview, a
Q&A column, a council's questioning or a press conference (`Bạn đọc Lê An (Huế) hỏi:`, `Đại biểu
Nguyễn Văn Lộc (tổ Diễn Châu) chất vấn:`, `Thứ trưởng Lê Anh Tuấn trả lời:`), or to whom the answer
that follows is addressed (`Trả lời bạn đọc Nguyễn Văn Tùng:`). Such words are the story's, however
many names in capitals they hold and whatever furniture word names the speaker (`bạn đọc`): what
follows the colon is what was said, not a page's lead after its menu, and no menu or box title ends
with a verb of speaking and a colon. `tables` reads such a line as the story's opening of what
follows; `units` keeps it with the question run on after it (`… chất vấn: Vì sao …?`).

A council's or the Assembly's questioning prints the speaker alone on the line over their words, by
office and name, their delegation in brackets (`Đại biểu Tạ Văn Hạ (Đoàn ĐBQH tỉnh Quảng Nam):`, `Phó
Thủ tướng Hồ Đức Phớc:`): a Vietnamese name closing the line before its colon, which no menu, box title
or link's label (`Xem thêm:`, `Tin liên quan:`) ends with; over the story's first sentence it opens
the story (`bounds`)."""

from __future__ import annotations

import re

from ..tagging.kinds import is_vietnamese_person

__all__ = ["about_to_speak", "names_speaker", "speaks_after_name"]

# A verb of saying, asking or answering before the colon, or an answer's address opening the line.
_SPEAKS = re.compile(
    r"(?<!\w)(?:hỏi|viết|kể|cho biết|chia sẻ|trả lời|tâm sự|chất vấn|tranh luận|giải đáp|phát biểu|"
    r"kiến nghị|khuyến cáo|khuyên|lưu ý|nhấn mạnh)\s*:$|^(?:Trả lời|Gửi|Thưa|Kính gửi)\s.*:$"
)


def about_to_speak(text: str) -> bool:
    """`text` ends with a colon after a verb of speaking (`… chất vấn:`), or addresses the one answered."""
    return _SPEAKS.search(text.strip()) is not None


_BRACKETS = re.compile(r"\([^()]*\)")


def names_speaker(text: str) -> bool:
    """`text` is a speaker's label alone: up to ten words (brackets aside), the last two to four a
    Vietnamese name (a surname first), then the colon (`Bộ trưởng Đào Hồng Lan:`)."""
    text = text.strip()
    if not text.endswith(":") or len(text) > 120:
        return False
    words = _BRACKETS.sub(" ", text[:-1]).split()
    if not 2 <= len(words) <= 10 or not words[0][:1].isupper():
        return False
    return any(is_vietnamese_person(words[-n:]) for n in (2, 3, 4) if n <= len(words))


_CLAUSE = 12  # words: an office after the name, then the verb (`Trưởng khoa Hồi sức tích cực lưu ý:`)


def speaks_after_name(words: list[str], n: int) -> bool:
    """The name `words[:n]` opens, going on in capitals to a comma, is followed by an office that closes
    with a verb of speaking and a colon (`TS.BS Phạm Ngọc Đông, Giám đốc bệnh viện khuyến cáo: Không …`):
    one sentence of the story giving what the expert says next (advice in a list with no stops, run on
    to the page's footer), not a writer's byline run into a box of the page."""
    near = range(max(n - 1, 0), min(n + 3, len(words)))  # the name's last word, or up to three more
    comma = next((k + 1 for k in near if words[k].endswith(",")), None)
    if comma is None or not all(w[:1].isupper() for w in words[n:comma]):
        return False
    end = next((k for k in range(comma, min(comma + _CLAUSE, len(words))) if words[k].endswith(":")), None)
    return end is not None and about_to_speak(" ".join(words[: end + 1]))
