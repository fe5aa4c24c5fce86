"""A title's suffix: the site's name, tagline or section after the headline (`… - VnExpress`, `… - Thời
sự - Báo Thanh Niên`, `… | Vietnam+ (VietnamPlus)`), taken off and kept as the page's own name; and a
page's line that only names a section (`Thời sự | Xã hội`)."""

from __future__ import annotations

import re

from ..core.text import fold
from ..tagging.gazetteer import place
from .furniture import ADDRESS
from .menu_items import menu_item
from .publishers import KNOWN_SOURCES, NAMED_DOMAIN
from .spelled import spells_body, stem

_SECTIONS = frozenset(
    "thời sự|chính trị|kinh tế|xã hội|thế giới|quốc tế|văn hóa|văn hoá|thể thao|giáo dục|sức khỏe|"
    "sức khoẻ|pháp luật|giải trí|công nghệ|khoa học|du lịch|đời sống|tin tức|tin mới|tin nóng|"
    "trong nước|bất động sản|tài chính|kinh doanh|giao thông|quân sự|quốc phòng|an ninh|địa phương|"
    "bạn đọc|ý kiến|phóng sự|video|ảnh|multimedia|emagazine|infographics|tin tổng hợp|"
    "tin trong ngày|e-magazine|longform|infographic|podcast|megastory|photo|interactive|chuyên đề|"
    "chuyên mục|media|tin hoạt động".split("|")
)
# A section a portal pairs after another in a title's suffix (`… | Tin tức - Sự kiện`), but no item that
# ends a menu (`menus` asks `ends_with_section`): events are a site's, and a headline's, word.
_SUFFIX_SECTIONS = frozenset({"sự kiện"})
# Kinds of page spelt in lower case first (`… - eMagazine`).
_KINDS = frozenset({"emagazine", "e-magazine", "infographic", "infographics", "megastory"})


def _letters(text: str) -> str:
    return re.sub(r"[\W_]+", "", fold(text.replace("%", "phần trăm")))  # as a slug spells it (`20-phan-tram`)


_SEPARATOR = r"(?:[-–—|»·]|::)"  # `… - Site`, `… | Site`, `… » Site`, `… :: Site`
_SITE_PART = r"(?:[^-–—|»·:]|(?<=\w)-(?=\w))+?"  # a hyphen inside a word is a name's (`Co-opBank`)


def source_of_title(
    title: str,
    names: tuple[str | None, ...] = (),
    folders: frozenset[str] = frozenset(),
    known: frozenset[str] = frozenset(),
    slug: str = "",
    texts: tuple[str, ...] = (),
) -> tuple[str, str | None]:
    """Strip a site name, and the section before it, from the end of a title: `… - VnExpress` →
    (`…`, `VnExpress`); `… - Thời sự - Báo Thanh Niên` → (`…`, `Báo Thanh Niên`); a masthead's name
    (`… - Báo Bà Rịa - Vũng Tàu`, `… - Cổng thông tin điện tử tỉnh Gia Lai`) or one of the publishers
    `known` by the editors' table. `names` are what the page's own site is called (its publisher, its
    host name): `… - Thời báo Phố` for thoibaopho.vn goes too, and so does a tagline ending with the
    name, or with it and a channel's number (`… - VTV24`), or opening with it before capitalised words
    (`… - Tin tức mới nhất 24h`, `… | Vietnam+ (VietnamPlus)`, `… - Nhan Dan Online`); on a school's own
    site (`.edu.vn`), the school's name (`… - Trường Đại học Bách khoa Hà Nội`). For a page (`names`
    given), a section alone goes too (`… - Thời sự`), as does one the link's folders spell (`folders`:
    their letters, `… - Quốc phòng an ninh` for /quoc-phong-an-ninh/), and after the site's name,
    words the link's `slug` (its words run together) leaves out when it spells the rest (`… - Thị
    trường - Tạp chí Tài chính` for /gia-vang-tang-manh.html), unless the page's `texts` (its summary,
    its story) print those words right after the headline's last (`… tại Văn Miếu - Quốc Tử Giám`)."""
    match = re.match(rf"^(?P<title>.+?)\s+{_SEPARATOR}\s+(?P<site>{_MASTHEAD}\s[A-ZĐ][^|»·:]*?)\.?$", title)
    match = match or re.match(rf"^(?P<title>.+?)\s+{_SEPARATOR}\s+(?P<site>{_SITE_PART})\.?$", title)
    if not match:
        return title, None
    site = match.group("site").strip()
    own = {_letters(stem(n) if NAMED_DOMAIN.match(n) else n) for n in names if n} - {""}
    # `… - Vì Dân` for baovidan.vn; not a province's name, which a headline pairs (`Hải Phòng - Quảng Ninh`)
    own |= {n[3:] for n in own if n.startswith("bao") and len(n) >= 7 and place(site) is None}
    if (
        site.casefold() in KNOWN_SOURCES
        or NAMED_DOMAIN.match(site)
        or (re.match(_MASTHEAD + r"\s", site) and not _NOT_PAPER.match(site))
        or _letters(site) in own | {_letters(k) for k in known}
        or any(spells_body(site, n) for n in names if n and NAMED_DOMAIN.match(n))  # `Sở Y tế thành phố …`
        or _names_site(site, own)
        or _masthead_over_page(site, match.group("title"), texts)
        or _masthead_in_capitals(site, match.group("title"), texts)
        or _short_after_capitals(site, match.group("title"), texts)
        or _name_over_address(site, match.group("title"), texts)
        or (_SCHOOL.match(site) and any(n and n.lower().endswith(".edu.vn") for n in names))
    ):
        return _without_sections(match.group("title").strip(), folders, slug), site
    rest = match.group("title").strip()
    if _unspelt_tagline(rest, site, slug) and not _printed_after(rest, site, texts):
        return _without_sections(rest, folders, slug), None
    placed = site.casefold() in _PAIRED and rest.split()[-1][:1].isupper() and _letters(site) not in folders
    section = _is_section(site, folders) or menu_item(site, texts)
    if (names or folders) and section and len(rest.split()) >= 3 and not placed:
        # `Bộ Văn hóa - Thể thao` pairs in a headline; `… - Văn hóa - Xã hội` is two sections
        paired = _last_words(rest)  # a section pairs in capitals (`Bộ Văn hóa`), not `Ngày Nước thế giới`
        if not paired[:1].isupper() or re.search(rf"\s{_SEPARATOR}\s+{re.escape(paired)}$", rest):
            return _without_sections(rest, folders), None
    return title, None


def _unspelt_tagline(rest: str, site: str, slug: str) -> bool:
    """The link's slug spells the headline before the separator and nothing of the words after it:
    those are the site's tagline (`… - Nhịp sống kinh tế Việt Nam & Thế giới`), not the headline's.
    A long slug may be cut at a word's end, so it counts only while short; the site's id may close it."""
    letters = _letters(site)
    return (
        bool(slug)
        and len(slug) <= _SHORT_SLUG
        and re.fullmatch(re.escape(_letters(rest)) + _SITE_ID, slug) is not None
        and site[:1].isupper()
        and len(site.split()) >= 2
        and letters not in slug
        and len(rest.split()) >= 4
        and not any(ch.isdigit() for ch in site)  # `… - Cây cầu thứ 8 qua sông Hồng`: a subtitle's
        and rest.count('"') % 2 == 0  # `"80 năm … - Những mốc son lịch sử"`: the quote goes on past the dash
    )


def _masthead_over_page(site: str, rest: str, texts: tuple[str, ...]) -> bool:
    """The words after the separator are the name the page's text opens with: the site's masthead over
    its menu (`… - Cục Thuế tỉnh Bình Dương` over `Cục Thuế tỉnh Bình Dương Trang chủ Giới thiệu …`, `… -
    Cục Quản lý tài nguyên nước` over `Cục Quản lý tài nguyên nước - Bộ Tài nguyên …`). A name of two
    words or more opening in a capital, with a menu's item, a separator or a box after it, not a
    sentence going on in lower case (a lead whose subject the headline's last words name)."""
    if len(site.split()) < 2 or not site[:1].isupper() or len(rest.split()) < 4:
        return False
    for text in texts:
        after = re.match(r"\s+(\S)", text[len(site) :]) if text.startswith(site) else None
        if after and (after.group(1).isupper() or after.group(1) in "-–—|:"):
            return True
    return False


def _masthead_in_capitals(site: str, rest: str, texts: tuple[str, ...]) -> bool:
    """The words after the separator are the name the page prints in capitals on its own, its footer's
    masthead (`… - Ban Quản lý Vịnh Hạ Long` over `… BAN QUẢN LÝ VỊNH HẠ LONG Địa chỉ: …`): three words
    or more, no word in capitals or a figure next to them; a headline's words are never so set apart."""
    words = site.split()
    if len(words) < 3 or not site[:1].isupper() or len(rest.split()) < 4 or site.isupper():
        return False
    shout = re.compile(r"(?<![\w-])" + re.escape(site.upper()) + r"(?![\w-])")
    for text in texts:
        for found in shout.finditer(text):
            before, after = text[: found.start()].split()[-1:], text[found.end() :].split()[:1]
            if not any(w.isupper() or any(ch.isdigit() for ch in w) for w in before + after):
                return True
    return False


def _short_after_capitals(site: str, rest: str, texts: tuple[str, ...]) -> bool:
    """The words after the separator are the short name the page prints after its full name in
    capitals, its footer's masthead (`… - Co-opBank` over `NGÂN HÀNG HỢP TÁC XÃ VIỆT NAM - Co-opBank.
    Trụ sở: …`): a name of one or two words opening in a capital, after three words in capitals
    and a dash, the line's or a sentence's end after it; a headline's words are never so set apart."""
    if not 1 <= len(site.split()) <= 2 or not site[:1].isupper() or len(rest.split()) < 4:
        return False
    stamp = re.compile(rf"\s[-–—]\s*{re.escape(site)}(?:[.|]|\s*$)", re.M)
    for text in texts:
        for found in stamp.finditer(text):
            before = text[: found.start()].split()[-3:]
            if len(before) == 3 and all(w.isupper() and w.isalpha() for w in before):
                return True
    return False


def _name_over_address(site: str, rest: str, texts: tuple[str, ...]) -> bool:
    """The words after the separator are the name the page prints before a street address, its
    footer's (`… | Bảo tàng Điêu khắc Chăm Đà Nẵng` over `Bảo tàng Điêu khắc Chăm Đà Nẵng - Số 02 đường
    2 Tháng 9, phường Hải Châu, …`): a house signs its address so, a headline's second clause never."""
    if len(site.split()) < 2 or not site[:1].isupper() or len(rest.split()) < 4:
        return False
    signed = re.compile(rf"(?<![\w-]){re.escape(site)}\s*[-–—,:|]\s*(?P<address>.{{0,{_ADDRESS_REACH}}})")
    for text in texts:
        for found in signed.finditer(text):
            address = found.group("address")
            if _STREET.match(address) or ADDRESS.search(address):
                return True
    return False


#: How far after a house's name its address may name the ward (`Số 02 đường 2 Tháng 9, phường …`).
_ADDRESS_REACH = 60
# A street address's opening: `Số 02 đường …`, `Địa chỉ: …`, `Trụ sở: …`.
_STREET = re.compile(r"(?:Số|số)\s+\d+\w*(?:/\d+\w*)?\s+(?:đường|phố|Đường|Phố)\s|(?i:địa chỉ|trụ sở)\s*:")


def _printed_after(rest: str, site: str, texts: tuple[str, ...]) -> bool:
    """The words after the separator follow the headline's last word in one of `texts`: a place's
    two names (`Văn Miếu - Quốc Tử Giám`) the story prints too, no tagline of the site's."""
    joined = _letters(rest.split()[-1] + site)
    return any(joined in _letters(text) for text in texts)


# The site's id the slug may close with (`…-giap-thin-2024-t402`, `…-tet-12345`), no word of the headline
_SITE_ID = r"(?:[a-z]{1,4}\d{2,}|\d{5,})?"  # not a year (`-1945`), which a headline may end with
#: Letters of a slug no site cuts (most cut theirs at 80 characters or more, dashes included).
_SHORT_SLUG = 60
# A school's name ending its own site's titles (`… - Trường Đại học Bách khoa Hà Nội` on hust.edu.vn).
_SCHOOL = re.compile(r"^(?:Trường|Đại học|ĐH|Học viện)\s+[A-ZĐ]")
# The words a site's full name opens with: `Báo …`, `Tạp chí …`, `Cổng thông tin điện tử …`, `Đài
# Phát thanh và Truyền hình …`, a station's short name (`Đài PT-TH …`), not `Đài Loan`, a province's paper
# merged with its station (`Báo và Phát thanh, Truyền hình …`, `Báo và PT-TH …`); a Party
# committee's portal is named after the committee and its place (`Đảng bộ tỉnh Long An`, `Tỉnh ủy
# Nghệ An`), a capital after it, not a headline's clause (`… - Tỉnh ủy chỉ đạo quyết liệt`).
_MASTHEAD = (
    r"(?:Báo|Thời báo|Tạp chí|Cổng thông tin|Cổng TTĐT|Trang thông tin|Trang tin|Thông tấn xã|"
    r"Đài (?:Phát thanh|Truyền hình|PT[-–]?TH|PT|Tiếng nói)|Báo và (?:Phát thanh,? Truyền hình|PT[-–]?TH)|"
    r"(?:Đảng bộ (?:tỉnh|thành phố|TP\.?)|Tỉnh [uủ]y|Thành [uủ]y)(?=\s[A-ZĐ]))"
)
#: `báo` opening a word of two syllables that names no paper (`Báo chí cách mạng Việt Nam`, `Báo động đỏ`,
#: `Báo cáo tài chính`): the headline's own words after its dash, not a masthead.
_NOT_PAPER = re.compile(
    r"Báo\s(?:chí|cáo|động|giá|thức|tin|hiếu|đáp|công|danh|hỷ|thù|oán|ân|ơn|mộng|cháy|hại|nguy)(?!\w)"
)


def _without_sections(rest: str, folders: frozenset[str], slug: str = "") -> str:
    while section := re.match(rf"^(?P<title>.+?)\s+{_SEPARATOR}\s+(?P<section>[^-–—|»·:]+?)$", rest):
        name = section.group("section")
        unspelt = len(name.split()) <= 4 and name[:1].isupper() and _letters(section.group("title")) == slug
        if not (_is_section(name, folders) or unspelt):
            break
        rest = section.group("title").strip()
    return rest


# Sections that also pair with a place in a headline (`Giao lưu Việt Nam - Thế giới`): after a capital,
# they stay unless the link's folders name them.
_PAIRED = frozenset({"thế giới", "quốc tế", "trong nước", "châu á", "địa phương"})


def names_section(text: str) -> bool:
    """A line that only names a site's section (`Giáo dục`, `Thời sự | Xã hội`), or sections one after
    the other (`Xã hội Giao thông`, `Chuyên đề Giao thông`): a page's label."""
    parts = [p.strip() for p in re.split(r"\s*[|>»›/]\s*", text) if p.strip()]
    return bool(parts) and all(p[:1].isupper() and _sections(p.split()) for p in parts)


def _sections(words: list[str]) -> bool:
    """`words` are names of sections one after the other, each opening with a capital."""
    if not words:
        return True
    return any(
        words[0][:1].isupper() and " ".join(words[:n]).casefold() in _SECTIONS and _sections(words[n:])
        for n in (1, 2, 3)
        if n <= len(words)
    )


# A news site's tail for search engines, on any site (`… - Tin mới nhất`, `… - Tin tức 24h`, `… | Tin nhanh
# hôm nay`): news, then how fresh it is.
_SEO_TAIL = re.compile(
    r"(?:Tin tức|Tin|Bản tin|Thông tin)(?:\s+(?:mới nhất|mới|nóng|nhanh|24h|24/7|hôm nay|trong ngày|online|"
    r"cập nhật|tổng hợp))+",
    re.IGNORECASE,
)


def _is_section(text: str, folders: frozenset[str]) -> bool:
    """A site's section, as its menu names it (`Thời sự`) or as the link's folders spell it."""
    text = text.strip()
    if text.casefold() in _KINDS or (text[:1].isupper() and _SEO_TAIL.fullmatch(text)):
        return True
    sections = _SECTIONS | _SUFFIX_SECTIONS
    return bool(text[:1].isupper()) and (text.casefold() in sections or _letters(text) in folders)


def ends_with_section(text: str) -> bool:
    """`text` ends with the name of a site's section (`… Đời sống Thể thao`)."""
    return bool(_last_words(text))


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
                    (
                        spelled == name
                        or (end == len(words) - 1 and re.fullmatch(rf"{name}\d{{1,3}}", spelled))
                    )
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


def site_after_headline(page_title: str, headline: str) -> str | None:
    """The site's name a page's `<title>` prints after its own `<h1>` (`VN-Index vượt mốc 1.250 điểm …
    | Việt Nam Kinh doanh`), after a section too (`… - Thị trường - Nhà nông Ngày nay`): the headline the
    reader sees printed twice is the page's, the name after it its site's, where no metadata names one
    and the name is none a table knows. A few capitalised words, no sentence."""
    if len(headline.split()) < 3 or not page_title.startswith(headline):
        return None
    rest = page_title[len(headline) :]
    match = re.fullmatch(
        rf"\s+{_SEPARATOR}\s+(?:[^-–—|»·:]+\s+{_SEPARATOR}\s+)*(?P<site>[^-–—|»·:.!?]+?)\s*", rest
    )
    site = match.group("site") if match else ""
    return site if site[:1].isupper() and len(site.split()) <= _SITE_WORDS else None


_SITE_WORDS = 8  # `Cổng thông tin điện tử huyện Mê Linh`
