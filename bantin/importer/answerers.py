"""The expert who answers a reader's question signs the answer under it: a profession's title, the
name, and often the workplace after a comma (`Luật sư Nguyễn Văn Hùng, Đoàn Luật sư TP Hà Nội`,
`BS.CKII Lê Minh Tuấn, Bệnh viện Đa khoa tỉnh Hải Dương`, `ThS Nguyễn Thu Hằng`, an opinion column's
`Nhà giáo Lê Quang Huy`, a family page's `Chuyên gia tâm lý Nguyễn Thị Hằng` with the title's field
in lower case before the name; a hospital's page puts
a dash before the workplace: `ThS.BS Lê Thu Hà - Khoa Tiêu hóa, Bệnh viện …`), as the Q&A columns
of legal and health pages print it (issue 15's round of stories that speak to readers).

Such a line reads as no sentence and stands after the story's last one, where a headline would go
with the page: it is the answer's signature, a byline. `expert` gives the name, for `bylines` to
read the line as the answer's writer's, so the line stays where it stands and signs the story; one
with the workplace stays in the text even at its end (`signed_at_work`), since the byline would keep
the name alone and lose where the expert works, which the reader weighs the answer by. The
title is a profession's (not a rank or an office, which `bylines` reads as a position after a dash),
the name is a Vietnamese one (a surname first, two to four words in title case), and the workplace,
when there is one, opens with a capital and holds no stop."""

from __future__ import annotations

import re

from ..core.text import CAPITALS, SMALL_LETTERS
from ..tagging.kinds import SURNAMES

__all__ = ["RANK", "expert", "signature_starts", "signed_at_work"]

# A profession's title, written out or abbreviated (`BS.CKII`, `PGS.TS`, `ThS.`), before the name.
_TITLE = (
    r"(?:Luật sư|Bác sĩ|Dược sĩ|Thạc sĩ|Tiến sĩ|Kỹ sư|Điều dưỡng|Chuyên viên|"
    r"Chuyên gia|"  # its field after it is `_FIELD`'s (`Chuyên gia dinh dưỡng Lê Hải Yến`)
    r"Nhà (?:giáo|văn|thơ|báo|nghiên cứu|phê bình|sử học)|"  # an opinion column's writer (`Nhà giáo Lê An`)
    r"(?:(?:GS|PGS|TS|ThS|BS|BSCKI{1,2}|CKI{1,2}|LS|DS|KS|TTƯT|NGƯT)\.?\s?){1,3})"
)
# An officer's rank, a degree after it or none (`Thượng tá, TS.`, `Đại úy`), signing as a title does.
RANK = r"(?:Đại|Thượng|Trung|Thiếu) (?:tướng|tá|úy|uý)(?:,?\s+(?:(?:GS|PGS|TS|ThS)\.?\s?){1,3})?"
_WORD = rf"[{CAPITALS}][{SMALL_LETTERS}]*"
# After a dash the workplace is a hospital's unit (a dash also puts a source or a position after a name).
_WORKPLACE = r"(?:\s*,\s*|\s+[-–]\s+(?=(?:Khoa|Phòng|Bệnh viện|Trung tâm|Viện|Đơn vị|Bộ môn)\s))"
# The title's field in lower case between it and the name (`Chuyên gia tâm lý`, `Bác sĩ dinh dưỡng`), not
# a verb or a word that links the title to someone else (`Bác sĩ khuyên Nguyễn Văn An`, `… cho Lê Hà`).
_LINKS = r"(?:cho|nói|khuyên|kể|hỏi|gửi|gặp|thăm|và|với|cùng|là|của|tại|theo)"
_FIELD = rf"(?:\s+(?!{_LINKS}\b)[{SMALL_LETTERS}]+){{0,3}}"
_SIGNED = re.compile(
    rf"^(?:{RANK}|{_TITLE}{_FIELD})\s+(?P<name>{_WORD}(?:\s+{_WORD}){{1,3}})(?:{_WORKPLACE}(?P<place>[{CAPITALS}][^.!?:;]*))?$"
)
_LONGEST = 18  # words: a signature (`… - Khoa Ngoại Tiết niệu, Bệnh viện Đa khoa Quốc tế …`)


def expert(text: str) -> str | None:
    """The titled name in an expert's signature (`Luật sư Nguyễn Văn Hùng, Đoàn Luật sư TP Hà Nội` →
    `Luật sư Nguyễn Văn Hùng`: the title stays with it, as a writer's `TS` does; an officer's rank
    too, `Thượng tá, TS. Nguyễn Văn Hải`), or None when `text` is no such signature."""
    text = text.strip()
    found = _SIGNED.match(text)
    if found is None or len(text.split()) > _LONGEST:
        return None
    name = found.group("name")
    return text[: found.end("name")] if name.split()[0] in SURNAMES else None


def signed_at_work(text: str) -> bool:
    """`text` is an expert's signature with the workplace (`BS Phạm Thu Hiền, Bệnh viện Nhi Trung ương`)."""
    found = _SIGNED.match(text.strip())
    return expert(text) is not None and found is not None and found.group("place") is not None


# A signature's title opening a sentence (or the text), where the page's words may run on after it.
_OPENING = re.compile(rf"(?:^|(?<=[.!?…]\s)){_TITLE}\s+{_WORD}")


def signature_starts(text: str) -> list[int]:
    """Where a sentence of `text` opens with a profession's title and a name in capitals, as an expert's
    signature does (`Chúc bé mau khỏe! ThS.BS Lê Thu Vân, Khoa Nhi …`): `widgets` looks there for the
    page's buttons run on after the signature in a one-line body (`… Bệnh viện Xanh Pôn Gửi câu hỏi
    cho bác sĩ`); `expert` says whether the words up to them are one."""
    return [m.start() for m in _OPENING.finditer(text)]
