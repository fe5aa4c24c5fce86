"""Signals of site furniture in a scraped body, and the sentence-sized units they are read on.

`split_units` cuts a paragraph into sentences and a footer's fields (`Tổng biên tập: …`, a run of
words in capitals), and peels a header run into the first sentence off it; `signals` says what one
unit looks like: how many words, how much of it is Vietnamese stop words (jusText's stop list),
which furniture it holds (words such as đăng nhập, bình luận, hotline, giấy phép, tổng biên tập,
bản quyền, ©; phone numbers, e-mail and web addresses, licence numbers, street addresses, time
stamps). `chrome` decides on them (with `widgets`, which knows the buttons of a page).
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass

from bantin.core.text import fold, normalize

from ..core.sentences import ends_sentence, sentence_starts
from .widgets import leading_buttons

# The vocabulary of site furniture, for the whole importer (`boilerplate` reads whole lines with it).
#: Headers of a list of other stories: the first of them also lead a related link run into the text.
RELATED_HEADERS = (
    "xem thêm", "đọc thêm", "tin liên quan", "bài liên quan", "có thể bạn quan tâm", "tin cùng chuyên mục",
    "tin bài liên quan", "bài viết liên quan", "các tin khác", "tin khác", "cùng chuyên mục",
    "xem nhiều nhất", "đọc nhiều nhất", "tin đọc nhiều", "tin xem nhiều", "tin mới nhất", "tin mới",
    "tin nổi bật", "tin nóng", "liên kết website", "bạn có thể quan tâm", "tin tức liên quan",
    "nội dung liên quan", "tin tài trợ", "bài cùng tác giả", "tin cùng tác giả", "tiêu điểm",
    "bài viết trước", "bài viết tiếp theo", "bài viết mới nhất", "related posts", "read more",
)  # fmt: skip
#: Headers that only ever head a list of other stories: a unit they open is chrome, and run into the
#: text in capitals they start a unit of their own.
_RELATED_LEADS = (*RELATED_HEADERS[:6], "xem nhiều nhất", "đọc nhiều nhất", "tin đọc nhiều", "tin xem nhiều")
#: A copyright notice: wherever it stands, the text around it is the site's.
COPYRIGHT = ("©", "copyright", "bản quyền thuộc", "toàn bộ bản quyền")
#: A login wall's words.
LOGIN = ("đăng nhập", "đăng ký tài khoản", "quên mật khẩu", "mật khẩu")


def alternatives(phrases: tuple[str, ...]) -> str:
    """`phrases` as one regular-expression alternation."""
    return "|".join(re.escape(p) for p in phrases)


# Furniture: words a site prints around every article. Sure ones make any unit chrome; strong
# ones make chrome of a unit that is not a long sentence (an article may name a hotline); a
# unit is tested against `_SURE` first, so `_STRONG` repeats none of it.
_SURE = re.compile(
    alternatives(COPYRIGHT) + r"|\(c\)\s*\d{4}|all rights reserved|/GP-|/GXN-|"
    r"tổng biên tập\s*:|cơ quan chủ quản\s*:|link nguồn|source link|\{\w+\}|bạn đã gửi thành công|"
    r"rate this post|request time|quý độc giả|thưa quý|^nguồn\s*:?$|"
    r"^(?:" + alternatives(_RELATED_LEADS) + r")\b",
    re.IGNORECASE,
)
_STRONG = re.compile(
    r"bản quyền|giấy phép|giấy xác nhận|"
    r"^\W*mời (?:quý )?(?:độc giả|bạn đọc) (?:xem|theo dõi|đón đọc|vào|đọc)|"
    r"tổng biên tập|cơ quan chủ quản|đơn vị chủ quản|thư ký tòa soạn|thư ký toà soạn|"
    r"mã số doanh nghiệp|giấy chứng nhận đăng ký (?:kinh doanh|doanh nghiệp)|người đứng đầu cơ quan báo chí|"
    r"hộp thư\s*:|ban biên tập\s*:|(?:phó )?chủ nhiệm(?: phụ trách)?\s*:|tổng giám đốc\s*:|"
    r"chịu trách nhiệm (?:nội dung|xuất bản|quản lý|chính)|chịu trách nhiệm\s*:|"
    r"liên hệ quảng cáo|quảng cáo\s*:|hotline|đường dây nóng\s*:|"
    r"\bfax\b|\be-?mail\s*:|điện thoại\s*:|\bđt\s*:|\btel\s*:|trụ sở(?: chính)?\s*:|"
    r"tòa soạn\s*:|toà soạn\s*:|"
    r"văn phòng đại diện|địa chỉ(?: liên hệ| đkkd)?\s*:|\bmst\s*:|mã số thuế|đkkd|"
    + alternatives(LOGIN)
    + r"|tài khoản chưa|"
    r"bình luận\s*\(\d+\)|gửi bình luận|viết bình luận|ý kiến bạn đọc|ý kiến của bạn\s*:|họ (?:và )?tên\s*:|"
    r"chính sách bảo mật|điều khoản sử dụng|thỏa thuận người dùng|thoả thuận người dùng|"
    r"cấm sao chép|ghi rõ nguồn|phát hành lại thông tin|không được sao chép|"
    r"tải ứng dụng|theo dõi (?:chúng tôi|fanpage|kênh)|phát triển (?:và vận hành )?bởi|"
    r"vận hành (?:và phát triển )?bởi|designed by|powered by|số tài khoản|"
    r"có thể bạn quan tâm|tin liên quan|bài liên quan|tin cùng chuyên mục|xem thêm\s*:|"
    r"đọc thêm\s*:|nguồn\s+[^:.]{2,40}:\s*https?://|chúng tôi sử dụng cookie|chính sách cookie|"
    r"đăng ký nhận bản tin|nhập (?:địa chỉ )?email của bạn|mỗi đóng góp của bạn|"
    r"(?:nội dung|bài viết) (?:này )?(?:chỉ )?dành cho (?:thành viên|hội viên|tài khoản)|"
    r"để đọc tiếp|để đọc toàn bộ (?:bài|nội dung)|(?:ý kiến|bình luận)\s*\(\d+\)|tiếng việt có dấu|"
    r"bình luận của bạn (?:sẽ|đã|được)|biên tập trước khi đăng|\d+\s*/\s*[\d.]+\s*ký tự|"
    r"(?:tối đa|còn) [\d.]+ ký tự|bạn thấy bài viết|bài viết (?:này )?có hữu ích|hủy trả lời|huỷ trả lời|"
    r"email của bạn sẽ không được hiển thị|trường bắt buộc được đánh dấu|lưu tên của tôi|"
    r"leave a (?:reply|comment)",
    re.IGNORECASE,
)
# Weaker hints: chrome only in company (a short unit, or next to other chrome).
_WEAK = re.compile(
    r"chia sẻ|bình luận|theo dõi|liên hệ|quảng cáo|xem thêm|đọc tiếp|trả lời|thông báo|đăng ký|"
    r"ủng hộ|độc giả|bạn đọc|trang chủ|chuyên mục|tin tức|xem nhiều|mới nhất|video|podcast|"
    r"phường|quận|tầng|tòa nhà|toà nhà|ngõ|số nhà|thành viên|website|trình duyệt|"
    r"(?<!\w)bạn(?!\w)|chúng tôi|quý vị",
    re.IGNORECASE,
)
# A related story's teaser starts with how long ago it was published: `3h trước`, `5 phút trước`.
_TEASER_START = re.compile(r"^\d{1,2}\s*(?:h|giờ|phút)\s+trước\b", re.IGNORECASE)
_ADDRESS = re.compile(
    r"(?:Phường|P\.|Xã|Thị trấn)\s*[^,;]{1,30}[,;-]\s*(?:Quận|Q\.|Huyện|Thị xã|TP|Thành phố|Tp)\b",
    re.IGNORECASE,
)
_PHONE = re.compile(r"(?<![\w/])(?:\+?84|\(0?\d{2,4}\)|0)[\d .\-()]{7,}\d(?!\w)")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(r"https?://|www\.|\b[\w-]+\.(?:vn|com|net|org)\b", re.IGNORECASE)
_TEASER_TIME = re.compile(
    r"(?:^|\s)\d{1,2}\s*(?:h|giờ|phút|ngày)\s+trước\b|^\d{1,2}/\d{1,2}(?:/\d{2,4})?\s+(?=[A-ZĐ])"
)
_CLOCK_STAMP = re.compile(r"\d{1,2}:\d{2}\s*\|\s*\d{1,2}/\d{1,2}/\d{4}|cập nhật\s*:?\s*$", re.IGNORECASE)
# Where a footer's next field starts: before a furniture label run into the text.
_FIELD = re.compile(
    r"(?<=\S)(?<!Phó)(?<!PHÓ)\s+"  # not inside `Phó Tổng biên tập`
    r"(?=(?:©|Bản quyền|BẢN QUYỀN|(?:Phó )?[Tt]ổng [Bb]iên tập|PHÓ TỔNG BIÊN TẬP|TỔNG BIÊN TẬP|"
    r"Tổng thư ký|Giấy phép|GIẤY PHÉP|Giấy chứng nhận|Đơn vị chủ quản|Mã số doanh nghiệp|Hộp thư|"
    r"Ban biên tập|Tổng Giám đốc|Người đứng đầu|(?:Phó )?Chủ nhiệm(?=(?: phụ trách)?:)|Về chúng tôi|"
    r"Email|E-mail|EMAIL|Điện thoại|ĐIỆN THOẠI|Hotline|HOTLINE|Fax|FAX|"
    r"Địa chỉ|ĐỊA CHỈ|Trụ sở|TRỤ SỞ|Tòa soạn|Toà soạn|TÒA SOẠN|Liên hệ|LIÊN HỆ|Chịu trách nhiệm|"
    r"CƠ QUAN|Cơ quan chủ quản|Đường dây nóng|Bình luận \(|Ý kiến bạn đọc|Ý KIẾN BẠN ĐỌC|Gửi ý kiến|"
    r"Gửi bình luận|Đăng nhập|ĐĂNG NHẬP|Chính sách|Điều khoản|Ý kiến(?=\s*\(\d)|Bạn thấy bài viết|"
    r"MST|Mã số thuế|Văn phòng|VĂN PHÒNG|Xem thêm:|Link nguồn|Số tài khoản|Quảng cáo:|QC:|"
    r"Chia sẻ|Copy link|Sao chép liên kết|Gửi góp ý|Báo lỗi|Lượt xem|Nghe bài viết|Nghe đọc|Cỡ chữ|"
    r"Từ kh[óo]a|Mời (?:quý )?(?:độc giả|bạn đọc)|Tags?|Chủ đề:|Tải app|Tải ứng dụng|Đăng ký nhận|"
    r"Theo dõi|Like|Advertisement|Ủng hộ|"
    r"Thích(?=\s+(?:Vui|Chia sẻ|Yêu thích|\d))|"
    r"Danh mục:|Thẻ:|Chuyên mục:|Để lại (?:một )?bình luận|Leave a|Previous Post|Share this|"
    r"Nguồn(?=:)|Tác giả(?=\s*:)|\|(?=\s*(?:Ngày đăng|Đăng ngày|Ngày cập nhật|Cập nhật|Lượt xem)\s*:)"
    r")(?=[\s:(]|$))"
)

# The header of a list of other stories run into the text (`… Thanh Sơn Tin cùng chuyên mục Sạt lở…`),
# capitalised as a header is, starts a unit: the byline before it is read, the list after it goes.
_HEADER_RUN = re.compile(
    r"(?<=[^\W\d_])\s+(?=(?:"
    + "|".join(f"{re.escape(h[0].upper() + h[1:])}|{re.escape(h.upper())}" for h in RELATED_HEADERS)
    + r")(?:\s*:)?\s)"
)

#: A masthead's description of the site (`Báo điện tử của Đảng bộ tỉnh …`, `Cơ quan của …`): chrome
#: just before the footer.
MASTHEAD = re.compile(
    r"^(?:báo điện tử của|cơ quan (?:ngôn luận |chủ quản )?của|tiếng nói của|trang thông tin điện tử)\b",
    re.IGNORECASE,
)
# The header of a list of other stories opening a unit, a headline after it (`Tin khác Giá vàng…`).
_LIST_OPENING = re.compile(
    r"^(?:"
    + "|".join(f"{re.escape(h[0].upper() + h[1:])}|{re.escape(h.upper())}" for h in RELATED_HEADERS)
    + r")\s*:?\s+(?=[^\W\d_])(?=\w*[A-ZĐÀ-Ỹ])"
)
# A run of hashtags (`#lúa #nôngnghiệp`): the page's tags.
HASHTAGS = re.compile(r"(?:^|(?<=\s))#[^\W\d_]\w*(?:\s+#[^\W\d_]\w*)+\s*$")


def opens_list(text: str) -> bool:
    """A unit that starts with the header of a list of other stories, a headline after it."""
    found = _LIST_OPENING.match(text)
    return found is not None and text[found.end() :][:1].isupper()


# A credit in brackets with more run on after it (`(Theo TTXVN) Bình luận …`) ends its unit.
_CREDIT_RUN = re.compile(r"\((?:[Tt]heo|[Nn]guồn)\s*:?\s+[^()]{2,40}\)(?=\s+[^\W\d_])")

# A labelled byline in a line of fields (`Kinh tế | 10/01/2024 06:45 | Bài và ảnh: Minh Khoa`).
_LABELLED_BYLINE = re.compile(r"\|\s*(?=(?:Tác giả|Người viết|Bài|Tin)(?:\s*(?:,|và|-)\s*ảnh)?\s*:)")


@functools.cache
def stopwords() -> frozenset[str]:
    """jusText's Vietnamese stop words (function words), normalized."""
    import justext

    return frozenset(normalize(word) for word in justext.get_stoplist("Vietnamese"))


_WORDS = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Signals:
    """What one unit looks like: its words, how much of it is stop words, what furniture it has."""

    words: int
    density: float
    strong: str | None
    weak: int
    sentence: bool
    sure: bool = False
    word: bool = False  # `strong` is a furniture word, not only a phone number or an address
    capitals: float = 0.0  # the share of its words that start with a capital
    grammar: int = 0  # how many of its words are grammar words (`của`, `đã`, `tại`), which menus lack

    @property
    def menu(self) -> bool:
        """Names in title case, no sentence (`Tin tức Chính trị Kinh tế Đô thị`): a menu's."""
        return self.words >= 4 and self.capitals >= 0.5 and self.grammar == 0 and not self.sentence

    @property
    def prose(self) -> bool:
        """Reads like article sentences: long enough, Vietnamese function words, a full stop; a
        long run without one only when it is not in title case (a menu `Thời sự Chính trị Kinh tế…`,
        headlines run together)."""
        long_run = self.words >= 16 and (self.capitals < _TITLE_CASE or self.grammar >= 2)
        return self.words >= 10 and self.density >= 0.18 and (self.sentence or long_run)


#: The share of words in capitals from which a run without a full stop is menus or headlines.
_TITLE_CASE = 0.4
#: Words that tie a sentence together and that names of sections and headlines seldom hold.
_GRAMMAR = frozenset(
    "của và là các những được đã đang sẽ có cho với tại trong như khi để này từ theo về đến vào thuộc bị do "
    "nên thì mà cũng không một hơn vừa sau trước ra lên".split()
)


def signals(text: str) -> Signals:
    words = [w.lower() for w in _WORDS.findall(text)]
    stop = stopwords()
    density = sum(1 for w in words if w in stop) / len(words) if words else 0.0
    sure = _SURE.search(text) or _TEASER_START.search(text)
    strong = sure or _STRONG.search(text)
    reason = strong.group(0) if strong else None
    word = reason is not None
    if reason is None:
        for name, pattern in (("phone number", _PHONE), ("e-mail", EMAIL), ("web address", _URL),
                              ("teaser time", _TEASER_TIME), ("time stamp", _CLOCK_STAMP),
                              ("time stamp", _STAMP), ("time stamp", _LABELLED_DATE),
                              ("street address", _ADDRESS)):  # fmt: skip
            if pattern.search(text):
                reason = name
                break
    letters = [w for w in _WORDS.findall(text) if not w[0].isdigit()]
    capitals = sum(1 for w in letters if w[0].isupper()) / len(letters) if letters else 0.0
    grammar = sum(1 for w in words if w in _GRAMMAR)
    weak = len(_WEAK.findall(text))
    sentence = ends_sentence(text)
    return Signals(len(words), density, reason, weak, sentence, bool(sure), word, capitals, grammar)


@dataclass(frozen=True)
class Unit:
    """A sentence-sized piece of one block, with the decision taken on it."""

    block: int
    text: str
    keep: bool = True
    reason: str = "article text"


def split_units(text: str) -> list[str]:
    """A paragraph → its sentences, with a footer's fields (`Tổng biên tập: …`) and the items of a
    numbered list run into the text (`1. Nhấn … 2. Tìm … 3. Tải lại trang`) apart."""
    items = _list_items(text)
    cuts = {0, len(text), *(s for s in sentence_starts(text) if s not in items.values()), *items}
    cuts.update(m.end() for m in _FIELD.finditer(text))
    cuts.update(m.end() for m in _HEADER_RUN.finditer(text))
    cuts.update(m.end() for m in _CREDIT_RUN.finditer(text))
    cuts.update(m.start() for m in HASHTAGS.finditer(text))
    cuts.update(m.end() for m in _LABELLED_BYLINE.finditer(text))
    cuts.update(m.start(1) for m in _SOURCE_LINK.finditer(text))
    cuts.update(m.start() for m in _PLACEHOLDER.finditer(text))
    if not shouting(text):
        cuts.update(_caps_runs(text))
    ordered = sorted(cuts)
    pieces = [text[a:b].strip() for a, b in itertools.pairwise(ordered)]
    return [part for piece in pieces if piece for part in _peel(piece)]


_STAMP = re.compile(
    r"\d{1,2}:\d{2}\s*(?:[|,\-–]\s*)?(?:ngày\s*)?\d{1,2}/\d{1,2}/\d{4}(?:\s*[(\[]?GMT\s*\+\s*7[)\]]?)?|"
    r"\d{1,2}/\d{1,2}/\d{4}\s*(?:[|,\-–]\s*)?\d{1,2}:\d{2}(?:\s*[AP]M)?(?:\s*[(\[]?GMT\s*\+\s*7[)\]]?)?",
    re.IGNORECASE,
)
# A date under its label: `Ngày đăng: 12/06/2024`, `Cập nhật: 12/6/2024`.
_LABELLED_DATE = re.compile(
    r"(?:ngày đăng|đăng ngày|cập nhật|xuất bản)\s*:?\s*\d{1,2}/\d{1,2}/\d{4}|"
    r"(?:đăng bởi|posted by)\s*:?\s*[^|\d]{1,40}?(?:\s*[|,-]\s*|\s+on\s+)\d{1,2}/\d{1,2}/\d{4}|"
    r"posted on\s+\d{1,2}/\d{1,2}/\d{4}(?:\s+by\s+\w+)?",
    re.IGNORECASE,
)
# Unambiguous enough to cut a sentence at.
_FURNITURE = (_SURE, _PHONE, EMAIL, _URL, _STAMP, _ADDRESS, _LABELLED_DATE)


_RELATED = re.compile(r"^(?:" + alternatives(_RELATED_LEADS[:5]) + r")\s*:?\s*", re.I)
_RELATED_LIST = re.compile(r"^(?:" + alternatives(_RELATED_LEADS) + r")\b", re.I)
# Words that start a sentence and never end a headline: where a related link run into the text stops.
_STARTERS = re.compile(
    r"\s(?=(?:Theo|Trong|Tại|Sau khi|Trước đó|Khi|Ngày|Hôm|Sáng|Chiều|Tối|Đây|Đó|Với|Để|Từ|Vì|Do|Nếu|"
    r"Tuy nhiên|Nhưng|Ngoài ra|Hiện|Việc|Vào|Cũng|Còn|Cùng ngày|Trước|Lúc)\s)"
)


# The label of a link to the original left at the end (`… Đức Hùng Source link`, `(theo Reuters) Nguồn`).
# Capitalised as a link is, so a line ending `… từ nguồn` keeps its word.
_SOURCE_LINK = re.compile(r"\S\s+(Nguồn|[Ss]ource link|[Ll]ink nguồn)\s*:?\s*$")
# A comment box's template left unrendered (`Anh Thùy {name} - {time} Trả lời`) starts a unit.
_PLACEHOLDER = re.compile(r"(?<=\s)\{\w+\}")
_ITEM = re.compile(r"(?:^|(?<=\s))(\d{1,2})\.\s+(?=[^\W\d_])")


def _list_items(text: str) -> dict[int, int]:
    """Where the items of a numbered list run into the text start (`2. Tìm…`), each with where its
    words start: numbers that follow one another (1, 2, 3), each before a word in capitals."""
    found = [m for m in _ITEM.finditer(text) if text[m.end()].isupper()]
    numbers = {int(m.group(1)) for m in found}
    return {
        m.start(): m.end() for m in found if int(m.group(1)) - 1 in numbers or int(m.group(1)) + 1 in numbers
    }


def _caps_runs(text: str) -> list[int]:
    """Where a run of three or more words in capitals starts inside mixed-case text (a section
    header such as `CÓ THỂ BẠN QUAN TÂM` run into the text)."""
    cuts = []
    tokens = list(re.finditer(r"\S+", text))
    for i in range(1, len(tokens) - 2):
        run = [t.group(0) for t in tokens[i : i + 3]]
        if all(shouting(w) for w in run) and not shouting(tokens[i - 1].group(0)):
            cuts.append(tokens[i].start())
    return cuts


def shouting(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


_CRUMBS = re.compile(r"^(?:[^\W\d_][^\W_]*(?: [^\W_]+){0,3} ?[>»›] ?)+")


# A news agency's or the paper's tag opening the lead: `TPO - `, `(NLĐO) - `, `GD&TĐ - `, `VTV.vn - `.
_AGENCY = re.compile(r"(?<!\S)(?:\([A-ZĐ][\w&]+\)|[A-ZĐ][A-ZĐ&]+(?:\.vn)?)\s*[-–]\s+(?=[A-ZĐ])")


def _peel(piece: str) -> list[str]:
    """`Liên hệ quảng cáo 0942… - info@x.vn Chiều nay (18/2), Ban An toàn…`: a header run into the
    first sentence with no full stop between them is cut after its last piece of furniture; a
    related link (`Xem thêm: …`) before the next sentence's first word."""
    for agency in reversed(list(_AGENCY.finditer(piece))):  # `Thời sự Văn hóa GD&TĐ - Sở…`: a menu, the lead
        menu, found = signals(piece[: agency.start()]), signals(piece[agency.start() :])
        if menu.words >= 4 and menu.capitals >= _TITLE_CASE and not menu.sentence and found.prose:
            if not found.strong and found.sentence:
                return [piece[: agency.start()].strip(), piece[agency.start() :].strip()]
    related = _RELATED.match(piece) or _STRONG.match(piece)
    if related:
        starter = _STARTERS.search(piece, related.end())
        if starter and signals(piece[starter.end() :]).prose:
            return [piece[: starter.start()].strip(), piece[starter.end() :].strip()]
    crumbs = _CRUMBS.match(piece)  # `Trang chủ > Kinh tế > Nông nghiệp Sáng 12/6, …`
    if crumbs:
        starter = _STARTERS.search(piece, crumbs.end())
        if starter and len(piece[crumbs.end() : starter.start()].split()) <= 4:
            found = signals(piece[starter.end() :])
            if found.prose and not found.strong:
                return [piece[: starter.start()].strip(), piece[starter.end() :].strip()]
    buttons_end = leading_buttons(piece)
    if buttons_end:  # `Copy link Sáng 12/6, …`: a share bar glued to the lead
        rest = piece[buttons_end:].strip(" |:/»>-–")
        found = signals(rest)
        if rest[:1].isupper() and found.prose and found.sentence and found.words >= 12 and not found.strong:
            return [piece[:buttons_end].strip(), rest]
    ends = [m.end() for pattern in _FURNITURE for m in pattern.finditer(piece)]
    if not ends:
        return [piece]
    cut = max(ends)
    rest = piece[cut:]
    head = re.match(r"[\s\-–—|:.,;]*", rest)
    start = cut + (head.end() if head else 0)
    start += leading_buttons(piece[start:])  # `… 10:05 | 1.234 lượt xem Sáng 12/6, …`
    start += len(piece[start:]) - len(piece[start:].lstrip(" |-–—:"))
    rest = piece[start:]
    if not rest.lstrip('(“"')[:1].isupper():
        return [piece]
    if _RELATED_LIST.match(piece) and not ends_sentence(rest):
        return [piece]  # headlines after a related header, not a first sentence after a menu
    found = signals(rest)
    if found.strong or not found.prose or found.words < 12:
        return [piece]
    return [piece[:start].strip(), rest]


def peel_time_ago(text: str) -> tuple[str, str] | None:
    """`2 giờ trước Sáng 12/6, Sở…`: a page's time stamp glued to a sentence → (stamp, sentence), or
    None. `chrome` asks only before the article's first sentence (a related story's `3h trước` in the
    tail keeps its teaser whole)."""
    stamp = _TEASER_START.match(text)
    if stamp is None:
        return None
    rest = text[stamp.end() :].strip()
    found = signals(rest)
    if not rest[:1].isupper() or found.strong or not found.prose or not found.sentence:
        return None
    return text[: stamp.end()].strip(), rest


def key(text: str) -> str:
    return re.sub(r"[\W_]+", "", fold(text))
