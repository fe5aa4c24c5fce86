"""Signals of site furniture in a scraped body, read on the sentence-sized units `units` cuts.

`signals` says what one unit looks like: how many words, how much of it is Vietnamese stop words
(jusText's stop list), how much of it is in capitals, which furniture it holds (words such as
đăng nhập, bình luận, hotline, giấy phép, tổng biên tập, bản quyền, ©; phone numbers, e-mail and
web addresses, licence numbers, street addresses, time stamps). `chrome` decides on them (with
`widgets`, which knows the buttons of a page). The headers of lists and boxes the patterns hold are
`vocabulary`'s.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..core.sentences import ends_sentence
from ..core.text import CAPITALS, SMALL_LETTERS, fold, normalize
from .affiliate_notes import AFFILIATE_NOTE
from .app_steps import APP_WORDS, quoted_step
from .disclaimers import DISCLAIMER
from .leftovers import BROWSER_NOTICE
from .section_lists import opens_section_list
from .vocabulary import (
    BOX_HEADERS,
    COPYRIGHT,
    LOGIN,
    RELATED_HEADERS,
    RELATED_LEADS,
    alternatives,
    as_headers,
)
from .widgets import RATING, SPACED_HASHTAG, widget_ends

# Furniture: words a site prints around every article. Sure ones make any unit chrome; strong
# ones make chrome of a unit that is not a long sentence (an article may name a hotline); a
# unit is tested against `SURE` first, so `STRONG` repeats none of it.
#: A link's label going on as a sentence (`Xem thêm các thông tin …`, `Tin liên quan đến vụ án …`): a
#: word in lower case after it that names no story (`Xem thêm bài phát biểu …`, `Xem thêm tin …` link).
SENTENCE_GOES_ON = r"(?-i:\s+(?!(?:tin|bài|video|clip|ảnh|phim|chi tiết)(?!\w))[" + SMALL_LETTERS + r"])"
SURE = re.compile(
    alternatives(COPYRIGHT) + r"|\(c\)\s*\d{4}|all rights reserved|/GP-(?:\w?TTTT|TTĐT|CBC|BC|BVHTT)|/GXN-|"
    r"tổng biên tập\s*:|cơ quan chủ quản\s*:|link nguồn|source link|\{\w+\}|bạn đã gửi thành công|"
    r"rate this post|request time|quý độc giả|thưa quý|^nguồn\s*:?$|"
    r"^nơi nhận\s*:\s*[-–+]|"  # an official paper's list of whom it goes to (`Nơi nhận: - Như trên; …`)
    r"theo dõi .{1,40} trên google news|^[^.,:]{1,40} trên google news$|"
    r"^theo dõi [^.,:]{1,40} trên$|"  # the platform's icon the scraper dropped (`Theo dõi Soha trên`)
    r"^xem (?:video|clip)\b[^.!?]{0,40}\s(?:tại|trên) kênh\b|"  # `Xem video đầy đủ tại kênh Youtube …`
    # the site speaking of the page or its links (`Bạn đang đọc bài viết … tại chuyên mục …`, `Bấm vào
    # đây để duy trì trạng thái đăng nhập`): no story's words
    r"bạn đang (?:đọc|xem) bài viết|(?:bấm|nhấn|nhấp|click) vào đây|^thời gian chờ\s*:\s*\d+\s*giây$|"
    # a breadcrumb under its label (`Bạn đang xem: Trang chủ » Tin hoạt động`): the page's place, told
    r"bạn đang (?:xem|ở)\s*:\s*[^\W\d_][^»›>.!?:]{0,40}?\s[»›>]\s|"
    # a disclaimer or a notice (the browser's), a site saying it gives no advice (`… không đưa ra lời khuyên`)
    r"^(?:" + DISCLAIMER.pattern + "|" + BROWSER_NOTICE + ")|không (?:đưa ra|phải là|cung cấp) lời khuyên|"
    r"^(?-i:" + AFFILIATE_NOTE + ")|"  # an affiliate's disclosure (`Esquire có thể nhận hoa hồng khi …`)
    # a list's header, not a sentence's first words (`Xem thêm các thông tin …`, `Tin liên quan đến …`)
    r"^(?:" + alternatives(RELATED_LEADS) + r")\b(?!" + SENTENCE_GOES_ON + ")",
    re.IGNORECASE,
)
STRONG = re.compile(
    r"bản quyền|giấy phép (?:thiết lập|cung cấp)|bạn đang (?:đọc|xem)\s*:|"
    r"(?<!\w)doi\s*:?\s*(?:https?://(?:dx\.)?doi\.org/)?10\.\d{4,9}/|"  # a journal's DOI (`DOI: 10.5…/…`)
    # a paper's licence (`Giấy phép hoạt động báo chí số …`), not a licence a story tells of (`giấy phép
    # hoạt động điện lực`, a clinic's `giấy phép hoạt động` withdrawn)
    r"giấy phép hoạt động(?=\s*(?:báo chí|trang|mạng|số\b|:|\d))|"
    r"bạn (?:nghĩ|thấy) sao về|đăng (?:tải )?(?:trên|tại|trong) chuyên mục|nội dung bạn đang (?:đọc|xem)|"
    r"^\W*mời (?:quý )?(?:độc giả|bạn đọc|bạn|vị) (?:xem|theo dõi|đón đọc|vào|đọc)|"
    # a site's confirmation in its footer (`Giấy xác nhận số 12/GXN-…`, `Giấy xác nhận cung cấp thông tin …`),
    # not a paper a story lists (`Giấy xác nhận hộ nghèo của UBND cấp xã`)
    r"giấy xác nhận(?=\s*(?:số\b|:|\d|cung cấp|đăng ký (?:cung cấp|hoạt động)))|"
    r"tổng biên tập|cơ quan chủ quản|đơn vị chủ quản|thư ký tòa soạn|thư ký toà soạn|"
    r"mã số doanh nghiệp|giấy chứng nhận đăng ký (?:kinh doanh|doanh nghiệp)|người đứng đầu cơ quan báo chí|"
    r"hộp thư\s*:|ban biên tập\s*:|(?:phó )?chủ nhiệm(?: phụ trách)?\s*:|tổng giám đốc\s*:|"
    r"chịu trách nhiệm (?:nội dung|xuất bản|quản lý|chính)|chịu trách nhiệm\s*:|"
    r"liên hệ quảng cáo|quảng cáo\s*:|hotline|đường dây nóng\s*:|"
    r"(?:trên đây|nội dung (?:nêu )?trên) là (?:nội dung |phần )?(?:giải đáp|tư vấn)|"  # a firm's sign-off
    r"\bfax\b|\be-?mail\s*:|điện thoại\s*:|\bđt\s*:|\btel\s*:|trụ sở(?: chính)?\s*:|"
    r"(?<!của )(?<!lời )(?:tòa|toà) soạn\s*:|"  # the footer's field, not `Lời tòa soạn:` over a note
    r"văn phòng đại diện|địa chỉ(?: liên hệ| đkkd)?\s*:|\bmst\s*:|mã số thuế|đkkd|"
    + alternatives(LOGIN)
    + r"|tài khoản chưa|bình luận\s*\(\d+\)|gửi bình luận|viết bình luận|ý kiến bạn đọc|ý kiến của bạn\s*:|"
    r"họ (?:và )?tên\s*:(?-i:(?!\s*[" + CAPITALS + r"]\w*\s+[" + CAPITALS + r"]))|"  # a form's, not filled in
    r"chính sách bảo mật|điều khoản sử dụng|thỏa thuận người dùng|thoả thuận người dùng|"
    r"cấm sao chép|ghi rõ nguồn|phát hành lại thông tin|không được sao chép|"
    r"^\W*tải ứng dụng|theo dõi (?:chúng tôi|fanpage|kênh)|phát triển (?:và vận hành )?bởi|"
    r"vận hành (?:và phát triển )?bởi|designed by|powered by|số tài khoản|"
    r"có thể bạn quan tâm|(?:tin|bài) liên quan|^bài viết liên quan|tin cùng chuyên mục|xem thêm\s*:|"
    r"đọc thêm\s*:|nguồn\s+[^:.]{2,40}:\s*https?://|chúng tôi sử dụng cookie|chính sách cookie|"
    r"đăng ký nhận (?:bản tin|tạp chí|báo in)|nhập (?:địa chỉ )?email của bạn|"
    r"(?:trang web|website|chúng tôi) (?:này )?(?:sử dụng|dùng) cookie|"
    r"mở ứng dụng|mở app\b|mỗi đóng góp của bạn|"
    r"(?:nội dung|bài viết) (?:này )?(?:chỉ )?dành cho (?:thành viên|hội viên|tài khoản)|"
    r"để đọc tiếp|để đọc toàn bộ (?:bài|nội dung)|(?:ý kiến|bình luận)\s*\(\d+\)|tiếng việt có dấu|"
    r"bình luận của bạn (?:sẽ|đã|được)|biên tập trước khi đăng|\d+\s*/\s*[\d.]+\s*ký tự|"
    r"(?:tối đa|còn)\s*:?\s*[\d.]+ ký tự|bài viết (?:này )?có hữu ích|hủy trả lời|"
    r"^câu trả lời (?:này )?(?:có )?hữu ích|^hữu ích\s*\(\d+\)|"  # a Q&A site's vote on its answer
    r"email của bạn sẽ không được hiển thị|trường bắt buộc được đánh dấu|lưu tên của tôi|huỷ trả lời|"
    r"leave a (?:reply|comment)|số lượt truy cập|bạn thấy bài viết|"
    r"lượt truy cập\s*:|^để lại (?:một )?bình luận|^(?:đặt|gửi) câu hỏi (?:cho|tới|đến)|"
    r"xem ảnh lớn|^xem nguồn$|^gửi (?:bài|bài viết|tin bài|tin, bài|bài dự thi)$|"  # an opinion page's button
    r"^mua ngay|mua ngay$|^mua (?:sách |hàng |vé |sản phẩm )?tại\s*:|"
    r"(?:chia sẻ|gửi) (?:cảm nhận|ý kiến|câu chuyện)(?: của bạn)? (?:với|cho) chúng tôi|"
    r"^(?:bạn đọc|độc giả|quý độc giả)(?:\b[^.!?]{0,80}?\b(?:xin |vui lòng |hãy )?gửi (?:câu hỏi |thắc mắc )?"
    r"(?:về|cho|tới|đến)(?!\w)|(?: có thể| vui lòng| hãy)? (?:xem|theo dõi|tìm đọc|đón đọc)\b)|"
    r"giá tham khảo\s*:|\.(?:pdf|docx?|xlsx?)(?:\s*\([^()]{0,12}?\d[\d.,]*\s*[km]b\))?(?:\s+tải về|$)|"
    r"\((?:pdf|docx?|xlsx?|pptx?|zip)(?:\s*,\s*[\d.,]+\s*[kmg]b)?\)$|"  # a download link: `… (PDF, 2,4 MB)`
    r"^(?:ảnh\s+)?\d{1,3}\s*/\s*\d{1,3}$|"
    r"^có\s+không$|soi kèo|tỷ lệ kèo|kèo nhà cái|"  # a bookmaker's ad (`Soi kèo …`, `Tỷ lệ kèo …`)
    r"^(?:trực tiếp|live|e-?magazine|longform|multimedia|infographics?)$|^bình chọn\s*:|"
    r"^(?:tags?|từ kh[óo]a)\s*:|^chào mừng (?:bạn|quý vị|quý khách|quý độc giả)(?: đã)? đến với",
    re.IGNORECASE,
)
#: A box's header opening a unit that does not end like a sentence (`BXH V-League 2023/24`, `Thông
#: số kỹ thuật Màn hình: 6,7 inch…`): chrome; a sentence starting with the words stays.
BOX_HEAD = re.compile(r"^(?:" + alternatives(BOX_HEADERS) + r")(?!\w)", re.IGNORECASE)
#: The author's box run into its first line (`Về tác giả Bé Ba thích nấu ăn…`): the header, a name.
AUTHOR_BOX = re.compile(r"^(?:Về tác giả|VỀ TÁC GIẢ)\s+(?=[A-ZĐ])")
# Weaker hints: chrome only in company (a short unit, or next to other chrome).
_WEAK = re.compile(
    r"chia sẻ|bình luận|theo dõi|liên hệ|quảng cáo|tòa soạn|toà soạn|xem thêm|đọc tiếp|trả lời|"
    r"thông báo|đăng ký|\d+ nhận xét|không có nhận xét|gửi email|"  # a blog's counter of comments, its button
    r"ủng hộ|độc giả|bạn đọc|trang chủ|chuyên mục|tin tức|xem nhiều|mới nhất|video|podcast|"
    r"phường|quận|tầng|tòa nhà|toà nhà|ngõ|số nhà|thành viên|website|trình duyệt|"
    r"(?<!\w)bạn(?!\w)|chúng tôi|quý vị",
    re.IGNORECASE,
)
# `trước khi`, `trước đó` (before it), not `trước` (ago).
_NOT_BEFORE = r"(?!\s+(?:khi|đó|đấy|lúc))"
# A related story's teaser starts with how long ago it was published: `3h trước`, `5 phút trước`.
TEASER_START = re.compile(r"^\d{1,2}\s*(?:h|giờ|phút)\s+trước\b" + _NOT_BEFORE, re.IGNORECASE)
ADDRESS = re.compile(
    r"(?:Phường|P\.|Xã|Thị trấn)\s*[^,;]{1,30}[,;-]\s*(?:Quận|Q\.|Huyện|Thị xã|TP|Thành phố|Tp)\b",
    re.IGNORECASE,
)
# A subscriber's number (`0243 825 4231`, `(024) 3825…`, `+84…`, abroad `(+856) 20 9999 0102` in groups
# of digits, not a board's change `+850 2.345.600` nor into a date after it) or a hotline's (`1900.6162`,
# `1800 599 920`);
# not numbers a spaced dash parts (`55120 - 08463 - 73319`, a draw's results): no phone is printed so.
PHONE = re.compile(
    r"(?<![\w/])(?<!\d[.,])(?![\d .\-()]*\s-\s)(?:(?:\+?84|\(0?\d{2,4}\)|0)[\d .\-()]{7,}\d(?!\w)|"
    r"(?:\(\+\d{2,3}\)|\+\d{2,3}(?=\s))(?:[ -]\d{1,4}){2,5}(?![\w/]))|"
    r"(?<![\w/.,])1[89]00[ .]?\d{3,4}(?:[ .]\d{2,3})?(?![\w.,]\d|\w)"
)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
URL = re.compile(r"https?://|www\.|\b[\w-]+\.(?:vn|com|net|org)\b", re.IGNORECASE)
_TEASER_TIME = re.compile(
    r"(?:^|\s)\d{1,2}\s*(?:h|giờ|phút|ngày)\s+trước\b" + _NOT_BEFORE + "|"
    r"^\d{1,2}/\d{1,2}(?:/\d{2,4})?\s+(?=[A-ZĐ])"
)
_CLOCK_STAMP = re.compile(
    r"\d{1,2}:\d{2}\s*\|\s*\d{1,2}/\d{1,2}/\d{4}|(?<!được )cập nhật\s*:?\s*$", re.IGNORECASE
)
#: A masthead's description of the site (`Báo điện tử của Đảng bộ tỉnh …`, `Cơ quan của …`): chrome
#: just before the footer.
MASTHEAD = re.compile(
    r"^(?:báo điện tử của|cơ quan (?:ngôn luận |chủ quản )?của|tiếng nói của|diễn đàn của|"
    r"trang thông tin điện tử)\b",
    re.IGNORECASE,
)
# The header of a list of other stories opening a unit, a headline after it (`Tin khác Giá vàng…`).
_LIST_OPENING = re.compile(
    r"^(?:" + as_headers(RELATED_HEADERS) + r")\s*:?\s+(?:(?=[" + CAPITALS + r"])|(?=\d{1,3}\s+[^\W\d_])|"
    r"(?=\d{1,2}/\d{1,2}(?:/\d{4})?\s+[" + CAPITALS + r"]))"
)  # a headline opening with a capital or a number (`Bài viết được quan tâm 5 loại mặt nạ…`), an entry
# with its day first (`Lịch sự kiện 15/03 Ngày hội tư vấn tuyển sinh…`)
#: An ad's slot marked in the text (`ADVERTISEMENT`, `QUẢNG CÁO`): a unit of its own, chrome that
#: stands inside the story as well as around it.
AD_SLOT = re.compile(r"(?<!\w)(?:ADVERTISEMENT|Advertisement|QUẢNG CÁO)(?=\s+[" + CAPITALS + r"]|\s*$)")
AD_REASON = "an ad's slot"
#: The headline of a related link inside the story, cut from the sentence it ran into.
LINKED_HEADLINE = "the headline of a related link, run into the next sentence"
# A run of hashtags (`#lúa #nôngnghiệp`, `#H'Hen Niê #Hoa hậu Hoàn vũ`): the page's tags.
HASHTAGS = re.compile(rf"(?:^|(?<=\s)){SPACED_HASHTAG}(?:\s+{SPACED_HASHTAG})+\s*$")


# The words a page's date line holds besides its numbers: weekdays, labels, `GMT`, English months.
_MONTH_NAMES = frozenset(
    "january february march april may june july august september october november december".split()
)
_DATE_WORDS = _MONTH_NAMES | frozenset(
    "thứ hai ba tư năm sáu bảy chủ nhật t2 t3 t4 t5 t6 t7 cn ngày tháng thg đăng cập lúc xuất bản gmt "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def only_a_date(text: str) -> bool:
    """A line that is only a date (`Ngày 15 tháng 6 năm 2024`, `Thứ bảy, ngày 15/6/2024`, `Ngày
    đăng: 15-06-2024`, `June 15, 2024`): a full date with its year, words of dates and nothing else."""
    words = re.findall(r"[^\W\d_]+", text.casefold())
    numbers = len(re.findall(r"\d+", text)) + any(w in _MONTH_NAMES for w in words)
    return (
        len(text) <= 60 and numbers >= 3 and bool(_YEAR.search(text)) and all(w in _DATE_WORDS for w in words)
    )


def opens_list(text: str) -> bool:
    """A unit that starts with the header of a list of other stories, a headline after it."""
    found = _LIST_OPENING.match(text)
    if found is None:
        return opens_section_list(text)  # `Tin doanh nghiệp khác Ngân hàng …`
    return text[found.end() :][:1].isupper() or text[found.end() :][:1].isdigit()


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
        """Three names or more in title case, no sentence (`Tin tức Chính trị Kinh tế`): a menu; a long
        one with no grammar word may have names of three words (`Nuôi dạy con Tổ ấm Sức khỏe Tâm sự…`)."""
        if self.words < 5 or self.grammar > self.words // 8 or self.sentence:
            return False
        if self.words == 5:  # five names, every one in capitals (`Home Politics Economy Travel Culture`)
            return self.capitals == 1.0 and not self.grammar
        return self.capitals >= 0.5 or (self.words >= 8 and not self.grammar and self.capitals >= TITLE_CASE)

    @property
    def prose(self) -> bool:
        """Reads like article sentences: long enough, Vietnamese function words, a full stop; a
        long run without one only when it holds grammar words (`của`, `và`, `đã`), which a menu
        lacks whatever its case (`Thời sự Chính trị Kinh tế…`, `Y tế Thời sự y tế Dinh dưỡng…`)."""
        long_run = self.words >= 16 and self.grammar >= 2
        if self.sentence and self.words >= 20 and self.density >= 0.12:
            return True  # a long sentence full of names (`Hà Nội FC thắng Công an Hà Nội 2-1 ở vòng 10 …`)
        return self.words >= 10 and self.density >= 0.18 and (self.sentence or long_run)


#: The share of words in capitals from which a run without a full stop is menus or headlines.
TITLE_CASE = 0.4
#: Words that tie a sentence together and that names of sections and headlines seldom hold.
_GRAMMAR = frozenset(
    "của và là các những được đã đang sẽ có cho với tại trong như khi để này từ theo về đến vào thuộc bị do "
    "nên thì mà cũng không một hơn vừa sau trước ra lên".split()
)


def signals(text: str) -> Signals:
    words = [w.lower() for w in _WORDS.findall(text)]
    stop = stopwords()
    density = sum(1 for w in words if w in stop) / len(words) if words else 0.0
    sure = SURE.search(text) or TEASER_START.search(text) or RATING.search(text)
    strong = sure or STRONG.search(text)
    if (
        strong
        and not sure
        and quoted_step(text)
        and all(APP_WORDS.fullmatch(m.group()) for m in STRONG.finditer(text))
    ):
        strong = None  # a how-to's step naming the app's button (`… đăng nhập rồi chọn "Xem thêm" …`)
    reason = strong.group(0) if strong else None
    word = reason is not None
    if reason is None:
        for name, pattern in (("phone number", PHONE), ("e-mail", EMAIL), ("web address", URL),
                              ("teaser time", _TEASER_TIME), ("time stamp", _CLOCK_STAMP),
                              ("time stamp", STAMP), ("time stamp", LABELLED_DATE),
                              ("street address", ADDRESS)):  # fmt: skip
            if pattern.search(text):
                reason = name
                break
    letters = [w for w in _WORDS.findall(text) if not w[0].isdigit()]
    capitals = sum(1 for w in letters if w[0].isupper()) / len(letters) if letters else 0.0
    grammar = sum(1 for w in words if w in _GRAMMAR)
    weak = len(_WEAK.findall(text))
    sentence = ends_sentence(text) and not _PLACEHOLDER.search(text)
    return Signals(len(words), density, reason, weak, sentence, bool(sure), word, capitals, grammar)


# A search box's placeholder ending a menu (`… Thư viện video Tìm kiếm...`): its dots end no sentence.
_PLACEHOLDER = re.compile(r"(?:Tìm kiếm|Nhập từ khóa|Nhập từ khoá|Search)\s*(?:\.{3}|…)$", re.IGNORECASE)
# A number of a box of figures: `82.500`, `4,7%`, `27°C`, `1.5L`, `458`.
_FIGURE = re.compile(r"(?<!\S)[+-]?\d[\d.,]*(?:%|°C|[A-Za-zđ]{1,2})?(?!\S)")
# A match's score (`SLNA 1-1 Bình Định`): two figures.
_SCORE = re.compile(r"(?<!\S)\d{1,2}\s?[-–]\s?\d{1,2}(?!\S)")
# A field's label: `Ngày ban hành:`, `Giá niêm yết:`, `Động cơ:` (a capital, up to four words, a colon).
_FIELD_LABEL = re.compile(r"(?:^|(?<=\s))[" + CAPITALS + r"][^\W\d_]*(?:\s[^\W\d_]+){0,3}\s?:(?=\s)")


def furniture_end(text: str) -> int:
    """Where the last furniture of `text` ends (a furniture word, a weak one, a button, a stamp, a
    number to call): 0 when it holds none."""
    patterns = (SURE, STRONG, _WEAK, STAMP, LABELLED_DATE, _CLOCK_STAMP, PHONE, EMAIL, URL)
    return max([m.end() for p in patterns for m in p.finditer(text)] + widget_ends(text), default=0)


def title_case_items(text: str) -> bool:
    """A menu of items of several words each, every one opening with a capital after the last one's
    words in lower case (`Bản đồ tội phạm Tra cứu phạt nguội Tra cứu điểm thi`): three items at
    least, six words, no grammar word, no figure, no colon, no sentence (which a headline or a list
    of prizes has) and no person's name of three words (a story's credits)."""
    found = signals(text)
    if found.sentence or found.grammar or found.words < 6 or re.search(r"[\d:,;]", text):
        return False
    words = text.split()
    items = sum(1 for i, w in enumerate(words) if w[:1].isupper() and (i == 0 or words[i - 1][:1].islower()))
    titled = [w[:1].isupper() and w[1:].islower() for w in words]
    named = any(all(titled[i : i + 3]) for i in range(len(words) - 2))
    return items >= 3 and found.capitals >= 0.25 and not named  # `Phóng viên Trần Văn Hùng …`: credits


def figures(text: str) -> bool:
    """A box of figures or fields, not a sentence: the day's prices (`Giá vàng hôm nay SJC Mua 82.500
    Bán 84.700…`), rates (`Tỷ giá USD 25.150 - 25.480…`), a record (`Số ký hiệu: … Ngày ban hành: …
    Người ký: …`), results (`SLNA 1-1 Bình Định Hải Phòng 2-0 Khánh Hòa`, a score two figures). Four
    figures making a fifth of its words, three labelled fields, or two of each; a grammar word at most
    (a sentence full of figures has several)."""
    found = signals(text)
    if found.sentence or found.grammar > 1 or found.words < 4:
        return False
    numbers = len(_FIGURE.findall(text)) + 2 * len(_SCORE.findall(text))
    fields = len(_FIELD_LABEL.findall(text))
    tokens = len(text.split())
    return (numbers >= 4 and numbers >= 0.2 * tokens) or fields >= 3 or (fields >= 2 and numbers >= 2)


@dataclass(frozen=True)
class Unit:
    """A sentence-sized piece of one block, with the decision taken on it."""

    block: int
    text: str
    keep: bool = True
    reason: str = "article text"


STAMP = re.compile(
    r"\d{1,2}:\d{2}\s*(?:[|,\-–]\s*)?(?:ngày\s*)?\d{1,2}/\d{1,2}/\d{4}(?:\s*[(\[]?GMT\s*\+\s*0?7(?::00)?[)\]]?)?|"
    r"\d{1,2}([/.-])\d{1,2}\1(?:\d{4}|\d\d(?!\d))\s*(?:[|,\-–]\s*|lúc\s+)?\d{1,2}:\d{2}(?:\s*[AP]M)?"
    r"(?:\s*[(\[]?GMT\s*\+\s*0?7(?::00)?[)\]]?)?|"
    r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})?(?!\d)",  # an international site's `2024-12-01 11:30:00`
    re.IGNORECASE,
)
# A date under its label: `Ngày đăng: 12/06/2024`, `Cập nhật: 12/6/2024`.
LABELLED_DATE = re.compile(
    r"(?:ngày đăng|đăng ngày|cập nhật|xuất bản|posted on)\s*:?\s*\d{1,2}/\d{1,2}/\d{4}"
    r"(?:\s+(?:by|bởi)\s+\w+(?:(?:\s+\w+){1,2}(?=\s*$))?)?|"  # `Đăng ngày 15/03/2018 bởi Hằng Nga`
    r"(?:đăng bởi|posted by)\s*:?\s*[^|\d]{1,40}?(?:\s*[|,-]\s*|\s+on\s+|\s+ngày\s+)\d{1,2}/\d{1,2}/\d{4}",
    re.IGNORECASE,
)


def shouting(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def key(text: str) -> str:
    """`text`'s letters and digits, in lower case and without accents: what two printings of one line
    share, whatever their spaces, punctuation or tone marks' places (`hoà`, `hòa`)."""
    return re.sub(r"[\W_]+", "", fold(text))
