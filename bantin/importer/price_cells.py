"""A trading site's price cells and chart buttons set in the story: a coin's or a share's code, its
price and its change (`HYPE $9,84 +48,2%`, `FPT 137.500 ▲ 2.000 (1,48%) KL: 4,2 triệu`, `VESAF 28.460 đ
+0,6% DCDS 98.120 đ +0,4%`, under a board's header `Mã | Giá | 24h | 7 ngày`), and a price chart's range
buttons (`1H 24H 7D 1M 1Y Tất cả`, `Biểu đồ VN-Index 1D 1W 1M 3M 1Y`), which a one-line scrape runs
into the next paragraph. A writer never prints a code, a price and a signed change side by side with no
word, comma or stop between (`FPT tăng 1,5% lên 137.500 đồng`, `VCB 92.300 (+2,1%), BID …` are
sentences and lists, `listed_figures`), nor three ranges of a chart in a row. The unit stands between a
sentence's stop (or the text's start) and the next sentence's capital; one with words of prose around
it is left alone (a borderline unit is kept). A box of the day's prices or rates is one too: its label,
then figures, codes and units only (`Giá vàng hôm nay: SJC mua 83,5 - bán 85,5 triệu đồng/lượng`, `Tỷ
giá hôm nay: USD 21.850 LAK | VND 0,86 LAK`, a bank's quote: `Tỷ giá USD hôm nay: Vietcombank mua 25.150 - bán
25.512`), where a story's line says in words what they did."""

from __future__ import annotations

import re

from ..core.sentences import sentence_after

__all__ = ["PRICE_CELLS", "price_cell_cuts", "price_cells"]

#: The reason such a unit is the site's.
PRICE_CELLS = "a trading site's price cells, chart buttons or rates of the day between the story's paragraphs"

_CODE = r"[A-Z][A-Z0-9]{1,5}(?:-[A-Z][A-Za-z]*)?"  # `BTC`, `VESAF`, `VN-Index`
_PRICE = r"\$?\d[\d.,]*(?:\s?(?:\$|đ|USD))?"
_CHANGE = r"(?:[▲▼]\s*)?\(?[+\-−]?\d[\d.,]*%?\)?"
# its volume and the time it was updated (`KL: 4,2 triệu`, `Khối lượng 1.200 Cập nhật 14:45`)
_VOLUME = r"(?:\s+(?:KL|Khối lượng):?\s*\d[\d.,]*(?:\s(?:triệu|nghìn|tỷ))?)?(?:\s+Cập nhật\s+\d{1,2}:\d{2})?"
_CELL = rf"{_CODE}\s+{_PRICE}(?:\s*{_CHANGE}){{1,3}}{_VOLUME}"
_HEADER = r"(?:Mã(?:\s*\|\s*[^|\s][^|]{0,8}?){2,}\s+)?"  # `Mã | Giá | 24h | 7 ngày`
_CELLS = rf"{_HEADER}{_CELL}(?:\s*\|?\s*{_CELL})*"
_RANGES = r"(?:Biểu đồ(?:\s+\S+){0,2}\s+)?\d{1,2}[HDWMY](?:\s+\d{1,2}[HDWMY]){2,}(?:\s+Tất cả)?"
# A price or rate box of the day: its label, then figures, codes and units only (`Giá vàng hôm nay: SJC mua
# 83,5 - bán 85,5 triệu đồng/lượng`, `Tỷ giá hôm nay: USD 21.850 LAK | VND 0,86 LAK`); a story's line says
# what the figures did (`Giá cà phê hôm nay: Tăng vọt, …`), in words.
_RATE_LABEL = (
    r"(?:Tỷ giá(?:\s[A-Z]{3})?|Lãi suất|Giá(?:\s[a-zà-ỹđ]+){1,2})\s+hôm nay:"  # `Tỷ giá USD hôm nay:`
)
# … or with no `hôm nay`, a widget's bare label (`Tỷ giá:`, `Giá cổ phiếu HAG:`) when its figures show
# what no line of a story prints: a pipe between two rates, an equals sign between a code's amount and
# another's (`1 USD = 26.285 VND | 1.000 LAK = 1.182 VND`), or a signed change in brackets (`13.450 đ
# (+1,13%)`); a story's line of figures ends on its stop, and the unit must end before a capital.
_BARE_LABEL = r"(?:Tỷ giá|Lãi suất|Giá cổ phiếu)(?:\s[A-Z]{3})?:"
_RATE_VALUE = (  # a bank's name before its buying rate too (`Vietcombank mua 25.150`)
    r"(?:[A-Z][A-Z0-9]{1,5}|[A-Z][a-z]+(?=\smua\s)|\d[\d.,]*%?|\([+\-−]\d[\d.,]*%\)|[-–|=]|mua|bán|"
    r"triệu|nghìn|tỷ|(?:đồng|đ|kíp|USD)(?:/[a-zà-ỹđ]+)?)"
)
_RATES = rf"(?:{_RATE_LABEL}|{_BARE_LABEL})(?:\s+{_RATE_VALUE}){{2,16}}"
_WIDGET_MARK = re.compile(r"\s\|\s|\s=\s|\([+\-−]\d[\d.,]*%\)")
_UNIT = re.compile(
    rf"(?:^|(?<=[.!?…”\"]\s)|(?<=[.!?…]))(?:{_CELLS}|{_RANGES}|{_RATES}(?!\S))"
)  # `năm.Mã | Giá …` glued


def _changed(unit: str) -> bool:
    """A chart's ranges, or cells whose change is signed or has its arrow and is said in per cent."""
    if re.fullmatch(_RANGES, unit):
        return True
    if re.fullmatch(_RATES, unit):  # a bare label's figures must show a widget's mark
        return re.match(_RATE_LABEL, unit) is not None or _WIDGET_MARK.search(unit) is not None
    return "%" in unit and bool(re.search(r"[▲▼]|[+\-−]\d", unit))


def _spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for found in _UNIT.finditer(text):
        if not _changed(found.group()):
            continue
        rest = text[found.end() :].lstrip()
        if not rest or rest[:1].isupper() or rest[:1] in '"“':  # the next sentence opens, or nothing
            spans.append(found.span())
    return spans


def price_cell_cuts(text: str) -> set[int]:
    """Where such a unit starts and ends inside a paragraph; a strip of cells opening the text is the
    page's header's, which `units._peel` takes off with the menu after it (`BTC $97.450 +2,3% … Coin68
    Tin tức …`), unless a whole sentence follows it (`… +12,3% Tổng vốn hóa stablecoin đạt …`)."""
    return {i for span in _spans(text) if span[0] > 0 or _sentence_on(text, span[1]) for i in span}


def _sentence_on(text: str, at: int) -> bool:
    """A whole sentence opens at `at`: its capital, a word in lower case after it (no menu's capitals)."""
    words = text[at:].split()
    return len(words) > 1 and words[1][:1].islower() and sentence_after(text, at, 8) is not None


def price_cells(text: str) -> bool:
    """`text` is such a unit, whole."""
    stripped = text.strip()
    return any(start == 0 and end == len(stripped) for start, end in _spans(stripped))
