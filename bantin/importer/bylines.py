"""Who wrote it and where it comes from: source credits and author bylines.

Newsrooms end an article with a byline (`Đức Tuân`, `Vũ Dũng/VOV`, `Hạnh Chi (T/h) Theo Đời sống
Plus`, `Thanh Chương - Thể thao Việt Nam | 21:20 06/02/2017`) or a credit (`(Theo TTXVN)`,
`Nguồn Báo Nhân dân`, `TTXVN/Tin Tức`). These are metadata, not text: they go to `source` and
`author`. A line is taken for a byline only when it looks like names, so a last sentence that
lacks its full stop stays in the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..core.text import CAPITALS, SMALL_LETTERS, is_syllable, normalize
from ..tagging.gazetteer import place
from ..tagging.kinds import ORG_HEADS, name_case
from .answerers import expert
from .channels import station
from .feed_credits import FEED_LABEL, without_day
from .furniture import stopwords
from .masthead_names import masthead_words, paired_masthead, short_kind
from .name_words import highland_name
from .publishers import KNOWN_SOURCES, NAMED_DOMAIN, SITE_NAMES
from .role_bylines import role_byline
from .suffixes import names_section, source_of_title
from .teams import team
from .translated_credits import writer_after
from .writers import titled_writer, titles_a_person

# A title's suffix (`suffixes`) and the tables of outlets (`publishers`) are asked for here too.
__all__ = [
    "BYLINE_LABEL", "DASH", "KNOWN_SOURCES", "PERSON_DATED", "SITE_NAMES", "Byline", "clean_author",
    "is_name", "is_person", "is_source_name", "names_section", "parse_byline", "source_of_title",
]  # fmt: skip

_ASCII_SYLLABLE = re.compile(
    r"^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(ng|nh|ch|[cmnpt])?$",
    re.IGNORECASE,
)
_WHEN = (
    r"(?:(?:Ngày\s+)?(?:đăng|cập\s+nhật|xuất\s+bản)(?:\s+(?:lúc|ngày))?\s*:?\s*)?"
    r"(?P<when>\d{1,2}:\d{2}(?:\s*[|,-]\s*|\s+)(?:ngày\s+)?\d{1,2}/\d{1,2}/\d{4}|"
    r"\d{1,2}/\d{1,2}/\d{4}(?:(?:\s*[|,-]\s*|\s+)\d{1,2}:\d{2})?)"
)
_DATE_BYLINE = re.compile(rf"^(?P<who>.+?)\s*\|\s*{_WHEN}$", re.IGNORECASE)
_STAMP_FIRST = re.compile(rf"^{_WHEN}\s*(?:[|–-]\s*)?(?P<who>[^\d|()]{{3,40}})$")  # `05/03/2024 | Minh Anh`
# `Hoàng Yến | 12/04/2024 08:30`, `Quang Huy | Ngày đăng: 16/02/2024 - 14:05`; set off by a dash or in
# brackets (`Minh Anh - 16/02/2024`, `Minh Anh (16/02/2024)`) only after a person's name, not a place's
PERSON_DATED = re.compile(
    rf"^(?P<who>[^|()\d]+?)\s*(?:[-–—]\s*|\((?=.*\)$)|\s(?=(?:Ngày\s+)?(?:đăng|cập\s+nhật|xuất\s+bản)))"
    rf"\s*{_WHEN}\s*\)?$",
    re.IGNORECASE,
)
#: A writer's role in brackets after the name (`(thực hiện)`, `(ghi)`, `(T/h)`).
ROLE_WORDS = ("T/h", "t/h", "TH", "tổng hợp", "ghi", "ghi chép", "thực hiện", "dịch", "lược dịch",
              "biên dịch", "st", "sưu tầm")  # fmt: skip
#: How a text was made from others', after an outlet's name (`Theo Báo Mới tổng hợp`).
HOW_MADE = r"tổng hợp|lược dịch|biên dịch"
_CREDIT = re.compile(
    r"^\(?\s*(?:[Tt]heo|[Nn]guồn)\s*:?\s+(?P<source>[^()]+?)"
    r"(?:\s+(?:" + HOW_MADE + r"))?\s*\)?\s*\.?$"  # `Theo Báo Mới tổng hợp`: how it was made
)
_AUTHOR_VIA = re.compile(
    r"^(?P<author>.+?)\s*(?:\((?:T/h|t/h|tổng hợp|TH)\))?\s*\(?\s*[Tt]heo\s+(?P<source>[^()]+?)\s*\)?\.?$"
)
# A writer, then a bar or a slash, then the outlets the story was taken from: as if in brackets.
_BARRED_CREDIT = re.compile(r"^(?P<who>[^|/()]+?)\s*[|/]\s*(?P<credit>[Tt]heo\s+[^|/()]+?)\.?$")
DASH = re.compile(r"\s[-–—]\s")
_AUTHOR_AGENCY = re.compile(r"^(?P<author>[^()]+?)\s*\((?P<source>[^()]+)\)\.?$")
# A writer's unit, office or school in brackets (`(Quân khu 7)`, `(Trường Đại học Cần Thơ)`, `(Sở Văn
# hóa, Thể thao và Du lịch)`, `(CTV tại Đà Nẵng)`, `(phóng viên thường trú tại Huế)`): a capital or a
# newsroom's staff word first, then words (a comma between them), no sentence's marks; or where the
# reporter filed from (`(từ Trường Sa)`, `(tại Gia Lai)`).
_AFFILIATION = re.compile(
    r"^(?:(?:từ|tại)\s+(?=[" + CAPITALS + r"]))?"
    r"(?:[" + CAPITALS + r"]|(?:phóng viên|cộng tác viên|biên tập viên|nhà báo)\s)"
    r"[^\W_]*(?:(?:[ &.–-]+|,\s+)[^\W_]+){0,11}$"
)


@dataclass(frozen=True)
class Byline:
    """What a credit or byline line says: a source, an author, and the date if it had one."""

    source: str | None = None
    author: str | None = None
    when: str | None = None
    # the name stands beside a stamp with no label (`Minh Anh - 16/02/2024`), where a place's
    # dateline stands as well (`Buôn Ma Thuột - 16/02/2024`)
    unlabelled: bool = field(default=False, compare=False)


# Newsroom staff written as an acronym in bylines, not outlets: phóng viên, cộng tác viên, biên tập viên.
_STAFF = frozenset({"PV", "CTV", "BTV", "PV-CTV", "NV"})


def _outlet(text: str) -> str | None:
    """An outlet, or one of its offices (`VOV-Tây Bắc`, `TTXVN - Đà Nẵng`): the outlet's name, an
    acronym's office left out (readers know the paper, not its desk), a channel its station, else None."""
    if on_air := station(text, is_source_name):  # `VOV1`: the station aired it on its channel
        return on_air
    head = re.match(r"^(?P<outlet>[^-–]+?)\s*[-–]\s*[A-ZĐ]", text)
    if head is not None and is_source_name(outlet := head.group("outlet")):
        return outlet if outlet.isupper() else text
    return text if is_source_name(text) else None


# A portal's whole name, its owner's in capitals (`Cổng thông tin điện tử Bộ Tư pháp`, in title case as
# a masthead prints it, `Cổng Thông tin điện tử Chính phủ`), not a footer's masthead (`Trang thông tin
# điện tử tổng hợp …`).
_PORTAL = re.compile(
    r"^(?:Cổng|Trang) [Tt]hông [Tt]in (?:[Đđ]iện [Tt]ử )?(?:(?:tỉnh|thành phố|huyện|quận|xã) )?["
    + CAPITALS
    + r"]"
)


def is_source_name(text: str) -> bool:
    """An outlet or agency: a known name, an acronym (TTXVN, AFP), a web address or a foreign name."""
    text = text.strip().rstrip(".")
    if not text:
        return False
    if text.casefold() in KNOWN_SOURCES or NAMED_DOMAIN.match(text):
        return True
    if text in _STAFF or re.match(r"Báo (?:cáo|giá|chí|động|hiệu)(?!\S)", text):  # `Báo cáo …`: a report
        return False  # a staff's name; a report, a quote, the press, an alarm: no paper's name
    words = text.split()
    portal = bool(_PORTAL.match(text))  # `… điện tử Bộ Tư pháp`: 3 words more
    if (
        portal
        or text.startswith(("Báo ", "Tạp chí ", "Đài ", "Cổng TTĐT", "Thông tấn xã", "Kênh "))
        or (
            text.isupper() and text.startswith(("BÁO ", "TẠP CHÍ ", "ĐÀI ", "CỔNG ", "THÔNG TẤN XÃ", "KÊNH "))
        )
    ):
        short = short_kind(text)  # `Đài Phát thanh và Truyền hình Lào Cai` is `Đài PT-TH Lào Cai`
        named = masthead_words(short.split())  # `Tạp chí Môi trường & Cuộc sống`: a sign, no word
        named = named <= (9 if portal else 6) and not DASH.search(short)  # not `Báo X - Cơ quan của …`
        return named and any(w[:1].isupper() or w[:1].isdigit() for w in words[1:])  # `Báo xin …`: a sentence
    if paired_masthead(text):
        return True  # `Nhà báo & Công luận`, `Gia đình & Xã hội`: a paper's two nouns, in sentence case
    if all(re.fullmatch(r"[A-ZĐ][A-ZĐ0-9+&]{1,9}", w) for w in words) and len(words) <= 2:
        # two syllables in capitals are a name without its accents (`QUANG ANH`), not an acronym
        return len(words) == 1 or not all(_ASCII_SYLLABLE.match(w) for w in words)
    return (
        len(words) == 1
        and text.isascii()
        and text[:1].isupper()
        and len(text) >= 4
        and not _ASCII_SYLLABLE.match(text)
        and not highland_name(text)  # `Y Phôn - H'Mai`: a writer, no outlet
    )


# Lower-case words allowed inside a byline name: military ranks (`Thượng tướng`, `Đại tá`).
_RANK_WORDS = frozenset({"tướng", "tá", "úy", "uý", "sĩ"})


def is_name(text: str, max_words: int = 6) -> bool:
    """A personal name or a short list of names (`Đặng Duy Báu`, `M.Đ`, `Khánh Ly - Đông Phong`)."""
    text = _ROLE.sub("", text).strip().strip("-–").strip()
    words = [w for w in re.split(r"[\s,]+|\s[-–]\s", text) if w and w not in ("-", "–", "và")]
    if not words or len(words) > max_words or len(text) > 70:
        return False
    if re.search(r"[.!?…:;\"“”]$", text) or re.search(r"\d|:\s", text):
        return False
    if len(words) == 1 and normalize(words[0].lower()) in stopwords():
        return False  # a poll's `Có` / `Không`, a button: one function word is no one's name
    return all(w[:1].isupper() or w in _RANK_WORDS for w in words)


#: A writer signing with initials only (`P.V`, `T.H.`).
WRITER_INITIALS = re.compile(r"^(?:[A-ZĐ]\.){1,3}[A-ZĐ]?\.?$")

# Words a place's name opens with (`TP Thủ Đức`, `Quận 1`), or a preposition before it (`Tại Quảng Ngãi`).
_PLACE_WORDS = re.compile(r"^(?:TP|Tp|Thành phố|Tỉnh|Huyện|Quận|Thị xã|Xã|Phường|Tại|Ở|Trong|Theo)\b\.?")


def is_person(text: str) -> bool:
    """Someone's name beside a stamp with no label (`Minh Anh - 16/02/2024`): two to five capitalised
    words or initials (`M.Anh`), not a place the gazetteer knows (`Hà Nội - 16/2/2024` is a dateline),
    an outlet or a masthead."""
    text = text.strip().strip("-–—").strip()
    words = text.split()
    return (
        is_name(text, 5)
        and (len(words) >= 2 or "." in text)
        and not is_source_name(text)
        and place(text) is None
        and not _PLACE_WORDS.match(text)
        and not _MASTHEAD_WORDS.match(text)
        and not _SITE_NAME_END.search(text)
    )


_MASTHEAD_WORDS = re.compile(r"^(?:Báo|Tạp chí|Đài|Cổng|Trang|Kênh|Thông tấn)\b", re.IGNORECASE)
# A site's name as its masthead prints it (`Lâm Đồng Online`, `Dân Việt TV`): no one's name ends so.
_SITE_NAME_END = re.compile(r"\s(?:Online|News|Plus|TV|Media|Net|Today|Times|Daily|Điện tử|điện tử)$")


def _outlet_like(text: str, bracketed: bool = False) -> bool:
    """What follows `Theo`: an outlet (`Đời sống Plus`, `DW/Telegraph`), not a clause; in brackets, an
    office with its seat too (`(Theo Tổng Lãnh sự quán Hàn Quốc tại TP Hồ Chí Minh)`), up to twelve words."""
    text = text.strip()
    return is_source_name(text) or (
        text[:1].isupper()
        and len(text.split()) <= (12 if bracketed else 6)
        and not re.search(r"[,;:!?]|(?<!\w)\d|\.\s", text)
    )


def _wire(text: str) -> bool:
    """A source a writer drew on, listed with others (`Reuters`, `Bangkok Post`): an outlet, or a
    foreign name of a few words, none a Vietnamese syllable (a Vietnamese name would be a person)."""
    words = text.split()
    return is_source_name(text) or (
        1 <= len(words) <= 4 and all(w[:1].isupper() and w.isascii() and not is_syllable(w) for w in words)
    )


_POSITION = re.compile(
    r"^(?:Ủy viên|Uỷ viên|Bộ trưởng|Thứ trưởng|Chủ tịch|Phó|Tổng|Trưởng|Giám đốc|Bí thư|Đại sứ|Nguyên|"
    r"Giáo sư|Tiến sĩ|Nhà báo|Phóng viên|Chủ nhiệm|Viện trưởng|Hiệu trưởng|Thành viên|"
    r"Phòng|Khoa|Bệnh viện|Trung tâm|VKSND|TAND)\b"  # the writer's office (`Thu Hương - Phòng Công tác …`)
)


#: The heads of a body's name the writer's office after a dash opens with (`… - Sở NN&PTNT`), a
#: newsroom's but for (`… - Báo Mẫu` names the source).
_BODY_HEADS = tuple(
    f"{head} " for head in ORG_HEADS if head not in {"Báo", "Tạp chí", "Đài", "Thông tấn xã", "NXB", "Nxb"}
)


#: A byline's label (`Tác giả: Kim Ngân`, `Bài và ảnh: Minh Quân`, `Tin, ảnh: Lan Phương`, `Bởi Minh Anh`,
#: `By Minh Anh`, `Đăng bởi: Minh Anh`, and `Tác giả Minh Anh`, its colon lost with the label's box; a
#: magazine's genre naming its writer: `Ghi chép của Đỗ Thụy`, `Bút ký của …`; a team's: `Nhóm nghiên cứu:
#: Hồng Vân - Quang Huy`, `Nhóm tác giả: …`; an e-magazine's `Nội dung và ảnh: Lê Hưng - Trình bày: …`; a
#: feed's `Câu chuyện của Thanh Bình • 22 tháng 4`, `feed_credits`).
BYLINE_LABEL = re.compile(
    rf"^(?:{FEED_LABEL}|(?:Tác giả|Người viết|(?:Nhóm |Người )?[Tt]hực hiện|Nhóm (?:tác giả|nghiên cứu)|"
    r"Phóng viên|PV|CTV|BTV|(?:Bài|Tin|Nội dung)(?:\s*(?:,|và|-|&)\s*[ảẢ]nh)?)\s*:\s*(?=\S)|"
    r"(?:Bởi|By|Tác giả|(?:Đăng|Viết)\s+bởi|(?:Posted|Written)\s+by|"
    r"(?:Ghi chép|Bút ký|Ký sự|Phóng sự|Tùy bút|Tản văn)\s+của)\s*:?\s+(?=[" + CAPITALS + r"]))"
)


_TRAILING_STAMP = re.compile(
    r"\s+(?:(?:(?:Thứ\s+\w+|Chủ\s+nhật|T\d|CN)\s*,?\s*)?(?P<when>\d{1,2}/\d{1,2}/\d{4}(?:\s*[-|,]?\s*\d{1,2}:\d{2})?)"
    r"|lúc\s+\d{1,2}[:h]\d{2}(?:\s*(?:SA|CH|AM|PM))?)(?:\s*\(?GMT\+7\)?)?$",  # Blogger's `… lúc 21:05`
    re.IGNORECASE,
)
# A photo's credit alone, a name or an agency after its label (`Ảnh: Minh Khoa`, `Ảnh: TTXVN`); a clip's
# label opens its headline (`Clip: Khoảnh khắc …`).
_PHOTO_ALONE = re.compile(r"^(?:Ảnh|Đồ họa|Đồ hoạ)\s*:\s*(?P<who>\S.*)$")
# The writer, then who made the rest (`Lê Hà - Ảnh: Minh Đức`, `Hoàng Yến | Ảnh: Minh Đức | Đồ họa: …`),
# a television report's crew too (`Hoàng Long - KTV: Đức Anh`, `Kim Ngân - Quay phim: Minh Luân`), and
# the southern `Hình` for the photos (`Ngọc Trâm - Hình: Thanh Tùng`)
_PHOTO_CREDIT = re.compile(
    r"^(?P<who>[^:]+?)(?:\s*[-–,;|]\s*|\s+)(?:Ảnh|Hình|Video|Clip|Đồ họa|Đồ hoạ|Thiết kế|Trình bày|"
    r"KTV|BTV|Quay phim|Dựng phim|Kỹ thuật|Biên tập)\s*:\s*\S.*$"
)


def parse_byline(text: str) -> Byline | None:
    """Read a credit or byline paragraph; None when it is ordinary text."""
    text = text.strip().rstrip("-–— ").strip()
    if text.endswith(",") and titles_a_person(text.split()[0]):  # `TS. Trần Thị Hồng,`: its office cut off
        text = text[:-1]
    if not text or len(text) > 120:
        return None
    if titled_writer(text):  # `TS. NGUYỄN VĂN HÙNG`, `Đại tá, ThS. LÊ VĂN BÌNH`
        return Byline(author=name_case(text))
    if answerer := expert(text):  # `Luật sư Nguyễn Văn Hùng, Đoàn Luật sư TP Hà Nội` under an answer
        return Byline(author=answerer)
    if team(text):  # `Nhóm Phóng viên` under a forum's roundup
        return Byline(author=text)
    text = role_byline(text) or text  # `Tác giả, Thanh Phương Vai trò, BBC News Tiếng Việt`
    labelled = BYLINE_LABEL.match(text)
    if labelled:
        rest = text[labelled.end() :]
        stamp = _TRAILING_STAMP.search(rest)  # `Tác giả: Minh Anh Thứ Sáu, 16/02/2024 - 08:30`
        if stamp and (writer := parse_byline(rest[: stamp.start()])) is not None and writer.author:
            return Byline(writer.source, writer.author, stamp.group("when"))
        found = parse_byline(without_day(rest))  # a feed's `Câu chuyện của X • 22 tháng 4`
        if ":" not in labelled.group(0) and (found is None or found.author is None or place(found.author)):
            return None  # `Bởi` is also `because`; what it labels must be someone (not `Bởi Hà Nội`)
        return Byline(found.source, found.author, found.when) if found else None
    photos = _PHOTO_CREDIT.match(text)  # `Lê Hà - Ảnh: Minh Đức`: the writer, then who took the photos
    if photos and (writer := parse_byline(photos.group("who"))) is not None and writer.author:
        return writer
    alone = _PHOTO_ALONE.match(text)  # `Ảnh: Minh Khoa`, `Ảnh: TTXVN`: a credit that names no writer
    if alone and (is_name(alone.group("who")) or is_source_name(alone.group("who"))):
        return Byline()
    name, dash, position = text.partition(" - ")
    if dash and is_name(name) and _POSITION.match(position) and not is_source_name(name):
        return Byline(author=name.strip())
    person = PERSON_DATED.match(text) or _STAMP_FIRST.match(text)
    if person and is_person(person.group("who")):
        return Byline(author=clean_author(person.group("who")), when=person.group("when"), unlabelled=True)
    dated = _DATE_BYLINE.match(text)
    if dated:
        who = dated.group("who")
        author, _, source = who.partition(" - ")
        when = dated.group("when")
        return Byline(source=source.strip() or None, author=_named(author), when=when, unlabelled=True)
    credit = _CREDIT.match(text)
    wires = credit.group("source").split(", ") if credit else []  # `Theo Reuters, Sputnik`: no one's name
    bracketed = text.startswith("(") and text.rstrip(".").endswith(")")  # `(Theo …)`: a credit whole
    listed = len(wires) > 1 and all(map(is_source_name, wires))
    if credit and (_outlet_like(credit.group("source"), bracketed) or listed):
        source = credit.group("source")
        stamp = _TRAILING_STAMP.search(source)  # an aggregator's `Nguồn: Báo X 27/04/2024 08:12`
        if stamp and source[: stamp.start()].strip():
            return Byline(source=source[: stamp.start()].strip(), when=stamp.group("when"))
        who, bar, outlet = source.partition(" | ")  # `Theo Nhật Linh | Dân Việt`: the writer, then the outlet
        if bar and is_name(who) and not is_source_name(who) and place(who) is None and _outlet_like(outlet):
            return Byline(source=outlet.strip(), author=who.strip())
        signed = writer_after(source.strip())  # `Theo Science Alert Minh Long`: a translator signs after it
        if signed and is_person(signed[1]):
            return Byline(source=signed[0], author=signed[1])
        return Byline(source=source.strip())
    barred = _BARRED_CREDIT.match(text)  # `Thanh Hà | Theo BBC, Guardian`, `Tuấn Minh/Theo Xinhua`
    if barred and is_name(barred.group("who")):
        return parse_byline(f"{barred.group('who')} ({barred.group('credit')})")
    via = _AUTHOR_VIA.match(text)
    if via and _outlet_like(via.group("source")):
        who = parse_byline(via.group("author"))
        if who and who.author and not who.when:
            if who.source:  # `CTV Xuân Hương/VOV.VN Theo DW/Telegraph`: VOV.VN published it
                return Byline(source=who.source, author=f"{who.author} (theo {via.group('source').strip()})")
            return Byline(source=via.group("source").strip(), author=who.author)
    author, dash, outlet = re.split(r"(\s[-–—]\s)", text, maxsplit=1) if DASH.search(text) else (text, "", "")
    if dash and is_name(author) and is_source_name(outlet) and not is_source_name(author):
        return Byline(source=outlet.strip(), author=author.strip())  # `Ngọc Thành – Vnexpress.net`
    if not dash and text.count(", ") == 1 and text[-1].isalnum():  # `Lê Hà, Viện …`, no sentence's stop
        author, dash, outlet = text.partition(", ")  # the writer, then her workplace after a comma
    if dash and is_person(author) and outlet.startswith(_BODY_HEADS):
        return Byline(author=author.strip())  # `Hoàng Thảo - Sở NN&PTNT`: the writer, then the office
    agency = _AUTHOR_AGENCY.match(text)
    if agency and is_source_name(agency.group("source")) and is_name(agency.group("author")):
        return Byline(source=agency.group("source").strip(), author=clean_author(agency.group("author")))
    wires = re.split(r",\s*|\s+và\s+", re.sub(r"^[Tt]heo\s+", "", agency.group("source"))) if agency else []
    if len(wires) > 1 and all(map(_wire, wires)) and is_name(agency.group("author")):
        return Byline(author=clean_author(agency.group("author")))  # `Khánh Linh (theo Reuters, AP)`: wires
    if agency and _AFFILIATION.match(agency.group("source")) and is_person(agency.group("author")):
        return Byline(author=clean_author(agency.group("author")))  # `Nhật Minh (Trường Đại học Cần Thơ)`
    bare = re.sub(r"\((?:T/h|t/h)\)", "", text).strip()
    if "/" in bare:
        parts = [p.strip() for p in bare.split("/")]
        if all(_outlet(p) or is_name(p) for p in parts) and len(parts) <= 3:
            sources = [outlet for p in parts if (outlet := _outlet(p))]
            authors = [p for p in parts if not _outlet(p)]
            return Byline(source="/".join(sources) or None, author=", ".join(authors) or None)
    if _repeated_site(text):
        return Byline(source=text.split()[0])
    if is_source_name(text) or (text.startswith("(") and text.endswith(")") and is_source_name(text[1:-1])):
        return Byline(source=text.strip("()"))
    names = [part.split() for part in DASH.split(text)]  # `MINH ANH - HỒNG NHUNG`: two names in capitals
    if (
        is_name(text)
        and not (text.isupper() and any(len(words) > 4 for words in names))
        and not (names_section(text) or _PLACE_WORDS.match(text))  # a section, a place (`Tại Quảng Ngãi`)
    ):
        return Byline(author=clean_author(text))
    return None


def _named(who: str) -> str | None:
    """The name a dated byline gives, without a section's name before it (`Thị trường Hoàng Yến`)."""
    who = who.strip()
    if not re.search(r"[^\W\d_]", who):
        return None  # `09:20 | 22/08/2023`: a time, no one's name
    if is_name(who):
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


def clean_author(text: str) -> str:
    """`Hạnh Chi (T/h)` → `Hạnh Chi`; an all-capitals byline (`VĂN HÙNG`) → `Văn Hùng`."""
    text = _STAFF_BEFORE.sub("", _ROLE.sub(" ", text)).strip(" -–")
    capitals = re.sub(r"\s(?:và|cùng)\s", " ", text)  # `MINH ANH và HỒNG NHUNG`: two names in capitals
    return name_case(text) if capitals.isupper() and len(text) > 3 else text


# What a writer did, in brackets after the name (`(T/h)`, `(ghi)`, `(thực hiện)`, `(lược dịch)`), and the
# staff's acronym before it (`PV Minh Anh`, `CTV Minh Anh`).
_ROLE = re.compile(r"\s*\((?:" + "|".join(map(re.escape, ROLE_WORDS)) + r")\)\s*")
_STAFF_BEFORE = re.compile(r"^(?:PV|CTV|BTV)\s+(?=[" + CAPITALS + r"][" + SMALL_LETTERS + r"])")
