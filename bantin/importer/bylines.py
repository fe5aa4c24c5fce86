"""Who wrote it and where it comes from: source credits and author bylines.

Newsrooms end an article with a byline (`Đức Tuân`, `Vũ Dũng/VOV`, `Hạnh Chi (T/h) Theo Đời sống
Plus`, `Thanh Chương - Thể thao Việt Nam | 21:20 06/02/2017`) or a credit (`(Theo TTXVN)`,
`Nguồn Báo Nhân dân`, `TTXVN/Tin Tức`). These are metadata, not text: they go to `source` and
`author`. A line is taken for a byline only when it looks like names, so a last sentence that
lacks its full stop stays in the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bantin.core.text import fold, normalize

from .furniture import stopwords
from .publishers import stem

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
        "Đại Đoàn Kết", "Infonet", "Kenh14", "Soha", "Reuters", "AFP", "AP", "CNN", "BBC", "Bloomberg",
        "Yonhap", "Kyodo", "Xinhua", "Tân Hoa xã", "Sputnik", "TASS", "RIA Novosti", "Al Jazeera", "DW",
        "Guardian", "The Guardian", "Telegraph", "New York Times", "Washington Post", "Nikkei",
        "Japan Times", "SCMP", "Baomoi", "Báo Mới",
    )
)  # fmt: skip
#: Host names of sites whose pages we import, to name the source when a page does not.
SITE_NAMES = {
    "vnexpress.net": "VnExpress", "vov.vn": "VOV", "vovworld.vn": "VOV World", "baotintuc.vn": "Tin Tức",
    "nhandan.vn": "Nhân Dân", "tuoitre.vn": "Tuổi Trẻ", "thanhnien.vn": "Thanh Niên",
    "dantri.com.vn": "Dân trí",
    "vietnamplus.vn": "VietnamPlus", "baochinhphu.vn": "Báo Điện tử Chính phủ", "chinhphu.vn": "Chinhphu.vn",
    "nld.com.vn": "Người Lao Động", "qdnd.vn": "Quân đội nhân dân", "cand.com.vn": "Công an nhân dân",
    "vnanet.vn": "TTXVN", "znews.vn": "Znews", "zingnews.vn": "Zing News", "laodong.vn": "Lao Động",
    "tienphong.vn": "Tiền Phong", "vietnamnet.vn": "VietNamNet", "sggp.org.vn": "Sài Gòn Giải Phóng",
}  # fmt: skip
_DOMAIN = re.compile(r"^[\w-]+(\.[\w-]+)*\.(vn|com|net|org|info)$", re.IGNORECASE)
_ASCII_SYLLABLE = re.compile(
    r"^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(ng|nh|ch|[cmnpt])?$",
    re.IGNORECASE,
)
_DATE_BYLINE = re.compile(
    r"^(?P<who>.+?)\s*\|\s*(?:(?:Ngày\s+)?(?:đăng|cập\s+nhật|xuất\s+bản)(?:\s+(?:lúc|ngày))?\s*:?\s*)?"
    r"(?P<when>\d{1,2}:\d{2}(?:\s*[|,-]\s*|\s+)\d{1,2}/\d{1,2}/\d{4}|"
    r"\d{1,2}/\d{1,2}/\d{4}(?:(?:\s*[|,-]\s*|\s+)\d{1,2}:\d{2})?)$",
    re.IGNORECASE,
)  # `Hoàng Yến | 12/04/2024 08:30`, `Quang Huy | Ngày đăng: 16/02/2024 - 14:05`
_CREDIT = re.compile(r"^\(?\s*(?:[Tt]heo|[Nn]guồn)\s*:?\s+(?P<source>[^()]+?)\s*\)?\s*\.?$")
_AUTHOR_VIA = re.compile(
    r"^(?P<author>.+?)\s*(?:\((?:T/h|t/h|tổng hợp|TH)\))?\s*\(?\s*[Tt]heo\s+(?P<source>[^()]+?)\s*\)?\.?$"
)
_DASH = re.compile(r"\s[-–—]\s")
_AUTHOR_AGENCY = re.compile(r"^(?P<author>[^()]+?)\s*\((?P<source>[^()]+)\)\.?$")


@dataclass(frozen=True)
class Byline:
    """What a credit or byline line says: a source, an author, and the date if it had one."""

    source: str | None = None
    author: str | None = None
    when: str | None = None


# Newsroom staff written as an acronym in bylines, not outlets: phóng viên, cộng tác viên, biên tập viên.
_STAFF = frozenset({"PV", "CTV", "BTV", "PV-CTV", "NV"})


def _outlet(text: str) -> bool:
    """An outlet, or one of its offices (`VOV-Tây Bắc`, `TTXVN - Đà Nẵng`)."""
    head = re.match(r"^(?P<outlet>[^-–]+?)\s*[-–]\s*[A-ZĐ]", text)
    return is_source_name(text) or (head is not None and is_source_name(head.group("outlet")))


def is_source_name(text: str) -> bool:
    """An outlet or agency: a known name, an acronym (TTXVN, AFP), a web address or a foreign name."""
    text = text.strip().rstrip(".")
    if not text:
        return False
    if text.casefold() in KNOWN_SOURCES or _DOMAIN.match(text):
        return True
    if text in _STAFF:
        return False
    words = text.split()
    if text.startswith(("Báo ", "Tạp chí ", "Đài ", "Cổng TTĐT", "Thông tấn xã", "Kênh ")):
        return len(words) <= 6 and not _DASH.search(text)  # not a masthead: `Báo X - Cơ quan của …`
    if all(re.fullmatch(r"[A-ZĐ][A-ZĐ0-9+&]{1,9}", w) for w in words) and len(words) <= 2:
        # two syllables in capitals are a name without its accents (`QUANG ANH`), not an acronym
        return len(words) == 1 or not all(_ASCII_SYLLABLE.match(w) for w in words)
    return (
        len(words) == 1
        and text.isascii()
        and text[:1].isupper()
        and len(text) >= 4
        and not _ASCII_SYLLABLE.match(text)
    )


# Lower-case words allowed inside a byline name: military ranks (`Thượng tướng`, `Đại tá`).
_RANK_WORDS = frozenset({"tướng", "tá", "úy", "uý", "sĩ"})


def is_name(text: str, max_words: int = 6) -> bool:
    """A personal name or a short list of names (`Đặng Duy Báu`, `M.Đ`, `Khánh Ly - Đông Phong`)."""
    text = re.sub(r"\((?:T/h|t/h|TH|tổng hợp)\)", "", text).strip().strip("-–").strip()
    words = [w for w in re.split(r"[\s,]+|\s[-–]\s", text) if w and w not in ("-", "–", "và")]
    if not words or len(words) > max_words or len(text) > 70:
        return False
    if re.search(r"[.!?…:;\"“”]$", text) or re.search(r"\d", text):
        return False
    if len(words) == 1 and normalize(words[0].lower()) in stopwords():
        return False  # a poll's `Có` / `Không`, a button: one function word is no one's name
    return all(w[:1].isupper() or w in _RANK_WORDS for w in words)


def _outlet_like(text: str) -> bool:
    """What follows `Theo`: an outlet (`Đời sống Plus`, `DW/Telegraph`), not a clause."""
    text = text.strip()
    return is_source_name(text) or (
        text[:1].isupper() and len(text.split()) <= 6 and not re.search(r"[,;:!?\d]|\.\s", text)
    )


_POSITION = re.compile(
    r"^(?:Ủy viên|Uỷ viên|Bộ trưởng|Thứ trưởng|Chủ tịch|Phó|Tổng|Trưởng|Giám đốc|Bí thư|Đại sứ|Nguyên|"
    r"Giáo sư|Tiến sĩ|Nhà báo|Phóng viên|Chủ nhiệm|Viện trưởng|Hiệu trưởng|Thành viên)\b"
)


#: A byline's label (`Tác giả: Kim Ngân`, `Bài và ảnh: Minh Quân`, `Tin, ảnh: Lan Phương`).
BYLINE_LABEL = re.compile(r"^(?:Tác giả|Người viết|(?:Bài|Tin)(?:\s*(?:,|và|-)\s*ảnh)?)\s*:\s*(?=\S)")


_TRAILING_STAMP = re.compile(
    r"\s+(?:(?:Thứ\s+\w+|Chủ\s+nhật|T\d|CN)\s*,?\s*)?(?P<when>\d{1,2}/\d{1,2}/\d{4}(?:\s*[-|,]?\s*\d{1,2}:\d{2})?)"
    r"(?:\s*\(?GMT\+7\)?)?$",
    re.IGNORECASE,
)
_PHOTO_CREDIT = re.compile(r"^(?P<who>[^:]+?)\s*[-–,;]\s*(?:Ảnh|Video|Clip|Đồ họa)\s*:\s*[^:]{1,40}$")


def parse_byline(text: str) -> Byline | None:
    """Read a credit or byline paragraph; None when it is ordinary text."""
    text = text.strip().rstrip("-–— ").strip()
    if not text or len(text) > 120:
        return None
    labelled = BYLINE_LABEL.match(text)
    if labelled:
        rest = text[labelled.end() :]
        stamp = _TRAILING_STAMP.search(rest)  # `Tác giả: Minh Anh Thứ Sáu, 16/02/2024 - 08:30`
        if stamp and (writer := parse_byline(rest[: stamp.start()])) is not None and writer.author:
            return Byline(writer.source, writer.author, stamp.group("when"))
        return parse_byline(rest)
    photos = _PHOTO_CREDIT.match(text)  # `Lê Hà - Ảnh: Minh Đức`: the writer, then who took the photos
    if photos and (writer := parse_byline(photos.group("who"))) is not None and writer.author:
        return writer
    name, dash, position = text.partition(" - ")
    if dash and is_name(name) and _POSITION.match(position) and not is_source_name(name):
        return Byline(author=name.strip())
    dated = _DATE_BYLINE.match(text)
    if dated:
        who = dated.group("who")
        author, _, source = who.partition(" - ")
        return Byline(source=source.strip() or None, author=_named(author), when=dated.group("when"))
    credit = _CREDIT.match(text)
    if credit and _outlet_like(credit.group("source")):
        source = credit.group("source")
        stamp = _TRAILING_STAMP.search(source)  # an aggregator's `Nguồn: Báo X 27/04/2024 08:12`
        if stamp and source[: stamp.start()].strip():
            return Byline(source=source[: stamp.start()].strip(), when=stamp.group("when"))
        return Byline(source=source.strip())
    via = _AUTHOR_VIA.match(text)
    if via and _outlet_like(via.group("source")):
        who = parse_byline(via.group("author"))
        if who and who.author and not who.when:
            if who.source:  # `CTV Xuân Hương/VOV.VN Theo DW/Telegraph`: VOV.VN published it
                return Byline(source=who.source, author=f"{who.author} (theo {via.group('source').strip()})")
            return Byline(source=via.group("source").strip(), author=who.author)
    author, dash, outlet = (
        re.split(r"(\s[-–—]\s)", text, maxsplit=1) if _DASH.search(text) else (text, "", "")
    )
    if dash and is_name(author) and is_source_name(outlet) and not is_source_name(author):
        return Byline(source=outlet.strip(), author=author.strip())  # `Ngọc Thành – Vnexpress.net`
    agency = _AUTHOR_AGENCY.match(text)
    if agency and is_source_name(agency.group("source")) and is_name(agency.group("author")):
        return Byline(source=agency.group("source").strip(), author=_clean_author(agency.group("author")))
    bare = re.sub(r"\((?:T/h|t/h)\)", "", text).strip()
    if "/" in bare:
        parts = [p.strip() for p in bare.split("/")]
        if all(_outlet(p) or is_name(p) for p in parts) and len(parts) <= 3:
            sources = [p for p in parts if _outlet(p)]
            authors = [p for p in parts if not _outlet(p)]
            return Byline(source="/".join(sources) or None, author=", ".join(authors) or None)
    if _repeated_site(text):
        return Byline(source=text.split()[0])
    if is_source_name(text) or (text.startswith("(") and text.endswith(")") and is_source_name(text[1:-1])):
        return Byline(source=text.strip("()"))
    if is_name(text) and not (text.isupper() and len(text.split()) > 4):
        return Byline(author=_clean_author(text))
    return None


def _named(who: str) -> str | None:
    """The name a dated byline gives, without a section's name before it (`Thị trường Hoàng Yến`)."""
    who = who.strip()
    if not who or is_name(who):
        return who or None
    words = who.split()
    start = len(words)
    while start > 0 and words[start - 1][:1].isupper():
        start -= 1
    name = " ".join(words[start:])
    return name if len(words) - start >= 2 and is_name(name) else who


def _repeated_site(text: str) -> bool:
    words = text.split()
    return len(words) >= 2 and len(set(w.casefold() for w in words)) == 1 and is_source_name(words[0])


def _clean_author(text: str) -> str:
    """`Hạnh Chi (T/h)` → `Hạnh Chi`; an all-capitals byline (`VĂN HÙNG`) → `Văn Hùng`."""
    text = re.sub(r"\s*\((?:T/h|t/h|TH|tổng hợp)\)\s*", " ", text).strip(" -–")
    return text.title() if text.isupper() and len(text) > 3 else text


def split_trailing_byline(text: str) -> tuple[str, Byline | None]:
    """Split a byline run into the end of a paragraph: `… bà Thủy nói. Hương Quỳnh`."""
    for cut in _tail_cuts(text):
        tail = text[cut:].strip()
        found = parse_byline(tail)
        if found and len(tail.split()) <= 8:
            return text[:cut].rstrip(), found
    return text, None


def _tail_cuts(text: str) -> list[int]:
    from ..core.sentences import sentence_starts

    starts = sentence_starts(text)
    return sorted((s for s in starts if len(text) - s <= 80), reverse=True)


_SECTIONS = frozenset(
    "thời sự|chính trị|kinh tế|xã hội|thế giới|quốc tế|văn hóa|văn hoá|thể thao|giáo dục|sức khỏe|"
    "sức khoẻ|pháp luật|giải trí|công nghệ|khoa học|du lịch|đời sống|tin tức|tin mới|tin nóng|"
    "trong nước|bất động sản|tài chính|kinh doanh|giao thông|quân sự|quốc phòng|an ninh|địa phương|"
    "bạn đọc|ý kiến|phóng sự|video|ảnh|multimedia|emagazine|infographics|tin tổng hợp|"
    "tin trong ngày".split("|")
)


def _letters(text: str) -> str:
    return re.sub(r"[\W_]+", "", fold(text))


_SEPARATOR = r"(?:[-–—|»·]|::)"  # `… - Site`, `… | Site`, `… » Site`, `… :: Site`


def source_of_title(
    title: str,
    names: tuple[str | None, ...] = (),
    folders: frozenset[str] = frozenset(),
    known: frozenset[str] = frozenset(),
) -> tuple[str, str | None]:
    """Strip a site name, and the section before it, from the end of a title: `… - VnExpress` →
    (`…`, `VnExpress`); `… - Thời sự - Báo Thanh Niên` → (`…`, `Báo Thanh Niên`); a masthead's name
    (`… - Báo Bà Rịa - Vũng Tàu`, `… - Cổng thông tin điện tử tỉnh Gia Lai`) or one of the publishers
    `known` by the editors' table. `names` are what the page's own site is called (its publisher, its
    host name): `… - Thời báo Phố` for thoibaopho.vn goes too, and so does a tagline ending with the
    name or opening with it before capitalised words (`… - Tin tức mới nhất 24h`, `… | Vietnam+
    (VietnamPlus)`, `… - Nhan Dan Online`). For a page (`names` given), a section alone goes too
    (`… - Thời sự`), as does one the link's folders spell (`folders`: their letters, `… - Quốc phòng
    an ninh` for /quoc-phong-an-ninh/)."""
    match = re.match(rf"^(?P<title>.+?)\s+{_SEPARATOR}\s+(?P<site>{_MASTHEAD}\s[A-ZĐ][^|»·:]*?)\.?$", title)
    match = match or re.match(rf"^(?P<title>.+?)\s+{_SEPARATOR}\s+(?P<site>[^-–—|»·:]+?)\.?$", title)
    if not match:
        return title, None
    site = match.group("site").strip()
    own = {_letters(stem(n) if _DOMAIN.match(n) else n) for n in names if n} - {""}
    if (
        site.casefold() in KNOWN_SOURCES
        or _DOMAIN.match(site)
        or re.match(_MASTHEAD + r"\s", site)
        or _letters(site) in own | {_letters(k) for k in known}
        or _names_site(site, own)
    ):
        return _without_sections(match.group("title").strip(), folders), site
    rest = match.group("title").strip()
    placed = site.casefold() in _PAIRED and rest.split()[-1][:1].isupper() and _letters(site) not in folders
    if (names or folders) and _is_section(site, folders) and len(rest.split()) >= 3 and not placed:
        # `Bộ Văn hóa - Thể thao` pairs in a headline; `… - Văn hóa - Xã hội` is two sections
        paired = _last_words(rest)
        if not paired or re.search(rf"\s{_SEPARATOR}\s+{re.escape(paired)}$", rest):
            return _without_sections(rest, folders), None
    return title, None


# The words a site's full name opens with: `Báo …`, `Tạp chí …`, `Cổng thông tin điện tử …`, `Đài
# Phát thanh và Truyền hình …` (not `Đài Loan`).
_MASTHEAD = (
    r"(?:Báo|Tạp chí|Cổng thông tin|Cổng TTĐT|Trang thông tin|Trang tin|Thông tấn xã|"
    r"Đài (?:Phát thanh|Truyền hình|PT|Tiếng nói))"
)


def _without_sections(rest: str, folders: frozenset[str]) -> str:
    while section := re.match(rf"^(?P<title>.+?)\s+{_SEPARATOR}\s+(?P<section>[^-–—|»·:]+?)$", rest):
        if not _is_section(section.group("section"), folders):
            break
        rest = section.group("title").strip()
    return rest


# Sections that also pair with a place in a headline (`Giao lưu Việt Nam - Thế giới`): after a capital,
# they stay unless the link's folders name them.
_PAIRED = frozenset({"thế giới", "quốc tế", "trong nước", "châu á", "địa phương"})


def names_section(text: str) -> bool:
    """A line that only names a site's section (`Giáo dục`, `Thời sự | Xã hội`): a page's label."""
    parts = [p.strip() for p in re.split(r"\s*[|>»›/]\s*", text) if p.strip()]
    return bool(parts) and all(p[:1].isupper() and p.casefold() in _SECTIONS for p in parts)


def _is_section(text: str, folders: frozenset[str]) -> bool:
    """A site's section, as its menu names it (`Thời sự`) or as the link's folders spell it."""
    text = text.strip()
    return bool(text[:1].isupper()) and (text.casefold() in _SECTIONS or _letters(text) in folders)


def _last_words(text: str) -> str:
    """`Sở Văn hóa` → `Văn hóa`: the words before a ` - ` that may pair with a section (`Văn hóa -
    Thể thao`, then no suffix but the headline's own words)."""
    words = text.split()
    return next((" ".join(words[-n:]) for n in (3, 2, 1) if " ".join(words[-n:]).casefold() in _SECTIONS), "")


def _names_site(tagline: str, own: set[str]) -> bool:
    """A site's tagline naming it: ending with one of its names (`Tin tức mới nhất 24h`), or opening
    with one and going on in capitalised words only (`Nhan Dan Online`)."""
    words = re.findall(r"[^\W_]+", tagline)
    if not 1 <= len(words) <= 6:
        return False
    folded = [_letters(w) for w in words]
    for name in (n for n in own if len(n) >= 3):
        for start in range(len(words)):
            spelled = ""
            for end in range(start, len(words)):
                spelled += folded[end]
                branded = all(not w[:1].islower() for w in words[start : end + 1])  # not `… người lao động`
                if (
                    spelled == name
                    and branded
                    and (
                        end == len(words) - 1
                        or (start == 0 and all(w[:1].isupper() for w in words[end + 1 :]))
                    )
                ):
                    return True
                if not name.startswith(spelled):
                    break
    return False
