"""The name a page prints that spells its site's address: `Báo Lao Động` for laodong.vn, `Tinh tế` for
tinhte.vn, `Thời báo Phố` for thoibaopho.vn, a masthead in capitals named whole (`BÁO ĐIỆN TỬ ĐẢNG CỘNG
SẢN VIỆT NAM` for dangcongsan.vn). An address's own label (`stem`) is what the letters of a name are
held against; `publishers.name` asks for such a name when its table does not know the site.
"""

from __future__ import annotations

import functools
import re

from ..core.text import fold
from ..tagging.gazetteer import key, laos_provinces, place, vietnam_provinces
from . import selfnamed

__all__ = ["printed_name", "province_paper", "spells", "spells_body", "spelt_as", "stem"]


def spells(site: str | None, address: str | None) -> bool:
    """Whether a name the page prints spells its site's address (`Tinh tế` for tinhte.vn)."""
    site_letters = re.sub(r"[\W_]+", "", fold(site or ""))
    return bool(site_letters) and site_letters in (stem(address or ""), *_provincial(address or ""))


def spells_body(site: str | None, address: str | None) -> bool:
    """Whether a name spells a province's body's address (`Sở Tài chính tỉnh Bắc Ninh` for
    sotaichinh.bacninh.gov.vn, see `_provincial`): no place a story names spells two labels so."""
    site_letters = re.sub(r"[\W_]+", "", fold(site or ""))
    return bool(site_letters) and site_letters in _provincial(address or "")


def _provincial(address: str) -> tuple[str, ...]:
    """A province's body's address, its label before the province's (`sotaichinh.bacninh.gov.vn`),
    as the body's name spells it with the province's word between (`Sở Tài chính tỉnh Bắc Ninh`,
    `sotaichinhtinhbacninh`): the address leaves out the `tỉnh` the name says, or a city's `thành phố`,
    `TP` (`Sở Y tế thành phố Hà Nội` for soyte.hanoi.gov.vn)."""
    labels = address.lower().split(".")
    while len(labels) > 1 and labels[-1] in _ENDINGS:
        labels.pop()
    if len(labels) < 2 or labels[-1] not in _provinces():
        return ()
    return tuple(f"{labels[-2]}{word}{labels[-1]}" for word in ("tinh", "thanhpho", "tp"))


def stem(address: str) -> str:
    """`m.baophapluat.vn` → `baophapluat`, `baodienbienphu.info.vn` → `baodienbienphu`: the site's own
    label, without a sub-domain or the endings."""
    labels = address.lower().split(".")
    while len(labels) > 1 and labels[-1] in _ENDINGS:
        labels.pop()
    return labels[-1] if labels else ""


_ENDINGS = frozenset("vn com net org info gov edu biz int asia la kh io co".split())


_MASTHEAD = frozenset({"báo", "tạp chí", "đài", "tờ"})


def printed_name(host: str, texts: list[str], spelt: list[str]) -> str | None:
    """`_spelled_name` without the `điện tử`, `Online` a masthead ends with (`Tạp chí X điện tử`)."""
    found = _spelled_name(host, texts, spelt)
    return selfnamed.undressed(found) if found else None


def province_paper(address: str) -> str | None:
    """`baoninhbinh.org.vn` → `Báo Ninh Bình`: an address spelling `bao` and a province's name (one of
    Vietnam's or Laos's, or a name it also goes by: `baothuathienhue.vn` → `Báo Thừa Thiên Huế`) is that
    province's paper, the name readers use, for a page that prints none of its own."""
    own = stem(address)
    found = _provinces().get(own.removeprefix("bao")) if own.startswith("bao") else None
    return f"Báo {found}" if found else None


@functools.cache
def _provinces() -> dict[str, str]:
    """Provinces by their letters (`ninhbinh`), each spelling as written: a name, then its aliases."""
    out: dict[str, str] = {}
    for province in (*vietnam_provinces(), *laos_provinces()):
        for spelling in (province.name, *province.aliases):
            if spelling.isupper() or not spelling[:1].isupper():  # `TPHCM`, `HCM`: initials, no paper's name
                continue
            out.setdefault(key(spelling), spelling)
    return out


def _spelled_name(host: str, texts: list[str], spelt: list[str]) -> str | None:
    """The name the page prints after `Báo` that spells the address (`Báo Lao Động` for
    laodong.vn), in capitalised words; a masthead in capitals whose name goes on past what the
    address spells is named whole (`_whole_masthead`)."""
    own = stem(host)
    stems = {own, own.removeprefix("bao"), own.removeprefix("tapchi")} - {""}
    for text in texts:
        words = _without_electronic(re.findall(r"[^\W_]+", text))
        for start in range(1, len(words)):
            if (
                words[start - 1].lower() not in _MASTHEAD
                and " ".join(words[start - 2 : start]).lower() not in _MASTHEAD
            ):
                continue
            spelled = ""
            for end in range(start, min(start + 6, len(words))):
                spelled += fold(words[end])
                if spelled in stems and _name_cased(words[start - 1], words[start : end + 1]):
                    found = " ".join(words[start : end + 1])  # a masthead in capitals: `TẠP CHÍ TÀI CHÍNH`
                    if found.isupper() and (whole := _whole_masthead(text, words, start, end, spelt)):
                        return whole
                    found = (
                        (spelt_as(words[start : end + 1], spelt) or found.title())
                        if found.isupper()
                        else found
                    )
                    return f"Tạp chí {found}" if own.startswith("tapchi") and spelled != own else found
                if not any(s.startswith(spelled) for s in stems):
                    break
    return _spelled_with_masthead(own, texts)


def _name_cased(masthead: str, run: list[str]) -> bool:
    """A name in capitalised words (`Lao Động`), or after a capitalised `Báo` in the sentence case many
    papers write their own (`Báo Kinh tế nông thôn`); the letters spelling the address are the signal."""
    return all(w[:1].isupper() for w in run) or (masthead[:1].isupper() and run[0][:1].isupper())


def _whole_masthead(text: str, words: list[str], start: int, end: int, spelt: list[str]) -> str | None:
    """A masthead in capitals that goes on past the words the address spells (`BÁO ĐIỆN TỬ ĐẢNG CỘNG
    SẢN VIỆT NAM` for dangcongsan.vn, whose words alone name the party): the paper's whole name, its
    masthead words too, as the page or a name the project knows writes it (`Báo điện tử Đảng Cộng sản
    Việt Nam`). The name goes on over words in capitals that such a name spells, or that name a
    place the gazetteer knows (`VIỆT NAM`), not over a menu after it; None when nothing goes on."""
    whole = None
    for stop in range(end + 2, min(end + 5, len(words)) + 1):
        more = words[end + 1 : stop]
        if not all(w.isupper() and w.isalpha() for w in more):
            break
        cased = spelt_as(words[start:stop], spelt)
        if cased or place(" ".join(more).title()):
            whole = cased or " ".join(words[start:stop]).title()
    if whole is None:
        return None
    first = words[start - 1 : start] if words[start - 1].lower() in _MASTHEAD else words[start - 2 : start]
    opening = r"\s+".join(re.escape(w) for w in first)
    masthead = re.search(rf"(?<!\w){opening}\s+(?i:(điện\s+tử)\s+)?{re.escape(words[start])}", text)
    electronic = " điện tử" if masthead and masthead.group(1) else ""
    return f"{' '.join(first).capitalize()}{electronic} {whole}"


def spelt_as(words: list[str], spelt: list[str]) -> str | None:
    """`words` in capitals as a name in `spelt` writes them: a capital first, not all in capitals
    (`Đảng Cộng sản`; not a sentence's `về tài chính`)."""
    wanted = [fold(w) for w in words]
    for text in spelt:
        found = re.findall(r"[^\W_]+", text)
        for at in range(len(found) - len(wanted) + 1):
            run = found[at : at + len(wanted)]
            named = run[0][:1].isupper() and not all(w.isupper() for w in run)
            if named and [fold(w) for w in run] == wanted:
                return " ".join(run)
    return None


def _without_electronic(words: list[str]) -> list[str]:
    """A masthead's words without the `điện tử` after `Báo` (`BÁO ĐIỆN TỬ ĐẢNG CỘNG SẢN VIỆT NAM`)."""
    out: list[str] = []
    for word in words:
        if word.lower() == "tử" and out and out[-1].lower() == "điện" and len(out) >= 2:
            if out[-2].lower() in ("báo", "chí"):
                out.pop()
                continue
        out.append(word)
    return out


def _spelled_with_masthead(stem: str, texts: list[str]) -> str | None:
    """A name holding a masthead word that spells the whole address (`Thời báo Phố` for
    thoibaopho.vn, `Nhật báo Sông Hàn` for nhatbaosonghan.vn), in capitalised words but that one."""
    for text in texts:
        words = re.findall(r"[^\W_]+", text)
        for start, first in enumerate(words):
            if not first[:1].isupper():
                continue
            spelled = ""
            for end in range(start, min(start + 6, len(words))):
                word = words[end]
                if not (word[:1].isupper() or word.lower() in _MASTHEAD):
                    break
                spelled += fold(word)
                run = words[start : end + 1]
                if spelled == stem and any(w.lower() in _MASTHEAD for w in run[1:]):
                    return " ".join(run)
                if not stem.startswith(spelled):
                    break
    return None
