"""The publisher a page says it belongs to when no `Source:` line, credit or table names it: the
owner its copyright line states (`Bản quyền thuộc Báo Hải Phòng`, `© Bản quyền thuộc Sở Y tế tỉnh Hà
Nam. Ghi rõ nguồn …`), and a name of the publishers' table signing news-please's description (`… vốn
vay ưu đãi. - Phụ nữ Việt Nam`).

A copyright line is the one place a site prints, in words, whose the page is: it outranks a bare
web address (`vja.org.vn`), never a name the scraper or the table gives. Only an owner that opens as
a newsroom or an office does (`Báo`, `Tạp chí`, `Đài`, `Cổng thông tin`, `Sở`, `Bộ`, `Hội`, `Trường`,
`Đại học` …) is taken: a company's (`Công ty Cổ phần …`) owns a site, it is not what readers call it.
A description's signature of a few words may be its writer's (`- Minh Anh`), so it counts only when
the editors' table knows the name."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..core.text import CAPITALS

# `Bản quyền thuộc …`, `Bản quyền thuộc về …`, `© Bản quyền của …`, `Copyright © 2024 thuộc …`.
_OWNED = re.compile(
    r"(?:bản\s+quyền|copyright)\s*(?:©\s*)?(?:\d{4}\s+)?(?:thuộc(?:\s+về)?|của)\s+(?P<name>[^\n]+)",
    re.IGNORECASE,
)
# A newsroom's or an office's name opens so (then a capital: `Báo Hải Phòng`, `Sở Y tế tỉnh …`).
_OFFICE = re.compile(
    r"^(?:Báo|Tạp chí|Đài|Cổng|Trang|Thông tấn xã|Sở|Bộ|Hội|Trường|Đại học|Học viện|Viện|Ủy ban|UBND|"
    r"Tổng cục|Cục|Ban|Liên đoàn|Trung tâm)\s+(?:(?:điện tử|thông tin(?:\s+điện tử)?|tin)\s+)?["
    + CAPITALS
    + r"]"
)
# Where the name ends: a stop, a separator, a bracket, a label of the footer (`Tổng biên tập:`) or a
# number (the address run on after it: `… Hà Nội 144 Xuân Thủy, Cầu Giấy`); a station's name keeps its
# dash (`Đài Phát thanh - Truyền hình Đồng Nai`), a name its last word before a stop (`… Việt Nam. Địa
# chỉ:`: a label's words hold no stop).
_END = re.compile(
    r"\s*(?:[.,;:|()\[\]©]|\s[-–—]\s(?!Truyền hình\b)|\s(?=[^\s.;]+(?:\s[^\s.;]+){0,2}:)|\s(?=\d)).*$"
)
# A description signed with a site's name: `… ưu đãi. - Phụ nữ Việt Nam`.
_SIGNED = re.compile(r"[.!?…”\"]\s+[-–|]\s+(?P<site>[^\W_][^.!?,;:()]{0,38}?)\s*$")


def copyright_owner(texts: Iterable[str]) -> str | None:
    """The owner the page's last copyright line names, as it prints it, when it is an office's name
    of at most ten words."""
    found = None
    for text in texts:
        for match in _OWNED.finditer(text):
            name = _END.sub("", match.group("name")).strip()
            if _OFFICE.match(name) and len(name.split()) <= 10:
                found = name
    return found


def signed_description(lead: str | None, known: Iterable[str]) -> str | None:
    """The name of the table's that signs the description (`lead`), else None."""
    match = _SIGNED.search(lead or "")
    site = match.group("site").strip() if match else None
    return site if site and site in set(known) else None


# A local portal's name (`Trang thông tin điện tử phường Tân Phong`), the unit it serves after its kind.
_PORTAL = re.compile(
    r"^(?:Cổng|Trang) thông tin(?: điện tử)? "
    r"(?P<unit>(?:xã|phường|thị trấn|thị xã|huyện|quận|thành phố|tỉnh)\s.+)$",
    re.IGNORECASE,
)
# The unit's office signing a story of its portal (`UBND phường Tân Phong`, `Văn phòng HĐND-UBND huyện …`).
_UNITS_OFFICE = re.compile(
    r"^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Văn phòng (?:HĐND\s*(?:và|-|–)\s*)?UBND)\s+(?=\S)"
)


def runs_the_site(credit: str, site: str | None) -> bool:
    """`credit` is the office that runs the portal `site` names (`Nguồn: UBND phường Tân Phong` on the
    `Trang thông tin điện tử phường Tân Phong`): the page's own, no other publisher it took the story from."""
    portal = _PORTAL.match(site or "")
    office = _UNITS_OFFICE.match(credit)
    return bool(portal and office and credit[office.end() :].strip().casefold() == portal["unit"].casefold())
