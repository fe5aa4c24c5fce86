"""A fundraising site's campaign box printed in and around the story: its running total against its
target (`Đã quyên góp 215.400.000đ / 600.000.000đ`, `Đã nhận 186.500.000đ`), how far it has come
(`36% hoàn thành`), its count of gifts (`1.245 lượt ủng hộ`), the days left (`Còn 12 ngày`), its
buttons (`Ủng hộ ngay`, `Quyên góp`, `Sao kê chiến dịch`, `Chia sẻ chiến dịch`, `Xem danh sách ủng
hộ`) and its QR widget (`Quét mã QR để ủng hộ`).

Charity funds, papers' appeal pages and donation apps set this box between the appeal's paragraphs
and under it, and a one-line scrape runs it into the next sentence or after the byline with no stop
(`… càng sớm càng tốt. Đã quyên góp 215.400.000đ / 600.000.000đ 36% hoàn thành Ủng hộ ngay Bố mẹ
Khang …`, `Phạm Nga 1.245 lượt ủng hộ Còn 12 ngày`). What tells it on any such site is its shape: a
label of the gift in a capital (`Đã quyên góp`, `Đã nhận`) with a sum in a widget's currency (`đ`,
`₫`, glued to the figure) or against a target after a slash; a percentage `hoàn thành`; a count of
gifts or days with no verb; a button of the gift in a capital after a stop, nothing after it but the
next sentence's first word (`Ủng hộ ngay`), never a bare verb alone, which may open the story's own
sentence (`Ủng hộ Quỹ …, các doanh nghiệp …`). The story speaks of the same sums inside its sentences,
after a word in lower case and before a stop (`612 triệu đồng từ 2.830 lượt ủng hộ.`), and prints its
own appeal and the account it names (`Mọi sự giúp đỡ xin gửi về: …`, `STK …`): those stay.
`campaign_cuts` says where each item run into the text starts and ends, `campaign_box` names a unit
that is such items only."""

from __future__ import annotations

import re

from ..core.text import CAPITALS, SMALL_LETTERS
from .campaign_calls import CAMPAIGN_CALL, GIFT, campaign_call, campaign_call_cuts, lone_button

__all__ = ["CAMPAIGN_BOX", "campaign_box", "campaign_boxes", "campaign_cuts"]

#: The reason such a unit goes.
CAMPAIGN_BOX = "a fundraising campaign's box (its running total, its count of gifts, its buttons)"

_MONEY = r"\d[\d.,]*\s?(?:đ|₫|VNĐ|VND|đồng)(?!\w)"
_WIDGET_MONEY = r"\d[\d.,]*(?:đ|₫)(?!\w)"  # `186.500.000đ`: a widget's, a story writes `186,5 triệu đồng`
_RAISED = r"(?:Đã quyên góp|Đã gây quỹ|Đã ủng hộ|Đã nhận|Đã huy động|Đã đạt)(?: được)?"
_ITEMS = (
    # The running total: against its target after a slash, or alone in a widget's currency.
    rf"{_RAISED}\s*:?\s*(?:{_MONEY}\s*/\s*{_MONEY}|{_WIDGET_MONEY})",
    r"\d{1,3}(?:[.,]\d+)?\s?%\s+(?:hoàn thành|mục tiêu)",  # `36% hoàn thành`
    r"\d[\d.,]*\s+(?:lượt ủng hộ|lượt quyên góp|lượt đóng góp|người ủng hộ|nhà hảo tâm)",  # `1.245 lượt …`
    r"Còn\s+\d{1,3}\s+ngày",  # the days left
    rf"{GIFT}(?: ngay)?",  # the buttons
    r"(?:Xem )?[Ss]ao kê(?: chiến dịch)?",
    r"Chia sẻ chiến dịch",
    r"Xem danh sách (?:ủng hộ|nhà hảo tâm|quyên góp)",
    r"Đã kết thúc",
)
_ITEM = re.compile(r"(?<!\S)(?:" + "|".join(_ITEMS) + r")(?!\S)")
# A button of the gift alone is a box's only after a stop and before the next sentence (`Ủng hộ ngay`);
# the figures are the box's wherever a stop, another item or a title-case word borders them.
_BUTTON = re.compile(rf"(?:{GIFT}|Xem |[Ss]ao kê|Chia sẻ|Đã kết thúc)")
# … and a button of a bare verb (or a bare noun) only alone or beside the box's figures: run into a
# sentence it may be that sentence's own first words (`Ủng hộ Quỹ Vì người nghèo, các doanh nghiệp …`).
_BARE = re.compile(rf"(?:{GIFT}|[Ss]ao kê|Đã kết thúc)")
_TITLED = re.compile(rf"[{CAPITALS}][{SMALL_LETTERS}]")
# The QR widget: a call to scan with no stop (`Quét mã QR để ủng hộ`).
_QR = re.compile(r"^Quét mã QR\b[^.!?]{0,40}$")


def _items(text: str) -> list[tuple[int, int]]:
    """The spans of the box's items in `text` that stand as a box's: each bordered before by the start,
    a stop, another item or a word in title case (a byline), and after by the end, another item or a
    word in title case; a button alone in the text needs a stop before it and the next sentence after it,
    and is never a bare verb (`Ủng hộ`), which opens a sentence as well."""
    found = [m.span() for m in _ITEM.finditer(text)]
    spans = []
    for k, (start, end) in enumerate(found):
        before, after = text[:start].rstrip(), text[end:].lstrip()
        prev_word = before.split()[-1] if before else ""
        after_item = k > 0 and not text[found[k - 1][1] : start].strip()
        before_item = k + 1 < len(found) and not text[end : found[k + 1][0]].strip()
        opens = not before or before[-1] in '.!?:"”' or after_item or bool(_TITLED.match(prev_word))
        closes = not after or before_item or bool(_TITLED.match(after))
        if not (opens and closes):
            continue
        if _BUTTON.match(text, start) and not after_item and not before_item and (before or after):
            if _BARE.fullmatch(text, start, end):  # `Ủng hộ Quỹ Vì người nghèo, …`: a sentence's verb
                continue
            if before and (before[-1] not in '.!?"”' or not after):  # `… tốt. Ủng hộ ngay Bố mẹ …`
                continue
        spans.append((start, end))
    return spans


def campaign_cuts(text: str) -> set[int]:
    """Where each item of a campaign's box run into `text` starts and ends."""
    return {i for span in _items(text) for i in span} | campaign_call_cuts(text)


def campaign_box(text: str) -> bool:
    """`text` is a campaign box's items and nothing else, or its QR widget."""
    stripped = text.strip()
    if _QR.match(stripped):
        return True
    spans = _items(stripped)
    if not spans:
        return False
    rest = stripped
    for start, end in reversed(spans):
        rest = rest[:start] + " " + rest[end:]
    return not rest.strip()


def campaign_boxes(kinds: list[tuple[str, str]], texts: list[str]) -> list[tuple[str, str]]:
    """`kinds` with each unit that is a campaign's box judged chrome, `CAMPAIGN_BOX`."""
    kinds = [("chrome", CAMPAIGN_BOX) if campaign_box(t) else k for t, k in zip(texts, kinds, strict=True)]
    for i, text in enumerate(texts):  # a campaign's slogan or pledge, and a button right under one
        if campaign_call(text) or (i and kinds[i - 1] == ("chrome", CAMPAIGN_CALL) and lone_button(text)):
            kinds[i] = ("chrome", CAMPAIGN_CALL)
    return kinds
