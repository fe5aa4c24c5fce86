"""Publishers by the name readers use: `baochinhphu.vn` → Báo Chính phủ, `Laodong.vn` → Lao Động.

Scrapers name a page's source as a search engine shows it: a web address, a name with the site's
tagline (`TinTheThao.com.vn - Tin tức`), or the newspaper's full name. The table in
`content/sources.yml` (host name → short name; editors extend it) names the sites it knows; a
sub-domain counts as its site (m.baophapluat.vn, en.nhandan.vn). For a site it does not know, the
name its titles end with or the page prints that spells the address (`Tinh tế` for tinhte.vn, `Báo
Lao Động` for laodong.vn) is taken, else the scraper's name as readers say it (`Báo điện tử Dân Việt`
→ Báo Dân Việt, `Công lý Online` → Công lý, `VnReview - Tin tức công nghệ` → VnReview), an acronym
naming the one publisher of the table with those initials (`HNMO` → Hà Nội Mới), an address that
spells `bao` and a province's name as that province's paper (`baoninhbinh.org.vn` → Báo Ninh Bình),
else the address.
A masthead in capitals is written as the page, the table or the registry writes its words; one whose
name goes on past what the address spells is the paper's whole name (`BÁO ĐIỆN TỬ ĐẢNG CỘNG SẢN VIỆT
NAM` → Báo điện tử Đảng Cộng sản Việt Nam, not the party's name).
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from ..core.errors import TextLoader, yaml_problem
from ..core.text import CAPITALS, fold, normalize
from . import selfnamed
from .errors import BadInput
from .spelled import printed_name, province_paper, spells, spells_body, spelt_as, stem

_DOMAIN = re.compile(
    r"^(?:https?://)?(?:www\d?\.)?((?:[\w-]+\.)+(?:vn|com|net|org|info|la|kh|asia))/?$", re.I
)
_TAGLINE = re.compile(r"\s+[-|–—]\s+.*$")

# Outlets and agencies named in Vietnamese bylines (compared case-insensitively).
KNOWN_SOURCES = frozenset(
    s.casefold()
    for s in (
        "TTXVN", "Tin Tức", "Báo Tin Tức", "VnExpress", "VnExpress.net", "VOV", "VOV.VN", "VOV World",
        "VTV", "Nhân Dân", "Báo Nhân Dân", "Quân đội nhân dân", "QĐND", "Công an nhân dân", "CAND",
        "Tuổi Trẻ", "Tuổi Trẻ Online", "TTO", "Thanh Niên", "Dân trí", "Zing", "Zing News", "ZingNews",
        "Znews", "VietnamPlus", "Vietnam+", "Chinhphu.vn", "VGP", "Cổng TTĐT Chính phủ",
        "Báo Điện tử Chính phủ", "Người Lao Động", "NLĐ", "Lao Động", "Tiền Phong", "Pháp Luật TP.HCM",
        "PLO", "VietNamNet", "Sài Gòn Giải Phóng", "SGGP", "Hà Nội Mới", "Kinh tế & Đô thị",
        "Đời sống Plus", "Ngôi sao", "Thể thao Việt Nam", "Thể thao & Văn hóa", "Vietnam.vn",
        "Đại Đoàn Kết", "Infonet", "Kenh14", "Soha", "Baomoi", "Báo Mới",
    )
)  # fmt: skip
#: Foreign agencies and papers a world desk translates from (`(Theo Reuters)` over its translator's name).
FOREIGN_SOURCES = frozenset(
    s.casefold()
    for s in (
        "Reuters", "AFP", "AP", "CNN", "BBC", "Bloomberg", "Yonhap", "Kyodo", "Xinhua", "Sputnik", "TASS",
        "RIA Novosti", "Al Jazeera", "DW", "Guardian", "The Guardian", "Telegraph", "New York Times",
        "Washington Post", "Nikkei", "Japan Times", "SCMP", "Tân Hoa xã",
    )
)  # fmt: skip
KNOWN_SOURCES |= FOREIGN_SOURCES
#: Host names of sites whose pages we import, to name the source when a page does not.
SITE_NAMES = {
    "vnexpress.net": "VnExpress", "vov.vn": "VOV", "vovworld.vn": "VOV World", "baotintuc.vn": "Báo Tin tức",
    "nhandan.vn": "Báo Nhân Dân", "tuoitre.vn": "Tuổi Trẻ", "thanhnien.vn": "Thanh Niên",
    "dantri.com.vn": "Dân trí",
    "vietnamplus.vn": "VietnamPlus", "baochinhphu.vn": "Báo Điện tử Chính phủ", "chinhphu.vn": "Chinhphu.vn",
    "nld.com.vn": "Người Lao Động", "qdnd.vn": "Báo Quân đội nhân dân", "cand.com.vn": "Báo Công an nhân dân",
    "vnanet.vn": "TTXVN", "znews.vn": "Znews", "zingnews.vn": "Zing News", "laodong.vn": "Lao Động",
    "tienphong.vn": "Tiền Phong", "vietnamnet.vn": "VietNamNet", "sggp.org.vn": "Sài Gòn Giải Phóng",
}  # fmt: skip
#: A web address written as a name (`VnExpress.net`, `baochinhphu.vn`).
NAMED_DOMAIN = re.compile(r"^[\w-]+(\.[\w-]+)*\.(vn|com|net|org|info)$", re.IGNORECASE)


def load(path: Path) -> dict[str, str]:
    """The table of `path` (host → name); an absent file is an empty table."""
    if not path.is_file():
        return {}
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=TextLoader)  # a key twice is an error
    except yaml.YAMLError as exc:
        problem, line = yaml_problem(exc)
        where = f"{path}:{line}" if line is not None else str(path)
        raise BadInput(f"{where}: not a readable table of publishers: {problem}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise BadInput(f"{path}: not a readable table of publishers ({type(exc).__name__})") from None
    if data is None:
        return {}
    if not isinstance(data, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in data.items()
    ):
        raise BadInput(f"{path}: the table of publishers must map host names to names")
    return {host(k) or k.lower(): normalize(v).strip() for k, v in data.items()}


def host(text: str | None) -> str | None:
    """`https://www.vov.vn/x` or `VOV.vn` → `vov.vn`; None when `text` is no address."""
    if not text:
        return None
    text = text.strip()
    if "://" in text:
        host = urlsplit(text).hostname or ""
    else:
        match = _DOMAIN.match(text)
        host = match.group(1) if match else ""
    host = re.sub(r"^www\d?\.", "", host.lower())
    return host or None


def _lookup(host: str | None, table: dict[str, str]) -> str | None:
    while host and "." in host:
        if host in table:
            return table[host]
        host = host.split(".", 1)[1]
    return None


def _sub_site(
    address: str | None, table: dict[str, str], texts: list[str], scraped: str | None = None
) -> str | None:
    """A paper of its own on another's sub-domain (`dansinh.dantri.com.vn`), the table knowing only
    the parent: the name spelling the sub-domain that the page describes itself with (`Dân sinh -
    Cơ quan của Bộ …`), or a brand in Latin letters the scraper names it (`scraped`: `ICTnews`); a
    section's sub-domain (`thethao.vnexpress.net`) describes nothing."""
    labels = (address or "").split(".")
    while len(labels) > 3 and labels[0] in _NOT_SITES:  # its mobile edition (`m.thoinay.nhandan.vn`)
        labels.pop(0)
    address = ".".join(labels)
    if len(labels) < 3 or address in table or labels[0] in _NOT_SITES or not _lookup(address, table):
        return None
    if scraped and scraped.isascii() and re.sub(r"[\W_]+", "", scraped.lower()) == labels[0]:
        return scraped.strip()  # a brand of its own the scraper names (`ICTnews` for ictnews.vietnamnet.vn)
    if scraped and _masthead_spells(scraped.strip(), labels[0]):
        return scraped.strip()  # `Báo Thời Nay` for thoinay.nhandan.vn, `Báo Sinh viên Việt Nam` for svvn.…
    for text in texts:
        for found in _SELF_DESCRIBED.finditer(text):
            if re.sub(r"[\W_]+", "", fold(found.group("name"))) == labels[0]:
                return found.group("name")
    return None


def _masthead_spells(scraped: str, label: str) -> bool:
    """A paper's name the scraper gives (`Báo …`, `Tạp chí …`) that spells the sub-domain's label, or
    whose initials it is; a section's name (`Thể thao` for thethao.…) is no paper's."""
    if not _PAPER_WORD.match(scraped):
        return False
    named = re.sub(r"[\W_]+", "", fold(_PAPER_WORD.sub("", scraped)))
    return named == label or (len(label) >= 3 and _initials(scraped).lower() == label)


_PAPER_WORD = re.compile(r"^(?:Báo|Tạp chí|Tạp Chí)\s+")
_NOT_SITES = frozenset({"www", "m", "en", "amp", "mobile", "web"})
_SELF_DESCRIBED = re.compile(
    r"(?:^|(?<=\s))(?P<name>[A-ZĐ][^\s-]*(?:\s+[^\s-]+){0,3}?)\s+[-–]\s+"
    r"(?:Cơ quan|CƠ QUAN)\s+(?:của|chủ quản|ngôn luận)"
)


def name(
    candidate: str | None,
    url: str | None,
    table: dict[str, str],
    texts: list[str],
    printed: str | None = None,
    names: tuple[str, ...] = (),
) -> str | None:
    """The short name for a page's source (`candidate`, as the scraper gave it) and link; `printed`
    is the name the page gives itself (its title's suffix), taken when it spells the address;
    `names` are names the project knows (the registry's), spelt as they are written."""
    spelt = [*table.values(), *names, *texts]  # where a masthead in capitals finds its casing
    known = _sub_site(host(url), table, texts, candidate) or _lookup(host(url), table)
    if known:
        return _as_scraped(known, candidate)
    masthead = printed if printed and _MASTHEAD_NAME.match(printed) else None
    printed = short(printed) if printed else None  # `Báo Mẫu Online` → `Báo Mẫu`
    plain = re.sub(r"^(?:Báo|Tạp chí)\s+", "", printed or "")  # `Báo Biên phòng` for bienphong.com.vn
    if printed and any(spells(n, h) for n in (printed, plain) for h in (host(url), host(candidate or ""))):
        return printed
    # a masthead's full name (`Đài Phát thanh và Truyền hình Bình Dương`) names a site known only by
    # an address that spells nothing (btv.org.vn), better than the address
    masthead = printed if masthead else None
    cased = functools.partial(spelt_as, spelt=spelt)
    if not candidate:
        linked = host(url)
        if not linked:
            return None
        found = printed_name(linked, texts, spelt) or selfnamed.printed(stem(linked), texts, cased)
        return found or masthead or province_paper(linked) or _bare(linked)
    candidate = candidate.strip()
    bare = _TAGLINE.sub("", candidate)
    named = host(candidate) or host(bare)
    if named:
        found = printed_name(named, texts, spelt) or selfnamed.printed(stem(named), texts, cased)
        return _lookup(named, table) or found or masthead or province_paper(named) or _bare(bare)
    if url and (part := selfnamed.scraped_part(candidate, stem(host(url) or ""), cased)):
        return part  # `Thời Đại - Tạp chí của …`, `NHỊP CẦU ĐẦU TƯ` for thoidai.com.vn, nhipcaudautu.vn
    # `Tạp chí Kinh tế Việt Nam - VnEconomy`: a name with its tagline, one part a publisher of the table
    parts = {fold(part) for part in re.split(r"\s+[-–|]\s+", candidate)}
    for value in table.values():
        if fold(value) in parts:
            return value
    shorter = short(candidate)
    if shorter.isupper() and len(shorter.split()) >= 2:  # `SÀI GÒN ĐẦU TƯ`: as the page writes it
        shorter = cased(re.findall(r"[^\W_]+", shorter)) or shorter
    elif shorter.isascii() and len(shorter.split()) >= 2:  # `Vien Phim Viet Nam`, typed without marks
        shorter = spelt_as(re.findall(r"[^\W_]+", shorter), texts) or shorter
    return by_initials(candidate, table) or shorter


def _as_scraped(known: str, candidate: str | None) -> str:
    """The table's name as the page's source line joins its words (`Giáo dục và Thời đại` for the
    table's `Giáo dục & Thời đại`, `Đời sống & Pháp luật` for `Đời sống Pháp luật`): the same name in
    the paper's words; a difference of case only keeps the table's (`ZNEWS` is `Znews`)."""
    scraped = re.sub(r"^(?:Báo|Tạp chí)\s+", "", short(candidate.strip())) if candidate else ""
    same = _joined_words(scraped) == _joined_words(known) and scraped.casefold() != known.casefold()
    return scraped if same else known


def _joined_words(name: str) -> list[str]:
    """A name's words, without what joins them (`&`, `và`, a dash)."""
    return [w.casefold() for w in name.split() if w.casefold() not in ("&", "và", "-", "–")]


_MASTHEAD_NAME = re.compile(
    r"^(?:(?:Báo|Tạp chí|Trường|Đại học|Học viện)\s+(?:điện tử\s+)?(?=["
    + CAPITALS
    + r"])|Đài (?:Phát thanh|Truyền hình|PT)\b|"
    r"(?:Cổng|Trang) (?:thông )?tin\b)"
)


def by_initials(acronym: str, table: dict[str, str]) -> str | None:
    """The one publisher of the table whose initials an acronym spells, `Online` an `O` after them
    (`HNMO` → Hà Nội Mới, `KTĐT` → Kinh tế & Đô thị, `GD&TĐ` → Giáo dục & Thời đại, `BNA` → Báo Nghệ An)."""
    letters = re.sub(r"[^\w]|_", "", acronym)
    if not (3 <= len(letters) <= 8 and letters.isupper() and acronym.strip() == acronym.strip().upper()):
        return None
    wanted = {letters, letters.removesuffix("O")} - {""}
    found = {
        value
        for value in set(table.values())
        if wanted & {_initials(value), _initials(value, whole=True)} and len(_initials(value)) >= 2
    }
    return found.pop() if len(found) == 1 else None


def _initials(name: str, whole: bool = False) -> str:
    """`Kinh tế & Đô thị` → KTĐT; `Báo Nghệ An` → NA, or BNA `whole`."""
    words = re.findall(r"[^\W\d_]+", name if whole else re.sub(r"^(?:Báo|Tạp chí|Đài)\s+", "", name))
    return "".join(w[0] for w in words if w.lower() != "và").upper()


# How search engines and mastheads dress a name: `Báo điện tử X`, `Báo X điện tử`, `X Online`,
# `Trang thông tin điện tử X` (X in capitals), `X - Tin tức công nghệ`, `Báo X - Cơ quan của Đảng bộ tỉnh X`.
_ELECTRONIC = re.compile(r"^(Báo|Tạp chí|Tạp Chí)\s+(?:điện tử|Điện tử|Điện Tử)\s+(?=\S)")
_TRAILING = re.compile(r"\s+(?:điện tử|Điện tử|Điện Tử|Online|online|Điện tử Online)$")
_SITE_WORDS = re.compile(rf"^(?i:Trang thông tin điện tử|Trang tin điện tử|Trang tin tức)\s+(?=[{CAPITALS}])")
_SITE_TAGLINE = re.compile(
    r"\s+[-|–—:]\s+(?:Tin tức|Tin nhanh|Tin mới|Trang tin|Đọc báo|Báo điện tử|Kênh thông tin|Cập nhật|"
    r"Cơ quan (?:của|ngôn luận|chủ quản))\b.*$",
    re.I,
)


def short(candidate: str) -> str:
    """A publisher's name as readers say it, from the way a search engine shows it: `Báo điện tử Dân
    Việt` → `Báo Dân Việt`, `Công lý Online` → `Công lý`, `VnReview - Tin tức công nghệ` →
    `VnReview`; the name itself always stays."""
    name = _SITE_TAGLINE.sub("", candidate).strip() or candidate
    name = _ELECTRONIC.sub(r"\1 ", name)
    name = _SITE_WORDS.sub("", name)
    shorter = _TRAILING.sub("", name)
    return shorter if len(shorter.split()) >= (2 if shorter.startswith(("Báo ", "Tạp chí ")) else 1) else name


def masthead_spells(site: str | None, address: str | None) -> bool:
    """A paper's name (`Báo Xây dựng`, `Tạp chí …`) that spells its site's address: the site, even
    where the page prints it too (a place a story names may also spell an address: `Hà Nội Phố`); or a
    province's body's name spelling its address's two labels (`Sở Tài chính tỉnh Bắc Ninh`)."""
    return (bool(site and _MASTHEAD_NAME.match(site)) and spells(site, address)) or spells_body(site, address)


def _bare(address: str) -> str:
    """`www.phunutoday.vn` → `Phunutoday.vn`: the address as the site writes it, capitalised."""
    address = re.sub(r"^(?:https?://)?(?:www\d?\.)?", "", address.strip(), flags=re.I).rstrip("/")
    return address[:1].upper() + address[1:]
