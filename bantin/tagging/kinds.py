"""What kind of entity a name is, from the words around it: the evidence tables of discovery.

Vietnamese names carry their kind in a head word ("Bộ Ngoại giao", "Hội nghị Trung ương",
"tỉnh Lào Cai"), in a title before a person ("ông", "Thủ tướng", "Tổng Bí thư"), or in their
shape (a Vietnamese surname and two or three syllables; foreign words). Places are also looked
up in `bantin.tagging.gazetteer`. Each table below is one kind of evidence; `bantin.tagging.
discover` reads them.
"""

from __future__ import annotations

from ..core.text import slugify
from . import gazetteer

#: Head words that start an organization's name and stay in it.
ORG_HEADS = tuple(
    """Bộ|Ủy ban|Ban|Hội đồng|Tổ chức|Liên minh|Liên đoàn|Ngân hàng|Quỹ|Viện|Học viện|Trường|Đại học|
    Tập đoàn|Tổng công ty|Công ty|Đảng|Hiệp hội|Hội|Cơ quan|Tòa án|Văn phòng|Tổng cục|Cục|Vụ|Sở|Đài|Báo|
    Thông tấn xã|Mặt trận|Đội|Đồn|Thành ủy|Tỉnh ủy|Huyện ủy|Đảng ủy|Bộ tư lệnh|
    Trung ương Đoàn|Tổng Liên đoàn|Công đoàn|Bộ Tư lệnh|Quân đội|Quân khu|
    Bộ đội|Trung tâm|Nhà xuất bản|Nxb|NXB|Câu lạc bộ|CLB|Hãng|Tạp chí|Quốc hội|Thượng viện|Hạ viện|
    Nghị viện|Chính phủ|Nội các|Phòng Thương mại|Sở Giao dịch|Kho bạc|Tổng Thanh tra|Kiểm toán|
    Viện Kiểm sát|Tòa|Bệnh viện|Bảo tàng|Nhà hát|Thư viện|
    Lực lượng|Quân đoàn|Sư đoàn|Hạm đội|Cảnh sát|Công an|Phong trào|Diễn đàn Kinh tế"""
    .replace("\n", "").replace("    ", "").split("|")
)  # fmt: skip
#: Head words that start an event's name.
EVENT_HEADS = tuple(
    """Hội nghị|Đại hội|Diễn đàn|Hội thảo|Lễ|Kỷ niệm|Chiến dịch|Hiệp định|Hiệp ước|Công ước|Tuyên bố|
    Thỏa thuận|Bộ Quy tắc|Quy tắc|
    Kỳ họp|Phiên họp|Cuộc họp|Hội chợ|Triển lãm|Liên hoan|Festival|Giải|Cúp|Lễ hội|Tuần lễ|
    Năm|Ngày|Chương trình|Dự án|Chiến tranh|Khởi nghĩa|Hội đàm|Đối thoại|Thượng đỉnh|
    Cuộc gặp|Tết|Vòng loại|Vòng chung kết|Giải vô địch|SEA Games|Olympic|World Cup|Cuộc thi"""
    .replace("\n", "").replace("    ", "").split("|")
)  # fmt: skip
#: Head words of a place that stay in its name ("Vịnh Bắc Bộ", "Biển Đông", "Quần đảo Hoàng Sa").
PLACE_HEADS = tuple(
    "Vịnh|Biển|Sông|Đảo|Quần đảo|Bán đảo|Núi|Đèo|Cao nguyên|Đồng bằng|Châu|Eo biển|Cửa khẩu|Cảng|"
    "Sân bay|Khu kinh tế|Khu công nghiệp|Hồ|Thác|Vườn quốc gia|Dải|Bờ Tây|Điện|Cầu|Quảng trường|"
    "Chùa|Đền|Đình|"
    "Lăng|Dinh|Sân vận động|Ga|Phố|Đường".split("|")
)
#: Lower-case words after a head word that make it a common word ("Bộ trưởng", "Ban hành").
NOT_AFTER_HEAD = frozenset(
    "trưởng viên hành đầu cáo chí kết hợp hữu đàm phó tịch phận chức lễ sự nghị ngành trình phục nhất nhì ba "
    "thưởng soạn nhà thủ thoại tâm lượng vụ luật".split()
)
#: Honorifics that are written as part of a foreign name: kept as an alias ("Samdech Hun Sen").
HONORIFICS = frozenset("Samdech Sheikh Quốc vương Hoàng thân".split())
#: Administrative words before a place's name that are not part of it ("tỉnh Lào Cai", "TP Huế").
ADMIN = tuple(
    "Thành phố|thành phố|TP|Tp|TP.|TX|Tỉnh|tỉnh|Huyện|huyện|Quận|quận|Thị xã|thị xã|Xã|xã|Phường|phường|"
    "Thị trấn|thị trấn|Thủ đô|thủ đô|bang|Bang|đặc khu|Đặc khu|vùng|miền|làng|bản|Bản".split("|")
)
#: Lower-case words before a capitalized run that make it a place.
PLACE_CONTEXT = frozenset(
    "tỉnh phố huyện quận xã phường xã trấn đô sông đảo vịnh biển núi bang vùng miền nước tại ở đến vực "
    "tới thăm khẩu cảng làng bản hồ điện bay ga".split()
)
#: Last words of a road or line before the names of its ends: "cao tốc Vĩnh Hảo – Phan Thiết",
#: "quốc lộ", "tuyến", "đường sắt Lào Cai – Hà Nội".
ROUTE_WORDS = frozenset("tốc lộ tuyến đường sắt đoạn chặng metro".split())
_DASHES = frozenset("-‐‑‒–—―")  # the tokens keep a dash as the text wrote it
#: Lower-case words (or last words of titles) before a person's name.
PERSON_CONTEXT = frozenset(
    """ông bà anh chị cô chú bác cụ chí tịch tướng thư thống trưởng sứ ký tá úy đốc lý viên nhiệm
    án sĩ sư vương hậu tử nữ hoàng giả tác gia hiệu soái lệnh nhân ngài ngài vợ chồng con trai gái
    em cháu thầy cậu tên thủ tổng kiêm""".split()
)  # fmt: skip
#: Last words of titles a person's name may follow after an organization ("Bộ trưởng Bộ …").
TITLE_ENDS = frozenset("trưởng đốc tịch thư nhiệm lệnh sứ ủy viên tập đạo diện ngôn huy".split())
#: Second words of professions after "nhà" that title a person ("nhà văn", "nhà báo", "nhà thơ").
PROFESSIONS = frozenset("văn thơ báo giáo sử soạn khoa ngoại sư".split())
#: Abbreviated titles before a person's name (`HLV`, `PGS.TS`, `ĐBQH`), which no photo credit is.
TITLE_ABBREVIATIONS = frozenset("HLV GS PGS TS ThS BS BSCKII NSND NSƯT ĐBQH KTS LS".split())
_TITLE_SPELLINGS = {t.casefold(): t for t in TITLE_ABBREVIATIONS}


def name_case(name: str) -> str:
    """A name printed in capitals in title case, its abbreviated titles as they are spelt and its
    words in lower case as they are (`TS. NGUYỄN VĂN HÙNG` → `TS. Nguyễn Văn Hùng`, `THS. LÊ AN` →
    `ThS. Lê An`, `Đại tá, TS. LÊ AN` → `Đại tá, TS. Lê An`)."""

    def word(w: str) -> str:
        parts = w.rstrip(".,").split(".")
        if all(p.casefold() in _TITLE_SPELLINGS for p in parts if p) and any(parts):
            return ".".join(_TITLE_SPELLINGS.get(p.casefold(), p) for p in w.split("."))
        return w.title() if w.isupper() else w

    return " ".join(word(w) for w in name.split(" "))


#: Capitalized titles that may open a sentence before a person's name ("Ông Nguyễn…").
PERSON_LEADERS = frozenset(
    "Ông Bà Anh Chị Ngài Samdech Tướng Đồng chí GS TS PGS ThS Cố Cựu Nhà HLV TS. GS. BS".split()
)
#: Lower-case words before a name that make it an organization ("hãng Reuters", "báo Nhân Dân").
ORG_CONTEXT = frozenset(
    "thua thắng hội hãng báo tờ kênh đài trang mạng tập đoàn ty tổ chức nhóm đảng đội lạc bộ hiệu".split()
)
#: Last words of English names that give their kind ("Premier League", "Daily Mail", "Tel Aviv Airport").
FOREIGN_TAILS = {
    "event": frozenset(
        "League Cup Games Open Championship Championships Festival Expo Summit Forum Olympics Series".split()
    ),
    "organization": frozenset(
        """FC CF Club United News Post Times Mail Journal Herald Group Bank Corp Corporation Inc Ltd
        Airlines Airways University Institute Agency Party Council Committee Foundation Company Motors
        Media Television TV Radio Network Press Review Association Federation Union Ministry Department
        Office Court Army Navy Force Fund""".split()
    ),
    "place": frozenset(
        "Street Avenue Square Island Islands Bay River Province State County Beach Airport Park "
        "Mountains".split()
    ),
}
#: Common Vietnamese surnames (and transliterated Chinese ones): the first word of a person's name.
SURNAMES = frozenset(
    """Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đoàn Vương Trịnh
    Đinh Lâm Phùng Mai Tô Trương Hà Lương Lưu Tạ Thái Cao Chu Châu Mạc Quách Văn Tăng Kiều Giang La
    Khổng Mã Tập Ôn Hồ Giả Triệu Hàn Thẩm Kim Lục Từ Khúc Doãn Âu Nghiêm Lạc Cù Tống Ninh Diệp Bạch
    Lại Hứa Thân Ông Đàm Viên Nông Lò Hầu Khuất Tôn Phí Kha Quan Lã Chử Lữ Chế Mông Hồng Tiêu Mạnh Khương
    Diêu Bàng Vi Hùng Thôi Tần Tưởng Hác Lôi Bành Đường Nhậm Ứng Chung Phó Đậu Lữ Trác Trịnh Lam""".split()
)  # fmt: skip
#: Syllables common between a surname and a given name: a place name after them is part of a person's name.
MIDDLE_NAMES = frozenset(
    "Văn Thị Hữu Đức Công Minh Quang Xuân Thanh Ngọc Đình Quốc Tiến Bá Duy Huy Kim".split()
)


def kind_of_head(words: list[str]) -> tuple[str, str] | None:
    """('organization'|'event'|'place', head) when the words start with a head word."""
    for kind, heads in (("event", EVENT_HEADS), ("organization", ORG_HEADS), ("place", PLACE_HEADS)):
        best = max((h for h in heads if words[: len(h.split())] == h.split()), key=len, default=None)
        if best:
            return kind, best
    return None


def strip_admin(name: str) -> tuple[str, str | None]:
    """("Lào Cai", "tỉnh") for "tỉnh Lào Cai"; the name unchanged when it has no such word."""
    for word in sorted(ADMIN, key=len, reverse=True):
        if name.startswith(word + " ") and name[len(word) + 1 :][:1].isupper():
            return name[len(word) + 1 :], word
    return name, None


def on_route(toks: list[str], start: int) -> bool:
    """Whether the name at `start` is an end of a road or line: right after its route word, or
    after the other end and a dash ("cao tốc Cam Lộ – La Sơn"; La Sơn is no person there)."""
    i = start - 1
    if i >= 0 and toks[i] in _DASHES:
        i -= 1
        while (
            i >= 0
            and (toks[i][:1].isupper() or toks[i].startswith("\x00"))
            and toks[i].lower() not in ROUTE_WORDS
        ):
            i -= 1
    return i >= 0 and toks[i].lower() in ROUTE_WORDS


def is_anonymized(words: list[str]) -> bool:
    """A person the press names by an initial ("Lê Thị H.", "anh Phan Đình Q."): no one a
    registry can describe."""
    return len(words) >= 2 and len(words[-1].rstrip(".")) == 1 and words[-1][:1].isupper()


def is_vietnamese_person(words: list[str]) -> bool:
    from .matcher import is_syllable

    return 2 <= len(words) <= 4 and words[0] in SURNAMES and all(is_syllable(w) for w in words)


def english_name(kind: str, name: str, country: str | None = None) -> str:
    """The English name `entities add` can give without a translator, or "" when it cannot.

    Persons are folded to ASCII (Võ Văn Thưởng → Vo Van Thuong) and foreign names kept as
    printed; places are looked up in the gazetteer, or folded when they are Vietnamese.
    """
    from .matcher import is_syllable

    words = name.split()
    if kind == "person":
        return gazetteer.fold(name)
    if kind == "place":
        known = gazetteer.place(name)
        if known is not None:
            return known.name_en
        return gazetteer.fold(name)
    if all(not is_syllable(w.strip("-")) for w in words):  # foreign or an acronym: as printed
        return name
    return ""


def proposed_id(name: str) -> str:
    return slugify(name)
