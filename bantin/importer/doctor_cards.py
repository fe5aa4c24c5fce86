"""A hospital's page signs a doctor's advice under its last item and prints the doctor's card after it.

The advice ends in a list whose items have no stop (`Không hút thuốc, hạn chế rượu bia`), the doctor
signs it with a title, the name and the workplace after a dash (`ThS.BS Đỗ Minh Khoa - Khoa Tim mạch,
Bệnh viện Hoàn Mỹ Sài Gòn`), and the site's card of that doctor follows: the same titled name again,
the speciality, the years of practice, a booking button (`ThS.BS Đỗ Minh Khoa Chuyên khoa: Tim mạch 15
năm kinh nghiệm Đặt lịch hẹn`). In a one-line body all of it is one unit, read as the story's. The
signature is cut off the item before it, where a titled name opens after a word in small letters that
is no grammar word (a sentence naming the doctor goes on `của ThS.BS …`, `theo BS …`), the name being
an expert's with the workplace after a dash (`answerers.expert`); and the card is cut off the
signature where the same titled name comes again. The item and the signature stay; the card is judged
on its own."""

from __future__ import annotations

import re

from ..core.text import normalize
from .answerers import expert
from .furniture import Unit, stopwords

__all__ = ["doctor_card_apart"]

# An abbreviated profession's title (`ThS.BS`, `BS.CKI`, `BSCKII`, `TS.BS`), the name in capitals after it.
_TITLED = re.compile(r"(?<!\S)(?:(?:GS|PGS|TS|ThS|BS|BSCKI{1,2}|CKI{1,2})\.){1,2}(?:BS|CKI{1,2})?\s+[A-ZÀ-Ỹ]")
_DASHED = re.compile(r"^\S+(?:\s+\S+){2,4}\s+[-–]\s+(?:Khoa|Phòng|Bệnh viện|Trung tâm|Viện|Đơn vị|Bộ môn)\s")


def doctor_card_apart(units: list[Unit]) -> list[Unit]:
    """`units` with the doctor's signature run on after the advice's last item, and the card after it,
    each a unit of its own."""
    out: list[Unit] = []
    for unit in units:
        out.extend(Unit(unit.block, piece) for piece in _pieces(unit.text))
    return out


def _pieces(text: str) -> list[str]:
    grammar = stopwords()
    starts = [m.start() for m in _TITLED.finditer(text)]
    for start in starts:
        before = text[:start].split()
        if not before or not before[-1][-1:].isalpha() or not before[-1][:1].islower():
            continue  # a title opening the unit, or after a stop or a comma
        if normalize(before[-1].lower()) in grammar or not _DASHED.match(text[start:]):
            continue
        signature = text[start:]
        name = expert(re.split(r"\s[-–]\s", signature, maxsplit=1)[0])
        again = signature.find(name, len(name)) if name else -1
        if again > 0:
            return [text[:start].strip(), signature[:again].strip(), signature[again:].strip()]
        return [text[:start].strip(), signature.strip()]
    return [text]
