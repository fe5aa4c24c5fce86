"""Site chrome scraped along with the article: forms, menus, related links, footers.

Two kinds: lines that are chrome on their own (`Rate this post`, `Xem thêm >>> …`, a language
menu, a login wall), and section headers after which a list of other headlines follows
(`Tin liên quan`, `Các tin khác`, `Xem nhiều nhất`). Both are dropped; every other paragraph of the
article is kept, in order.
"""

from __future__ import annotations

import re

from ..core.sentences import ends_sentence, quoted_in_clause
from ..core.text import is_syllable
from .furniture import HASHTAGS, SENTENCE_GOES_ON, signals
from .numbered_items import opens_item
from .section_lists import section_header
from .vocabulary import BLOG_LABEL, COPYRIGHT, LOGIN, RELATED_HEADERS, alternatives
from .widgets import SPACED_TAGS

_CHROME_LINES = re.compile(
    r"^(?:mục lục|in|print|trang(?:\s+\d+){2,}(?:\s+(?:tiếp|sau|trước|»|›))?|"
    r"(?:trang|page)\s*\d{1,3}(?:\s*(?:/|trên|of)\s*\d{1,3})?|"  # a PDF's page number
    r"phản hồi|thông tin người gửi phản hồi|gửi phản hồi|ý kiến bạn đọc|ý kiến của bạn|bình luận|"
    r"gửi bình luận|viết bình luận|rate this post|error: content is protected !*|chia sẻ|share|tweet|"
    r"in bài|in bài viết|lưu bài|bản in|gửi bài|quay lại|về trang chủ|trang chủ|lên đầu trang|"
    r"trở lại đầu trang|top|đăng nhập|đăng ký|đăng xuất|quên mật khẩu|mật khẩu|ghi nhớ|tìm kiếm|"
    r"theo dõi chúng tôi|tags?|từ khóa|từ khoá|chủ đề|video|ảnh|clip|infographic|tải ứng dụng|"
    r"like|thích|bỏ thích|thích điều này:?|like this:?|"  # a blog's like bar and its label
    r"facebook|twitter|zalo|email|copy link|sao chép liên kết|quảng cáo|gửi|họ tên|"
    r"họ và tên|nội dung|mã xác nhận|chia sẻ bài viết|xem thêm bình luận|(?:ý kiến|bình luận)\s*\(\d+\)|"
    r"số điện thoại hoặc email|email hoặc số điện thoại|ghi nhớ đăng nhập|tạo tài khoản|"
    r"[-–]?\s*ảnh\s*\d+\s*\.?|\(ảnh\s*\d+\)|loading\.*|đang tải\.*|click để xem|xem ảnh|xem video|"
    r"thông báo|thông báo mới|advertisement|sponsored)$",
    re.IGNORECASE,
)
_CHROME_STARTS = re.compile(
    r"^(?:(?:xem thêm|xem tiếp|đọc tiếp|nghe thêm)(?!" + SENTENCE_GOES_ON + ")|đọc thêm:|>>|"
    r"bạn đọc quan tâm:(?!.*[.…]$)|"  # a teaser under the reader's label, not a notice ending its sentence
    r"(?:xem(?=(?:\s+\S+){0,5}\s+\d|\s+(?:toàn văn|chi tiết|đầy đủ|tại đây))|tra cứu|tải (?:file|tệp|về)|"
    r"(?:gửi|bình chọn|đăng ký|tham gia)(?=\s.*\stại đây$)|"  # a call to act on a link, `tại đây` closing it
    r"thanh toán (?:tiền điện|tiền nước|hóa đơn|hoá đơn|trực tuyến|online))"  # a utility's payment prompt
    r"\s(?!.*[.!?:…]$)"
    r"(?=(?:\S+\s+){0,7}\S+$|(?:\S+\s+){2,16}tại đây$)|"  # a link (`Tra cứu thẻ …`, `Xem dự báo 10 ngày`,
    # `Tra cứu điểm chuẩn các trường … tại đây`, `Gửi ảnh dự thi … tại đây`), not a heading (`Xem lại …`)
    r"mời (?:quý )?(?:độc giả|bạn đọc)|độc giả gọi vào số|"
    r"tải ứng dụng|tải app|" + alternatives(COPYRIGHT) + r"|số giấy phép|giấy phép số|"
    r"tổng biên tập:|địa chỉ:|điện thoại:|email:|hotline|liên hệ quảng cáo|bạn cần đăng nhập|"
    r"vui lòng đăng nhập|đăng nhập để|đăng nhập bằng|đăng nhập với|bạn chưa đăng nhập|"
    r"mời bạn đăng nhập|theo dõi .{1,40} trên google news|tags?(?::|\s)|từ kh[óo]a:(?!.*[.!?]$)|"
    r"từ kh[óo]a\s(?!.*[.!?]$)|chủ đề:|"
    r"bài viết cùng chủ đề|"
    r"danh mục:|thẻ:|" + BLOG_LABEL + r"|chuyên mục:|đăng bởi|posted (?:by|in|on)\b)",
    re.IGNORECASE,
)
_CHROME_ANYWHERE = re.compile(
    r"toàn bộ bản quyền thuộc|số giấy phép:|độc giả chia sẻ video đến|chịu trách nhiệm xuất bản|"
    r"tải ứng dụng\w|đăng nhập tài khoản|đăng nhập để (?:bình luận|tiếp tục|đọc)|quên mật khẩu\?",
    re.IGNORECASE,
)
#: Headers after which only other articles' headlines follow.
_SECTIONS = re.compile(r"^(?:" + alternatives(RELATED_HEADERS) + r")\s*:?$", re.IGNORECASE)
_LANGUAGES = (
    "english", "français", "español", "deutsch", "русский", "中文", "日本語", "한국어", "ภาษาไทย",
    "ລາວ", "ខ្មែរ", "khmer",  # a Khmer service's link in its Latin name (`Tiếng Việt English Khmer`)
    "bahasa indonesia", "italiano", "português", "العربية", "tiếng việt", "tiếng anh", "tiếng pháp",
    "tiếng trung", "tiếng nga", "tiếng lào", "tiếng khmer", "tiếng thái", "tiếng nhật", "tiếng hàn",
)  # fmt: skip
_FOREIGN_SCRIPT = re.compile(
    r"[\u0400-\u04ff\u0600-\u06ff\u0e00-\u0eff\u1780-\u17ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]"
)
_SHARE_WORDS = frozenset(
    "facebook twitter zalo email linkedin pinterest messenger telegram like tweet share chia sẻ in copy link "
    "gửi bài lưu bình luận theo dõi google news".split()
)


# A page's number between dashes, as a PDF prints it at the foot of each page (`- 2 -`).
_PAGE_NUMBER = re.compile(r"[-–]\s*\d{1,3}\s*[-–]")
_ACCOUNT_WORDS = re.compile(alternatives(LOGIN) + r"|tài khoản\?", re.IGNORECASE)


# A pointer a site prints before a link's label (`➤ Xem thêm: …`, `► Đọc thêm: …`, `👉 Xem thêm: …`): a
# symbol (an arrow, a hand, a dingbat), no word of the line.
_POINTER = re.compile(
    r"^(?:[\u2190-\u21ff\u25a0-\u25ff\u2700-\u27bf\U0001f446-\U0001f449\U0001f4cc\U0001f53a-\U0001f53d]\ufe0f?\s*)+"
)


def is_chrome(text: str) -> bool:
    """A paragraph that is site chrome, not article text."""
    stripped = _POINTER.sub("", text.strip().strip("|•·-–")).strip()
    if not stripped or _PAGE_NUMBER.fullmatch(text.strip()):
        return True
    if (
        _ACCOUNT_WORDS.search(stripped)
        and len(stripped) < 80
        and not ends_sentence(stripped)
        and not opens_item(stripped)
    ):
        return True  # a login wall's pieces: `Đăng nhập bằng Google`, `Bạn chưa có tài khoản?`
    if _CHROME_LINES.match(stripped):
        return True
    if _CHROME_ANYWHERE.search(stripped) and not (opens_item(stripped) and ends_sentence(stripped)):
        return True  # not a how-to's numbered step (`1. Mở ứng dụng VNeID, đăng nhập tài khoản mức độ 2.`)
    if _CHROME_STARTS.match(stripped) and not (story_sentence(stripped) or _names_a_work(stripped)):
        return True
    if is_language_menu(stripped) or _is_share_menu(stripped) or _BREADCRUMB.match(stripped):
        return True
    if stripped.casefold() in _LANGUAGES:  # a link to the site in another language (`English`)
        return True
    if HASHTAGS.fullmatch(stripped) or (SPACED_TAGS.match(stripped) and not ends_sentence(stripped)):
        return True
    return _PHOTO_STUB.fullmatch(stripped) is not None


# A link's or a contact line's opening word that a sentence of the story may open with as well.
_SENTENCE_OPENERS = re.compile(r"^(?:hotline|xem thêm)(?!\s*:)\s", re.IGNORECASE)
# A number closing a sentence with no colon before it: the words lead to it, no label does.
_SPOKEN_NUMBER = re.compile(r"^[^:]+\s\d[\d .]*\d\.$")
# … or a hotline the sentence tells of in lower case after its own words, which go on after the number
# (`Khi nghi ngờ bị lừa đảo, liên hệ ngay hotline 1900 58 58 85 để được hỗ trợ khóa tài khoản.`, a bank's
# warning); a site's appeal names its reader (`Quý khách vui lòng gọi hotline …`).
_TOLD_HOTLINE = re.compile(
    r"^(?!.*(?i:quý khách|vui lòng|bạn đọc|độc giả|quảng cáo))[^:]*[^\W\d_],?\s(?:liên hệ|gọi)(?: ngay)?"
    r" hotline \d[\d .]{6,14}\d\s[^\W\d_]"
)
_TOLD_DENSITY = 0.25
_STORY_DENSITY = 0.3  # stop words of a sentence, which a contact line (`Hotline tư vấn: 1800 6868.`) lacks


def story_sentence(text: str) -> bool:
    """A whole sentence of the story opening with a link's or a contact line's word (`Hotline của
    trung tâm là 0274 …, làm việc cả thứ bảy.`, `Xem thêm ảnh …, bạn đọc có thể vào …`): eight words
    or more, as many stop words as a sentence has, and a full stop after a word, or after a number
    the sentence's own words lead to (`… hoạt động 24/7 qua số 1800 1096.`): a contact line puts its
    number after a label's colon (`Hotline tư vấn: 1800 6868.`)."""
    ends = re.search(r"[^\W\d_]\.$", text) or _SPOKEN_NUMBER.search(text)
    told = _TOLD_HOTLINE.search(text)
    if not (_SENTENCE_OPENERS.match(text) or told) or not ends:
        return False
    found = signals(text)
    least = _TOLD_DENSITY if told else _STORY_DENSITY  # its number's digits are words with no stop word
    return found.sentence and found.words >= 8 and found.density >= least


def _names_a_work(text: str) -> bool:
    """A sentence opening with a link's words that names a work in quotes and goes on after it in
    small letters to its stop (`Mời bạn đọc xem lại bài “…” mà chúng tôi đăng năm 2015 để …`): the
    writer's own pointer, which stays (`quoted_in_clause`)."""
    return ends_sentence(text) and any(quoted_in_clause(text, m.start()) for m in re.finditer("“", text))


# A photo's alternative text, the headline and the photo's number (`Lễ hội đua thuyền - Ảnh 1.`), which
# news-please keeps above the caption: no caption's credit has a number for a name.
_PHOTO_STUB = re.compile(r"[^.!?]{1,150}?\s[-–]\s*Ảnh\s*\d{1,2}\s*\.?")


# A breadcrumb: `Trang chủ > Kinh tế > Nông nghiệp`, `Thời sự » Giao thông`: short names between arrows.
_CRUMB = r"[^\W\d_][^\W_]*(?: [^\W_]+){0,3}"
_BREADCRUMB = re.compile(rf"^(?:{_CRUMB} ?[>»›] ?){{1,5}}(?:{_CRUMB})?$")


def is_section_header(text: str) -> bool:
    """`Tin liên quan`, `Các tin khác`…: the headlines that follow are other articles."""
    return bool(_SECTIONS.match(text.strip())) or section_header(text)  # `Tin du lịch khác`


def is_language_menu(text: str) -> bool:
    """A site's language switcher (VOV World lists a dozen languages in their own scripts), or a line of
    two such links and nothing else, one named in its own tongue (`Tiếng Việt English`)."""
    pair = _PAIR.fullmatch(text.strip())
    if pair and not all(name.casefold().startswith("tiếng ") for name in pair.groups()):
        return True  # not `Tiếng Anh, Tiếng Pháp`: a list of school subjects names them in Vietnamese
    left = " ".join(remove_language_menus(text).split())
    if len(left) < len(text.strip()) and len(left) < 0.3 * len(text.strip()):
        return True
    scripts = len({_script_block(ch) for ch in _FOREIGN_SCRIPT.findall(text)})
    return scripts >= 3 and len(text) < 200


def _script_block(ch: str) -> int:
    return ord(ch) >> 8


def _is_share_menu(text: str) -> bool:
    words = [w.strip(".,;:!·•-") for w in text.casefold().replace("|", " ").split()]
    return 1 < len(words) <= 12 and all(w in _SHARE_WORDS for w in words)


def is_headline(text: str) -> bool:
    """A link to another article: a short line that does not end like a sentence with a full stop."""
    stripped = text.strip()
    return (
        0 < len(stripped) <= 200
        and not stripped.endswith((".", ":", ";", ","))
        and not ends_sentence(stripped.rstrip("?!"))
    )


_LANGUAGE_RUN = re.compile(
    r"(?i)(?<!\w)(?:" + "|".join(re.escape(n) for n in sorted(_LANGUAGES, key=len, reverse=True)) + r")"
    r"(?:[\s|/•·]+(?:"
    + "|".join(re.escape(n) for n in sorted(_LANGUAGES, key=len, reverse=True))
    + r")){2,}(?!\w)"
)


# A switcher's items between bars, a language the list does not know among them: a province's site
# offers its peoples' languages (`Tiếng Việt | Ba Na | Xơ Đăng | English`, `Jrai`, `M'Nông`), each a
# name of a word or two in capitals (the last of one word, which no menu's next item joins).
_KNOWN = "|".join(re.escape(n) for n in sorted(_LANGUAGES, key=len, reverse=True))
_NAME = r"[A-ZĐ][^\W\d_]*(?:['’][A-ZĐ]?[^\W\d_]+)?"
_ITEM = rf"(?:(?i:{_KNOWN})|{_NAME}(?: {_NAME})?)(?=\s*\|)"  # an item the next one's bar follows
_BARRED_RUN = re.compile(rf"(?<![\w|]){_ITEM}(?:\s*\|\s*{_ITEM})+\s*\|\s*(?:(?i:{_KNOWN})|{_NAME})(?!\w)")
# Two languages' links alone on a line (`Tiếng Việt English`, `Tiếng Việt | English`).
_PAIR = re.compile(rf"(?i)({_KNOWN})[\s|/•·]+({_KNOWN})")


def _barred_switcher(match: re.Match[str]) -> str:
    """The run cut out when two of its items or more are languages the list knows, one of them named in
    its own tongue (`English`, `ລາວ`), else kept: a list of school subjects names them in Vietnamese
    (`Toán | Tiếng Anh | Tiếng Pháp`)."""
    known = [item for item in (i.strip().casefold() for i in match.group().split("|")) if item in _LANGUAGES]
    return " " if len(known) >= 2 and any(not k.startswith("tiếng ") for k in known) else match.group()


def remove_language_menus(text: str) -> str:
    """Cut a run of three or more language names (a language switcher) out of a text, and a run of
    names between bars two of which or more are languages."""
    text = _LANGUAGE_RUN.sub(" ", text) if _LANGUAGE_RUN.search(text) else text
    return _BARRED_RUN.sub(_barred_switcher, text) if "|" in text else text


def peel_language_link(text: str) -> tuple[str, str] | None:
    """(link, lead) of the site's link to its edition in another language, named in that language
    (`English`, `Français`), the last item of the header run into the lead (`English Thực hiện Công
    điện …`): the lead a plain sentence of ten words or more, its first word a Vietnamese one (not
    `English Premier League …`, a name), or a pair of such links (`Tiếng Việt English Bộ đội …`); None
    for anything else. `page_header` asks before the lead."""
    first, _, rest = text.partition(" ")
    pair = _PAIR.match(text)
    if pair and is_language_menu(pair.group()) and text[pair.end() : pair.end() + 1] == " ":
        first, rest = pair.group(), text[pair.end() :].strip()
    elif first.casefold() not in _LANGUAGES:
        return _link_after_menu(text)
    if not rest[:1].isupper() or not is_syllable(rest.split()[0]):
        return None
    found = signals(rest)
    return (first, rest) if found.sentence and found.words >= 10 and found.strong is None else None


# A header's menu of sections is a few words, a portal's with its services a few more: a link further
# on is the story's.
_MENU_REACH = 32


def _link_after_menu(text: str) -> tuple[str, str] | None:
    """(menu and link, lead) when the link in another language (`English`, no Vietnamese word) closes
    the header's menu of sections before it, in sentence case with no stop, comma or figure, three words
    in capitals at least (`Tin tức Khoa học và công nghệ … Xuất bản phẩm English Nhóm nghiên cứu …`)."""
    words = text.split()
    for n, word in enumerate(words[3:_MENU_REACH], start=3):
        if word[:1].isupper() and word.casefold() in _LANGUAGES and not is_syllable(word.casefold()):
            menu = " ".join(words[:n])
            if re.search(r"[\d.,;:!?()\"“”]", menu) or sum(w[:1].isupper() for w in words[:n]) < 3:
                return None
            peeled = peel_language_link(" ".join(words[n:]))
            return (f"{menu} {peeled[0]}", peeled[1]) if peeled else None
    return None
