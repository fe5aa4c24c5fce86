"""The site describing itself or signing off before its footer (`Báo Nghệ An - Cơ quan của Đảng bộ…`,
`… khu du lịch sinh thái Báo Thanh Hóa điện tử.`, `Báo Quảng Trị - Thông tin chính thống.`): where a
unit has it, and the unit cut there (`describes_itself_apart`), so headlines run into it go apart."""

from __future__ import annotations

import re
from typing import Protocol

from ..core.sentences import PREPOSITIONS, ends_sentence
from ..core.text import fold
from ..tagging.gazetteer import place
from ..tagging.kinds import ORG_HEADS
from .bylines import parse_byline
from .edges import headlines
from .furniture import Unit, key
from .menus import CLAUSE
from .placed import PLACED
from .spelled import spells, stem
from .vocabulary import RELATED_LEADS, as_headers

__all__ = ["SIGNS_OFF", "PageSite", "describes", "describes_itself_apart", "names_itself", "signs_off"]


class PageSite(Protocol):
    """The page's own site as the passes that read it need it (`chrome.Site`)."""

    host: str | None
    name: str | None
    menu: tuple[str, ...]

    def called(self, text: str) -> bool: ...


# A site describing itself before its footer: `Báo Hànộimới - Cơ quan của Đảng bộ…`, `Báo Công an
# nhân dân là cơ quan ngôn luận của…`, `Tạp chí X, diễn đàn của…`.
_DESCRIBES = re.compile(
    r"(?<!\w)(?P<name>(?:Báo|BÁO|Thời báo|Tạp chí|Đài|Cổng thông tin|Trang thông tin)(?: điện tử)?\s+"
    r"[^,.;:]{2,40}?)"
    r"(?:\s*[-–,]\s*|\s+là\s+)(?:[Cc]ơ quan|CƠ QUAN|[Tt]iếng nói|[Dd]iễn đàn)(?!\w)|"
    # … or by its name alone, when that is the site's (`ĐẸP là tạp chí phong cách sống hàng đầu`,
    # `Hà Nội Mới - Cơ quan của Đảng bộ …`)
    r"^(?P<alone>[^\s,.;:]+(?:\s+[^\s,.;:]+){0,3}?)\s+là\s+(?:tạp chí|báo|trang tin|kênh thông tin)(?!\w)|"
    r"^(?P<bare>[^\s,.;:–-]+(?:\s+[^\s,.;:–-]+){0,3}?)\s*[-–]\s*(?:Cơ quan|CƠ QUAN|Tiếng nói)(?!\w)"
)


# A section site describing itself as another paper's (`BizLIVE - Chuyên trang của Báo điện tử Tri thức
# Việt`): the word before the dash is the site's own name (`PageSite.called`), wherever the unit has it.
_SECTION_OF = re.compile(
    r"(?<!\S)(?P<name>\S+)\s*[-–]\s*"
    r"(?:Chuyên trang|CHUYÊN TRANG|Trang tin|Kênh thông tin)\s+(?:của|thuộc)(?!\w)"
)


# The site's name closing a unit, as a footer's first line prints it (`Báo Thanh Hóa điện tử.`), or
# with its slogan (`Báo Quảng Trị - Thông tin chính thống.`).
SIGNS_OFF = re.compile(
    r"(?<!\w)(?P<name>(?:Báo|BÁO|Tạp chí|Đài|Cổng thông tin|Trang thông tin)(?: điện tử)?\s+[^,.;:]{2,40}?)"
    r"(?:\s+(?:điện tử|online|Online))?(?P<slogan>\s+[-–]\s+[^,.;:]{2,40})?\s*\.?$"  # … its slogan
)


# A related link's label, a unit of its own (`Xem thêm`, `Tin liên quan:`).
_LINK_LABEL = re.compile(r"(?:" + as_headers(RELATED_LEADS) + r")\s*:?")

# Who made a work, before the paper they work for (`… của nhóm tác giả Báo Bình Phước.`).
_WRITERS = frozenset({"tác giả", "phóng viên"})


def describes(text: str, site: PageSite) -> re.Match[str] | None:
    """Where `text` has the site describe itself (`Báo Nghệ An - Cơ quan của Đảng bộ…`), if it does."""
    section = _SECTION_OF.search(text)
    if section is not None and (site.host or site.name) and site.called(section.group("name")):
        return section
    found = _DESCRIBES.search(text)
    if found is None:
        return _named_before(text, site)
    if found.group("bare"):  # the name alone spelling the site's whole (`Hà Nội Mới` of hanoimoi.vn)
        names = {key(stem(site.host))} if site.host else set()
        return found if key(found.group("bare")) in names | {key(site.name or "")} else None
    if site.host or site.name:
        return found if site.called(found.group("name") or found.group("alone")) else None
    if found.group("alone"):
        return None  # a name alone says nothing on a page that does not say whose it is
    return found if found.start() == 0 else None  # a page that does not say whose it is: a line of its own


# The description after the site's own name and a dash (`Sống Mới - Tạp chí điện tử về phong cách sống`,
# `Tin tức Việt Nam - Trang thông tin điện tử tổng hợp`), or its address (`Bảo tàng Dân tộc học Việt Nam
# - Đường Nguyễn Văn Huyên, Cầu Giấy, Hà Nội`, `… - Số 12 Lê Lợi …`), as a footer's first line prints it.
_DESCRIPTION = re.compile(
    r"\s+[-–]\s+(?:Cơ quan|Trang thông tin|Trang tin|Tạp chí|Chuyên trang|Kênh thông tin"
    r"|(?P<address>Đường|Địa chỉ|Số \d+))(?!\w)"
)
_AT = re.compile(r"\S")
_HEAD_WORDS = frozenset(head.split()[0] for head in ORG_HEADS)  # a body's name holding the site's


def _named_before(text: str, site: PageSite) -> re.Match[str] | None:
    """Where the site's own name, with no `Báo` before it, opens its description inside `text` (`… làm
    giả sổ đỏ Tin tức Việt Nam - Trang thông tin điện tử tổng hợp.`, on tintucvietnam.vn): the words
    before the dash that spell the whole of the site's name or its address's (not a name holding it,
    `Bộ Tài chính` of a paper called `Tài chính`), in title case; a page naming no site has none."""
    names = {key(stem(site.host))} if site.host else set()
    names |= {key(site.name)} if site.name else set()
    for dash in _DESCRIPTION.finditer(text):
        tokens = list(re.finditer(r"\S+", text[: dash.start()]))
        for k in range(max(0, len(tokens) - 8), len(tokens)):
            spelt = text[tokens[k].start() : dash.start()]
            held = k > 0 and tokens[k - 1].group(0).strip(",") in _HEAD_WORDS  # `Bộ Tài chính`
            # the address after the story's last sentence only (`… 12/2024. Bảo tàng … - Đường …`): after
            # other stories' headlines, the box and the footer go together
            before = text[: tokens[k].start()].strip()
            told = not (dash.group("address") and before) or ends_sentence(before)
            if spelt[:1].isupper() and len(key(spelt)) >= 4 and key(spelt) in names and not held and told:
                return _AT.match(text, tokens[k].start())
    return None


def names_itself(text: str, site: PageSite) -> bool:
    """The unit is the site's own name: signing off (`Báo Thanh Hóa điện tử.`), or the name alone on
    a line of its own after the story (`Người đưa tin` on the page of Người đưa tin), or alone spelling
    the site's address (`Bình Định TV` on binhdinhtv.vn, a station's name over its menu)."""
    found = SIGNS_OFF.match(text)
    if found is not None and site.called(found.group("name")):
        return True
    bare = text.strip(" .")
    if len(bare.split()) in (2, 3, 4) and spells(bare, site.host) and place(bare) is None:
        return True  # a province's site spelt by the province's name alone: a story's place too
    return bool(site.name) and len(bare.split()) <= 5 and fold(bare) == fold(site.name or "")


def signs_off(text: str, site: PageSite, label: bool = False) -> re.Match[str] | None:
    """The site's own name closing a run of other stories' headlines (`… khu du lịch sinh thái Báo
    Thanh Hóa điện tử.`), if it does; never a sentence's words (`… đăng trên Báo Thanh Hóa.`). Under a
    link's `label` (`Xem thêm` | `… lộ diện top 20 Báo điện tử Dân trí.`) one headline is enough: the
    link's, run into the masthead's form of the name that opens the footer."""
    found = SIGNS_OFF.search(text)
    if found is None or not (site.host or site.name) or not site.called(found.group("name")):
        return None
    before = text[: found.start()].strip()  # with its slogan, after anything that is no sentence
    last = before.split()[-2:]
    if last and (last[-1] in PREPOSITIONS | PLACED or " ".join(last) in _WRITERS):
        return (
            None  # the name in a sentence (`… do Báo Quảng Trị tổ chức.`, `… tại mục Thông báo trên Cổng …`)
        )
    slogan = found.group("slogan") and not ends_sentence(before) and "," not in before
    alone = label and _one_headline(before) and " điện tử" in found.group(0)  # the masthead's form
    return found if slogan or alone or headlines(before) or _signed(before) else None


def _one_headline(before: str) -> bool:
    """`before` reads as one headline: four words or more, opening with a capital, no stop nor clause."""
    words = before.split()
    return len(words) >= 4 and words[0].istitle() and not ends_sentence(before) and not CLAUSE.search(before)


def _signed(before: str) -> bool:
    """`before` is a writer's name alone, the byline the site's name is run into (`Quốc Thanh Báo
    Biên phòng.`, a one-line body): the story's last words, then the footer's first."""
    byline = parse_byline(before)
    return byline is not None and byline.author == before and len(before.split()) <= 6


def describes_itself_apart(units: list[Unit], site: PageSite) -> list[Unit]:
    """Headlines run into the site's description of itself (`… hồ Gươm Báo Hànộimới - Cơ quan của
    …`) are cut from it."""
    out: list[Unit] = []
    for i, unit in enumerate(units):
        label = i > 0 and _LINK_LABEL.fullmatch(units[i - 1].text.strip()) is not None
        found = describes(unit.text, site) or signs_off(unit.text, site, label)
        if found and found.start() > 0:
            out += [
                Unit(unit.block, unit.text[: found.start()].strip()),
                Unit(unit.block, unit.text[found.start() :]),
            ]
        else:
            out.append(unit)
    return out
