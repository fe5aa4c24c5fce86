"""A job site's offers printed inside or under a labour story: a card of fields between dashes, one of
them the pay, often a button last (`Tuyển 50 công nhân may - Lương 9-12 triệu - KCN Quang Minh -
Ứng tuyển ngay`, `Nhân viên hành chính - 10-14 triệu - Hà Nội - Ứng tuyển`, `Lái xe tải - Lương
12-15 triệu`), and a box of such offers under its header (`Việc làm mới Nhân viên kinh doanh -
Lương 10-15 triệu Kế toán tổng hợp - Lương thỏa thuận`).

Job sites and unions' and employment centres' portals put their offers between a story's paragraphs,
and a one-line body runs them into the next sentence. What gives a card away on any site is its shape:
the pay is a field of its own between dashes, labelled in a capital (`- Lương 9-12 triệu`, `- Mức
lương thỏa thuận`), or a bare range of millions with the card's button after it (`- 10-14 triệu - …
Ứng tuyển`); a story writes its pay inside a clause (`mức lương phổ biến từ 7 đến 12 triệu đồng`), in
lower case after its verb, and ends with a stop. `job_card` names such a unit (no stop, short);
`job_card_cuts` says where a card run into the next sentence ends: after its button, or after its pay
field when another card's or the story's capital follows (a borderline unit, with a stop, is kept).
"""

from __future__ import annotations

import re

from ..core.sentences import ends_sentence
from ..core.text import CAPITALS

__all__ = ["REASON", "job_card", "job_card_cuts"]

#: The reason a job offer's card goes.
REASON = "a job site's offer (its fields between dashes, the pay one of them, its button last)"

_DASH = r"\s[-–|]\s"
_MILLIONS = r"\d[\d.,]*(?:\s*[-–]\s*\d[\d.,]*)?\s*(?:triệu|tr)(?:\s*đồng)?(?:\s*/\s*tháng)?"
# The pay as a card's field, labelled in a capital (`Lương 9-12 triệu`, `Mức lương: thỏa thuận`).
_PAY_LABEL = r"(?:Lương|Mức lương|Thu nhập)\s*:?\s+(?:(?:từ|tới|đến|upto)\s+)?"
_LABELLED = rf"{_PAY_LABEL}(?:{_MILLIONS}|th[ỏo]a thuận|cạnh tranh)"
# … or a bare range of millions (`10-14 triệu`), which needs the card's button to be a card's.
_RANGE = r"\d[\d.,]*\s*[-–]\s*\d[\d.,]*\s*triệu"
_PAY = re.compile(rf"(?:^|{_DASH})(?:(?P<labelled>{_LABELLED})|{_RANGE})(?={_DASH}|\s*$|\s+[{CAPITALS}])")
# The card's button: applying, sending one's CV, ringing the employer, seeing the offer.
_BUTTON = (
    r"(?:Ứng tuyển(?: ngay)?|Nộp (?:hồ sơ|CV)(?: ngay)?|Gọi(?: ngay)?:?\s*\+?\d[\d .]{7,13}\d|"
    r"Xem (?:chi tiết|việc làm))"
)
_CLOSING = re.compile(rf"{_DASH}{_BUTTON}\s*$")
_BUTTON_RUN = re.compile(rf"{_DASH}{_BUTTON}(?=\s+[{CAPITALS}])")
_PAY_RUN = re.compile(rf"{_DASH}{_LABELLED}(?=\s+[{CAPITALS}])")
_STOP = re.compile(r"[.!?…;]\s")
_LONGEST = 30  # words: a card, never a paragraph


def job_card(text: str) -> bool:
    """Whether `text`, no sentence, is a job offer's card: its pay a field of its own, labelled, or a
    bare range of millions with the card's button last."""
    text = text.strip()
    if ends_sentence(text) or len(text.split()) > _LONGEST:
        return False
    pays = list(_PAY.finditer(text))
    return any(m.group("labelled") for m in pays) or (bool(pays) and _CLOSING.search(text) is not None)


def job_card_cuts(text: str) -> set[int]:
    """Where a job offer's card ends in `text` when more follows in a capital (the next card, the story's
    next sentence): after its button, or after its labelled pay; the card runs from the last stop."""
    cuts: set[int] = set()
    for m in [*_BUTTON_RUN.finditer(text), *_PAY_RUN.finditer(text)]:
        stops = list(_STOP.finditer(text, 0, m.start()))
        start = stops[-1].end() if stops else 0
        if job_card(text[start : m.end()]):
            cuts.update((start, m.end()) if start else (m.end(),))
    return cuts
