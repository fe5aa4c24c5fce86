"""A securities site's board of quotes and its row of share codes, run into the story on a one-line page.

A board (`Mã CK Giá Thay đổi KLGD PVS 41.200 +1.600 8.520.100 PVD 29.650 +1.000 6.104.300 …`) is rows
of a share's code, its price and its signed change (a volume after it or none), under a few column
labels: two rows of that shape at least, with no stop, comma or verb between them, which no sentence
of a story writes (a story names its figures in words: `PVS tăng 4,1%, PVD tăng 3,5%`). A row of codes
(`Xem thêm mã FPT CMG ELC ITD`, a watchlist's links) is three codes or more one after the other with no
comma nor `và` between them, under a link's label of a few words ending in small letters (not a
name in capitals, `HOA MAI LINH`, nor a credit, `Theo AFP BBC CNN`); a story lists shares with commas
(`VCB, BID và CTG`). Each is cut from the sentence after it, which starts in a capital, and goes
as the site's (`board_cuts`, `quote_board`). A story's own table printed as a table keeps its cells on
lines of their own, and a table flattened with no signed change in it (a bank's rates: `ABBank 5,7
NCB 5,6`) is no board: it stays."""

from __future__ import annotations

import re

from ..core.text import CAPITALS, SMALL_LETTERS
from .furniture import signals

__all__ = ["REASON", "board_cuts", "quote_board"]

REASON = "a board of share quotes or a row of share codes (links of a securities site)"

_CODE = r"[A-Z][A-Z0-9]{2}"  # a listed share's code: `PVS`, `E1V`, three characters, a capital first
_FIGURE = r"\d[\d.,]*"
_PRICE = r"\d{1,3}(?:[.,]\d+)+"  # `41.200`, `22,35`: a league's table (`HAG 10 +5 18`) has no price
# A row: code, price, signed change (`+1.600`, `-0,3%`, `(+1,2%)` after it), a volume or none.
_ROW = rf"{_CODE}\s+{_PRICE}\s+[+\-−]{_FIGURE}%?(?:\s+\([+\-−]?{_FIGURE}%\))?(?:\s+{_FIGURE}(?![\d.,]*%))?"
_BOARD = re.compile(rf"(?<!\S){_ROW}(?:\s+{_ROW})+")
# Three codes or more in a row, nothing between them (`FPT CMG ELC ITD`, `AAPL MSFT NVDA`); no channels'
# call signs (`HTV7 HTV9 HTV`), which carry a figure.
_CODES = re.compile(r"(?<!\S)[A-Z]{3,4}(?:\s+[A-Z]{3,4}){2,}(?!\S)")
# The next sentence: a word in a capital, then one in small letters (`Khối ngoại`, `Cục Dự trữ`), up to
# its stop (its figures' dots inside, `1.200 tỷ`), which must read as prose.
_NEXT = re.compile(rf"\s+[{CAPITALS}]\S*\s+(?:[{CAPITALS}]\S*\s+)?[{SMALL_LETTERS}].*?[.!?…](?=\s|$)")
_LABEL_WORDS = 6  # a board's column labels, a row's link label: a few words


def board_cuts(text: str) -> set[int]:
    """Where a board or a row of codes ends, when the next sentence follows it in the same unit."""
    cuts = set()
    for pattern in (_BOARD, _CODES):
        for m in pattern.finditer(text):
            after = _NEXT.match(text, m.end())
            if after and signals(after.group()).prose:
                cuts.add(m.end())
    return cuts


def quote_board(text: str) -> bool:
    """`text` is a board of quotes or a row of codes, whole: a few labels with no figure, then the rows."""
    text = text.strip()
    found = _BOARD.search(text) or _CODES.search(text)
    if not found or found.end() != len(text):
        return False
    labels = text[: found.start()].split()
    if found.re is _CODES and not (labels and labels[-1].rstrip(":").islower()):
        return False  # a link's label before them (`Xem thêm mã`); not a name or a credit (`Theo BBC CNN`)
    return len(labels) <= _LABEL_WORDS and not any(c.isdigit() or c in ",.;!?" for w in labels for c in w)
