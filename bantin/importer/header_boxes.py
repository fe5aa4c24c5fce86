"""A provincial site's boxes in its header, run into the menu and the lead on a one-line scrape: the
province's or the site's hotline (`Đường dây nóng của Đài: 0216.3852.888`, `Tổng đài bảo vệ trẻ em 111`,
`Hotline hỗ trợ nhà đầu tư: 0261.3544.888`), the weather with its label (`Dự báo thời tiết Cao Lãnh:
34°C, nắng nóng`, a port's sea: `Thời tiết cảng: Gió Đông Bắc cấp 4, sóng 1,5 m`) and the day's prices
and rates (`Giá vàng SJC: Mua 66.550.000 Bán 67.150.000`, `Tỷ giá USD: Mua 24.070 Bán 24.440`, `Giá lúa
hôm nay: IR 50404 7.400 đ/kg; OM 18 7.800 đ/kg`, a bank's `Lãi suất tiết kiệm 12 tháng: 5,6%/năm`).

What tells them is where they stand and their shape: in the page's head, before the first sentence's
stop, a label in title case and its figures, then a word in a capital (the menu's next item or the lead).
Each such run is a unit of its own, cut at both ends, for the header's readers (`page_header`) and the
detector to judge. The story's own hotline and prices are said in its sentences, after its first stop
(`… phản ánh qua đường dây nóng 0296.3861.234 của Ban tổ chức.`, `Giá xoài tại vườn hiện nay: …`)."""

from __future__ import annotations

import re

from ..core.sentences import sentence_starts
from ..core.text import CAPITALS
from .weather_widgets import WEATHER_RUN

__all__ = ["header_box_alone", "header_box_cuts"]

_CAP = rf"[{CAPITALS}]"
_NUMBER = r"\+?\d[\d.]{1,14}\d"  # `111`, `1022`, `0216.3852.888`
_HOTLINE = rf"(?:Đường dây nóng|Hotline|Tổng đài)(?:\s[^\W\d_]+){{0,6}}\s*:?\s{_NUMBER}"
_FIGURE = r"\d[\d.,]*(?:\s?(?:đ|đồng|VNĐ|VND)(?:/[^\W\d_]+)?)?"
_PRICE = (
    rf"(?:Giá vàng|Tỷ giá(?: ngoại tệ)?|Giá [^\W\d_]+(?: [^\W\d_]+)? hôm nay)(?:\s{_CAP}[^\W_]*){{0,2}}\s*:?"
    rf"(?:\s*[;,|–-]?\s*(?:(?:Mua|Bán|{_CAP}[^\W_]*)\s){{0,2}}{_FIGURE})+"
)
# A bank's rate (`Lãi suất tiết kiệm 12 tháng: 5,6%/năm`).
_RATE = r"Lãi suất(?: [^\W\d_]+){0,3}(?: \d{1,2} tháng)?:\s\d{1,2}(?:,\d{1,2})?\s?%(?:/năm)?"
_BOX = rf"(?:{_HOTLINE}|{_PRICE}|{_RATE}|{WEATHER_RUN})"
# A run of boxes opening the text or after a word or a bracket (`(22/8 Âm lịch) Cà Mau 29°C`: the place
# whole), taken whole (`AQI 112 Trung bình` is not cut before its level, `Hà Nội 16°C Sương mù` before its
# icon), a capital after it (or glued to it: `… sóng 1,5 mSáng 2/12, …`): no other box's item, a word
# and its figure (`… Gió Đông Bắc 12 km/h Sóng 2,5 m`, `… Sương mù Xem thời tiết 10 ngày`), whose run it
# would part.
_RUN = re.compile(
    rf"(?:^|(?<=\S\s))(?P<run>(?>{_BOX}(?:\s+{_BOX})*))(?=\s*{_CAP})"
    rf"(?!\s+{_CAP}[^\W\d_]*(?:\s+[^\W\d_]+){{0,2}}\s+\d)"
)


def header_box_cuts(text: str) -> set[int]:
    """Where each run of the site's header boxes before the text's first stop starts and ends."""
    starts = sentence_starts(text)
    head = text[: starts[0]] if starts else text
    cuts: set[int] = set()
    for m in _RUN.finditer(head):
        cuts.update(m.span("run"))
    return cuts


_WHOLE = re.compile(rf"{_BOX}(?:\s+{_BOX})*")


def header_box_alone(text: str) -> bool:
    """`text` is a run of the site's header boxes and nothing else (a unit `header_box_cuts` cut)."""
    return _WHOLE.fullmatch(text.strip()) is not None
