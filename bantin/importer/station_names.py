"""A radio or television station's own name over its page (`Đài PT-TH Lạng Sơn`, `Đài Phát thanh và
Truyền hình Nghệ An`, `Truyền hình Đắk Lắk`, `Đồng Nai TV`), which its address need not spell
(dnrtv.org.vn, langsontv.vn): a provincial station is called by its kind and its province.

The name is a station's word (`Đài PT-TH`, `Đài Phát thanh - Truyền hình`, `Truyền hình`, `Phát
thanh`) and the place's words in capitals after it, or the place's words before `TV`. Its menu runs on
after it in title case (`… Lạng Sơn Trang chủ Kinh tế`): the place ends before a word in capitals with
a word in lower case after it (`Trang chủ`, `Kinh tế`), an item of the menu, not a place's name. So
`mastheads.peel_masthead` takes the name off when the page's address does not spell it, and a unit
that is only the name with the page's buttons after it (`Đài PT-TH Lạng Sơn Trang chủ`) is the
page's header, no credit. A host of a place's letters and `tv` (camautv.vn) is the station of that
place, whose footer signs with its whole name (`Đài Phát thanh và Truyền hình Cà Mau.`: `hosted_by`)."""

from __future__ import annotations

import re

from ..core.text import CAPITALS, fold
from .spelled import stem
from .widgets import leading_buttons

__all__ = ["REASON", "hosted_by", "station_end", "station_header"]

REASON = "the station's name over its page, with its buttons"

_KIND = re.compile(
    r"^(?:Đài\s+(?:PT-TH|PTTH|PT&TH|Phát thanh(?:\s*(?:và|-|–)\s*Truyền hình)?|Truyền hình)|Truyền hình|"
    r"Phát thanh)\s+(?=[" + CAPITALS + r"])"
)
_TV = re.compile(r"^(?P<place>(?:[" + CAPITALS + r"][^\W\d_]*\s+){1,3})TV(?=\s|$)")
_WORD = re.compile(r"\S+")
#: The words of a province's name at most (`Thừa Thiên Huế`).
_PLACE_WORDS = 3


def station_end(text: str) -> int | None:
    """Where a station's name opening `text` ends, else None."""
    tv = _TV.match(text)
    if tv is not None:
        return tv.end()
    kind = _KIND.match(text)
    if kind is None:
        return None
    tokens = list(_WORD.finditer(text, kind.end()))
    end = None
    for n, token in enumerate(tokens[:_PLACE_WORDS]):
        word = token.group(0)
        following = tokens[n + 1].group(0) if n + 1 < len(tokens) else ""
        if not (word[:1].isupper() and word.isalpha()) or (n and following[:1].islower()):
            break  # not a place's word, or a menu's item opening (`Trang chủ`)
        end = token.end()
    return end


def station_header(text: str) -> bool:
    """`text` is a station's name and the page's buttons after it, and nothing else."""
    end = station_end(text)
    rest = text[end:].strip() if end is not None else ""
    return bool(rest) and leading_buttons(rest) >= len(rest)


def hosted_by(host: str | None, text: str) -> bool:
    """`text` is the whole name of the station whose address is `host`: a station's words (`Truyền
    hình`) and last the place that the host spells before `tv` (`Đài Phát thanh và Truyền hình Cà Mau`
    of camautv.vn); a paper of the place (`Báo Cà Mau`) is not the station."""
    letters = re.sub(r"[\W_]+", "", fold(stem(host))) if host else ""
    spelt = re.sub(r"[\W_]+", "", fold(text))
    place = letters.removesuffix("tv")
    return letters.endswith("tv") and len(place) >= 4 and "truyenhinh" in spelt and spelt.endswith(place)
