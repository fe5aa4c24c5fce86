"""A related list's header set alone between two paragraphs (`Bài viết cùng chuyên mục`) that the
scraper ran into the story's next line: when what follows the header is ONE sentence ending with its
stop and stating something after a colon (`Bảng giá ngô hạt ngày 15/10: 6.200 đồng/kg (loại 1).`,
`Ông A nói: “…”.`), it is the story's, not a headline (a headline has no full stop): the header is cut
off it and goes alone, the sentence is judged on its own. A headline run into a footer's sentence
(`Tin mới nhất Thép Xanh … mở bán vé … Câu lạc bộ Bóng đá Thép Xanh Nam Định.`) has no colon and stays
whole, as before; a borderline unit stays."""

from __future__ import annotations

from ..core.sentences import ends_sentence, last_sentence_start
from .furniture import Unit, opens_list
from .vocabulary import RELATED_HEADERS

_HEADERS = sorted(RELATED_HEADERS, key=len, reverse=True)


def _header(text: str) -> str | None:
    """The related list's header `text` opens with, a capital after it."""
    folded = text.casefold()
    for header in _HEADERS:
        if folded.startswith(header.casefold() + " ") and text[len(header) + 1 :][:1].isupper():
            return text[: len(header)]
    return None


def _stated(rest: str) -> bool:
    """`rest` is one sentence with its stop, of eight words or more, stating something after a colon."""
    head, colon, tail = rest.partition(": ")
    return (
        ends_sentence(rest)
        and last_sentence_start(rest) == 0
        and len(rest.split()) >= 8
        and bool(colon)
        and len(head.split()) >= 2
        and len(tail.split()) >= 3
    )


def header_sentence_apart(units: list[Unit]) -> list[Unit]:
    """Each unit opening with a related list's header before one stated sentence, cut in two."""
    out: list[Unit] = []
    for unit in units:
        header = _header(unit.text) if unit.keep and opens_list(unit.text) else None
        rest = unit.text[len(header) :].strip() if header else ""
        if header and _stated(rest):
            out += [Unit(unit.block, header), Unit(unit.block, rest)]
        else:
            out.append(unit)
    return out
