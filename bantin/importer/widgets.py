"""The buttons and labels of a page's widgets: a share bar, a comment box, an audio player, the
text size, a newsletter box, an app banner, counters. A run of them is the page's, whatever it stands
next to (`Chia sẻ Facebook Zalo Copy link`, `Lượt xem: 2.345 | Bình luận: 0`); one word of them in a
sentence (`… 2 triệu lượt xem trên Facebook.`) is not. `tag_cuts` and `comment_cuts` say where a
run of hashtags and a reader's comment (its writer and time) stand apart from the text around them.
"""

from __future__ import annotations

import itertools
import re

from ..core.sentences import ends_sentence
from ..core.text import CAPITALS
from .answerers import expert, signature_starts
from .mobile_prompts import MOBILE_PROMPTS
from .reviewed_by import reviewer_starts
from .vocabulary import BLOG_LABEL

__all__ = [
    "FOLLOW",
    "NETWORKS",
    "RATING",
    "WIDGETS",
    "buttons",
    "buttons_after_credit",
    "comment_cuts",
    "leading_buttons",
    "names_a_widget",
    "shop_box",
    "tag_cuts",
    "tags_apart",
    "tags_listed",
    "tags_under_label",
    "widget_ends",
    "widget_spans",
]

# A hashtag (`#nôngnghiệp`, `#H'Hen`, a campaign's with its number first: `#16NgayHanhDong`), and one a
# site prints with the tag's words apart (`#Hoa hậu Hoàn vũ`).
HASHTAG = r"#\d*[^\W\d_][\w'’]*"
SPACED_HASHTAG = HASHTAG + r"(?:\s+[^\W\d_#][\w'’]*){0,3}"

#: The buttons and labels, folded to lower case.
WIDGETS = (
    "chia sẻ", "facebook", "zalo", "twitter", "messenger", "telegram", "linkedin", "pinterest", "copy link",
    "copy link thành công", "sao chép liên kết", "sao chép link", "đã sao chép", "gửi góp ý", "báo lỗi",
    "in bài", "in trang", "print", "lưu bài", "like", "share", "tweet", "email", "bình luận", "quan tâm nhất",
    "mới nhất", "cũ nhất", "sắp xếp theo", "trở lại", "quay lại", "về đầu trang", "lên đầu trang",
    "trang chủ", "xem thêm", "đọc tiếp", "nghe bài viết", "nghe đọc bài viết", "nghe đọc bài", "nghe đọc",
    "giọng nữ", "giọng nam", "tốc độ đọc", "tạm dừng", "cỡ chữ", "phóng to", "thu nhỏ", "mặc định",
    "đăng ký nhận bản tin", "nhận bản tin", "nhập email của bạn", "đăng ký", "đăng nhập", "đồng ý", "tải app",
    "tải ứng dụng", "lượt xem", "lượt thích", "bỏ thích", "quảng cáo", "advertisement", "đánh giá bài viết",
    "gửi đánh giá", "google news", "theo dõi", "gửi ý kiến", "hủy", "huỷ", "ủng hộ ngay", "phút đọc",
    "nghe bài này", "nghe tin này", "tải xuống mp3", "tải mp3", "lượt bình chọn", "lưu bài viết",
    "lượt chia sẻ", "về chúng tôi", "liên hệ", "điều khoản sử dụng", "chính sách bảo mật",
    "previous post", "next post", "related posts", "leave a reply", "share this", "like this", "loading",
    "thích bài này", "đang tải",  # WordPress's `like this`, `loading` in Vietnamese
    "read more", "tăng cỡ chữ", "giảm cỡ chữ", "bản in", "in bài viết", "thích", "yêu thích", "vui", "buồn",
    "phẫn nộ", "wow", "haha", "link bài gốc", "phông chữ", "lắng nghe bài viết",
    "bấm để nghe", "nghe bài", "chia sẻ bài viết", "gửi email", "in", "reply", "comments",
    "lưu", "lượt đọc", "đăng ký nhận tin", "xem kết quả", "bình chọn", "ý kiến của bạn", "họ và tên",
    "họ tên", "gửi", "tải về", "tải xuống", "tải văn bản", "app store", "google play", "có sẵn trên",
    "mở ứng dụng", "mở app", "spotify", "apple podcasts", "youtube", "nghe trên", "tôi đồng ý", "subscribe",
    "your email", "newsletter", "home", "menu", "nhập email", "xem lại", "thời lượng", "tốc độ", "tìm kiếm",
    "xem tất cả", "xem tất cả bài viết", "xem toàn bộ", "xem bài gốc", "báo cáo vi phạm", "gửi câu hỏi",
    "tổng số lượt xem", "tổng lượt xem", "số lượt xem", "số lượt truy cập", "lượt truy cập", "phát lại",
    "thông báo", "tải lại trang", "nghe bản tin", "xem tin theo ngày", "tặng sao", "tặng sao cho tác giả",
    "tên của bạn", "email của bạn", "instagram", "tiktok", "video đang phát", "đang phát", "thu gọn",
    "bấm để xem thêm", "nhấn để xem thêm", "gói thành viên", "đăng ký gói thành viên", "trang trước",
    "trang sau", "trang tiếp", "đang trực tuyến", "đang online", "số người trực tuyến",
    "tắt tiếng", "bật tiếng", "toàn màn hình", "thoát toàn màn hình", "âm lượng",  # a video player's
    "tốc độ phát", "phát tiếp", "nghe ngay", "nghe podcast", "nghe thử",  # and a podcast's
    "cuộn để khám phá", "cuộn xuống để khám phá", "cuộn xuống để tiếp tục", "cuộn xuống để xem tiếp",
    "cuộn xuống",  # an e-magazine's prompt to scroll
    "sơ đồ website", "sơ đồ trang", "liên kết nhanh",  # a footer's labels
    # a shop's or an agent's buttons
    "đặt tour ngay", "tư vấn miễn phí", "thêm vào giỏ hàng", "nhận báo giá", "đăng ký tư vấn", "mua ngay",
    "lượt đánh giá", "chọn mua", "thêm vào giỏ", "giỏ hàng", "đặt lịch khám", "đặt lịch hẹn", "ứng tuyển",
    "đặt lịch", "đặt hẹn", "đặt lịch với bác sĩ", "tìm bác sĩ", "xem hồ sơ", "nhận tư vấn",  # a hospital's
    "nhận tư vấn miễn phí", "chat zalo",
    "đặt vé ngay", "mua vé ngay", "đọc nhanh",  # a carrier's booking banner; a story's quick-read toggle
    "chia sẻ trang này", "trích dẫn bài viết", "trích dẫn bài báo",  # a review's button citing the article
    "sao chép mã", "xem chi tiết", "chat với chúng tôi", "gửi yêu cầu", "đăng tin", "tìm phòng", "đặt phòng",
    "nhận phòng", "trả phòng", "đăng ký lái thử", "nhận giftcode", "đặt vé", "mã giảm giá",
    "mua vé", "chọn suất chiếu", "chọn suất diễn", "chọn rạp", "chọn ghế",  # a ticket box's
    "đặt bàn", "giao hàng tận nơi", "lưu công thức", "in công thức", "báo cáo công thức",  # a food site's
    # a Q&A page's form asking the reader's question (`Gửi câu hỏi cho bác sĩ`, `Nội dung câu hỏi`)
    "gửi câu hỏi cho bác sĩ", "gửi câu hỏi cho luật sư", "gửi câu hỏi cho chuyên gia", "đặt câu hỏi",
    "nội dung câu hỏi", "câu hỏi của bạn",
    "tiện ích", *MOBILE_PROMPTS,  # a mobile page's app banner, bottom bar and swipe hints
    "gửi cho bạn bè", "gửi bài viết cho bạn bè", "in bài này", "về trang trước", "đóng cửa sổ", "trở về",
    "đầu trang", "số lần đọc", "số lần xem", "đăng nhập hệ thống",  # an old portal's toolbar, counters
    "thống kê truy cập",  # a portal's box of visitors (`Thống kê truy cập Hôm nay: 128 Tổng: 412.560`)
    "tải pdf", "tải bản pdf", "pdf", "tải toàn văn", "toàn văn", "tải bài viết", "lượt tải", "trích dẫn",
    "cách trích dẫn",  # a journal's article page: its full text to download, its counters, its citation
    "tải báo cáo", "tải toàn văn báo cáo", "tải xuống báo cáo", "tải về báo cáo", "tải báo cáo đầy đủ",
    "xem bản tiếng anh", "bản tiếng anh", "english version",  # an agency's report box, its other language
)  # fmt: skip
# A shop's call to act now (`Đặt vé ngay`, `Tải game ngay`, `Tạo CV ngay`, `Nộp hồ sơ ngay`): a verb of
# buying, booking, signing up or applying, a word or two, `ngay`; a button, as its words in the list are.
_ACT_NOW = (
    r"(?:đặt|mua|tải|tạo|đăng ký|nhận|gọi|chat|nhắn tin|ủng hộ|quyên góp|ứng tuyển|nộp|liên hệ|mở)"
    r"(?:\s+\w+){0,2}\s+ngay"
)
#: A product's or a page's star rating (`4.5/5 (128 lượt đánh giá)`, `★★★★★ (86 đánh giá)`, `Điểm đánh
#: giá: 8,5/10`, `Đánh giá: 4,5/5 (128 lượt)`): the shop's, never a sentence's; it ends its unit. The
#: count of readers' votes is what makes a score the shop's: a review's own verdict has none. A bookshop
#: prints the count after a dash (`4.5/5 - 230 đánh giá`), or bare in brackets after its label
#: (`Đánh giá: 5/5 (48)`): the label or the counted word still says the votes are readers'.
_SCORE = r"(?<!\S)\d(?:[.,]\d)?\s*/\s*(?:5|10)"
_VOTES = r"(?:lượt(?:\s+(?:đánh giá|bình chọn|nhận xét))?|đánh giá|bình chọn|nhận xét|votes?)"
RATING = re.compile(
    rf"(?:(?:(?<!\w)[Đđ]ánh giá\s*:\s*)?{_SCORE}|[★☆]{{3,}})\s*\(\s*[\d.]+\s*{_VOTES}\s*\)|"
    rf"(?<!\w)[Đđ]iểm đánh giá\s*:\s*\d(?:[.,]\d)?\s*/\s*(?:5|10)(?!\d)|"
    rf"{_SCORE}\s*[-–|·]\s*[\d.,]+k?\s*{_VOTES}(?!\w)|"
    rf"(?<!\w)[Đđ]ánh giá\s*:\s*{_SCORE}\s*\(\s*[\d.]+\s*\)|"
    r"(?<!\w)[Đđ]ánh giá(?: của bạn| bài viết)?\s*:\s*1 2 3 4 5(?!\S)"  # its five stars' buttons, numbered
)

_WORDS = re.compile(r"[^\W_]+")
_LONGEST_FIRST = sorted(WIDGETS, key=len, reverse=True)
# An audio player's label saying the voice or the language it reads in (`Nghe bài viết bằng tiếng Khmer`,
# a foreign service's page; `Nghe bài bằng giọng nữ miền Nam`): the button, whatever its language.
# A player's `Nghe` beside its download button (`Nghe Tải xuống MP3`) is one too.
_LISTEN_IN = (
    r"(?:nghe|nghe đọc) bài(?: viết)? bằng (?:tiếng [^\W\d_]+|giọng (?:nam|nữ)(?: miền [^\W\d_]+)?)"
    r"|nghe(?=\s+tải\s+(?:xuống|về))"
)
# A text-size bar's label, its sizes in capitals after it (`Kích thước chữ Nhỏ Vừa Lớn`): a widget.
_SIZES = r"(?:kích thước chữ|cỡ chữ)(?:\s*:)?(?-i:(?:\s+(?:Nhỏ|Vừa|Lớn|Rất lớn|Mặc định|A[+-]?)(?!\w))*)"
_WIDGET = re.compile(
    r"(?<!\w)(?:" + "|".join((_SIZES, _ACT_NOW, _LISTEN_IN, *map(re.escape, _LONGEST_FIRST))) + r")(?!\w)",
    re.IGNORECASE,
)
# Tokens of a widget that are no words: counters and times (`0`, `2.345`, `0:00`, `1x`), `A+`.
_NO_WORD = re.compile(r"^(?:\d[\d.,:]*\w?|\w)$")
_JOINS = frozenset({"lên", "qua", "trên", "với"})
_FONT_SIZE = re.compile(r"^[Aa][+-]?$")
#: The networks a follow button names (`Theo dõi … trên Zalo`), a page on Zalo an `OA` (official account).
NETWORKS = r"(?:Google News|Google Tin tức|Zalo(?: OA)?|Facebook|YouTube|TikTok)"
#: A prompt to follow the site somewhere, the place's logo lost: `Theo dõi VTV trên`.
FOLLOW = re.compile(
    # a name with words in small letters, the platform named (`Theo dõi Thời tiết Mẫu trên Zalo`), a page
    # on Zalo an `OA` (official account): tried first, the platform's name part of the prompt
    r"[Tt]heo dõi\s+[A-ZĐ]\S*(?:\s+\S+){0,5}?\s+trên\s+" + NETWORKS + r"\b|"
    r"[Tt]heo dõi\s+(?:[A-ZĐ]\S*\s+){1,3}trên(?=\s+[A-ZĐ]|\s*$)"
)


# A counter of views written out as a sentence, alone in its unit (`Bài viết đã được xem 1.234 lần`,
# `Tin này đã có 56 lượt đọc`): a story's `Video đã được xem 2 triệu lần trên YouTube.` says more.
_VIEWS = re.compile(
    r"(?:(?:Bài viết|Bài|Tin|Tin bài)(?: này)?\s+(?:đã\s+)?|đã\s+)(?:được\s+|có\s+)?"
    r"(?:xem|đọc|[\d.,]+\s+lượt\s+(?:xem|đọc))(?:\s+[\d.,]+\s+lần)?\.?",
    re.IGNORECASE,
)


def buttons(text: str) -> bool:
    """A run of a page's buttons and labels (`Chia sẻ Facebook Zalo Copy link`, `Lượt xem: 2.345 |
    Bình luận: 0`): two different ones at least, and together with counters most of its words; or a
    counter of views said as a sentence (`Bài viết đã được xem 1.234 lần`)."""
    if (views := _VIEWS.fullmatch(text.strip())) and any(c.isdigit() for c in views.group(0)):
        return True
    if FOLLOW.fullmatch(text.strip()):  # a prompt to follow the site, alone (`Theo dõi VLP trên Zalo OA`)
        return True
    words = _WORDS.findall(text)
    found = list(_WIDGET.finditer(text))
    if len(words) < 2 or not found:
        return False
    covered = sum(len(_WORDS.findall(m.group(0))) for m in found)
    covered += sum(1 for w in _WORDS.findall(_WIDGET.sub(" ", text)) if _NO_WORD.match(w))
    if len({m.group(0).casefold() for m in found}) == 1:  # one label alone: `Gửi góp ý`, `Lượt xem: 2.345`
        return covered == len(words) and not ends_sentence(text) and "%" not in text  # not `Tìm kiếm: 27%`
    return covered >= 0.6 * len(words)


# A price as a shop prints it (`650.000đ`, `990.000₫`, `24.990.000 đồng`, `458.000.000 VNĐ`).
_PRICE = re.compile(r"(?<![\w.,])\d{1,3}(?:[.,]\d{3})+\s?(?:đ|₫|đồng|vnđ|VNĐ|VND)(?!\w)")


def shop_box(text: str) -> bool:
    """A shop's box with no sentence (a product with its price and its button, a booking form, job
    offers with `Ứng tuyển`): two different buttons at least, or a price and a button."""
    labels = {m.group(0).casefold() for m in _WIDGET.finditer(text)}
    return not ends_sentence(text) and (
        len(labels) >= 2 or (bool(labels) and _PRICE.search(text) is not None)
    )


def leading_buttons(piece: str) -> int:
    """Where a run of buttons, counters and separators opening `piece` ends (0: it opens with none)."""
    end, found, letters, covered = 0, False, 0, 0
    for token in re.finditer(r"\S+", piece):
        if token.start() < end:
            continue
        widget = _WIDGET.match(piece, token.start() + (token.group(0)[:1] == "["))  # `[Trở về]`
        follow = FOLLOW.match(piece, token.start())
        if follow is not None:  # `Theo dõi Báo Mẫu trên` (the platform's logo lost)
            end, covered, found = follow.end(), covered + 2, True
        elif widget is not None and _opens_a_word(piece, widget):
            break  # `Vui lòng đăng nhập`, `Lưu ý`: a button's syllable opening a longer word
        elif widget is not None and found and _opens_a_sentence(piece, widget):
            break  # `Chia sẻ Facebook Zalo Tốc độ phát triển kinh tế …`: the run ends before the lead
        elif widget is not None:
            end, covered = widget.end(), covered + len(_WORDS.findall(widget.group(0)))
            found = found or covered >= 2  # one word alone may be a name (`Lưu Bình Nhưỡng`, `Gửi Thủ tướng`)
        elif token.group(0).casefold() in _JOINS and _WIDGET.match(piece, token.end() + 1):
            end = token.end()  # `Chia sẻ bài viết lên facebook`
        elif not _WORDS.search(token.group(0)) or _NO_WORD.match(token.group(0).strip("|:/»>()+-–")):
            end = token.end()
            letters += bool(_FONT_SIZE.match(token.group(0)))
            found = found or letters >= 2  # `A A+`: the text size
        else:
            break
    return end if found else 0


def _opens_a_word(piece: str, widget: re.Match[str]) -> bool:
    """A one-word button (`Vui`, `Lưu`, `Gửi`, `Thích`) with a word in small letters right after it
    that starts no button is the first syllable of a longer word (`Vui lòng`, `Lưu ý`, `Thích hợp`): a
    button's label stands alone, or before another button or a counter."""
    if " " in widget.group(0):
        return False
    after = re.match(r"\s+(\S+)", piece[widget.end() :])
    if after is None or not after.group(1)[:1].islower() or after.group(1) in _JOINS:
        return False
    return _WORDS.match(after.group(1)) is not None and not _WIDGET.match(
        piece, widget.end() + after.start(1)
    )


def _opens_a_sentence(piece: str, widget: re.Match[str]) -> bool:
    """A button of several words after a run of buttons, a word in small letters right after it that
    starts no button, and a sentence going on to its stop: the button's words open the lead (`Tốc độ
    phát triển kinh tế của tỉnh …`), as a one-word button opens a longer word (`_opens_a_word`)."""
    if " " not in widget.group(0):
        return False
    after = re.match(r"\s+(\S+)", piece[widget.end() :])
    if after is None or not after.group(1)[:1].islower() or after.group(1) in _JOINS:
        return False
    if _WIDGET.match(piece, widget.end() + after.start(1)) or not _WORDS.match(after.group(1)):
        return False
    return ends_sentence(piece.rstrip()) and len(piece[widget.start() :].split()) >= 8


def names_a_widget(text: str) -> bool:
    """`text` holds a button's or a label's words (`Tìm kiếm`, `Xem lại`, `Home`)."""
    return _WIDGET.search(text) is not None


def widget_ends(text: str) -> list[int]:
    """Where each button's or label's words in `text` end."""
    return [end for _, end in widget_spans(text)]


def widget_spans(text: str) -> list[tuple[int, int]]:
    """Where each button's or label's words in `text` start and end."""
    return [m.span() for m in _WIDGET.finditer(text)]


# A run of hashtags with more after it (`#càphê #ĐắkNông Giá cà phê hôm nay…`): a unit of its own.
_HASHTAG_RUN = re.compile(rf"(?:^|(?<=\s)){HASHTAG}(?:\s+{HASHTAG})+")
# Tags printed with their words apart (`#Hoa hậu Hoàn vũ #H'Hen Niê`).
_SPACED_TAGS = re.compile(rf"(?:^|(?<=\s)){SPACED_HASHTAG}(?:\s+{SPACED_HASHTAG})+")
#: Such tags opening a unit after a sentence's end (`#Mùa hè xanh #sinh viên tình nguyện`): the page's
#: tags, whatever runs on after the last.
SPACED_TAGS = re.compile(rf"(?:^|(?<=[.!?…”\"]\s)){SPACED_HASHTAG}\s+#\d*[^\W\d_]")


# The page's tags under their label (`Từ khóa: tuần tra, biên giới Việt - Lào, Nghệ An …`, `Chủ đề: Quan
# hệ Việt Nam - Lào`, a blog's `Categories: IELTS, Kinh nghiệm học`), with whatever the scrape runs on after
# them (a box's headlines, a footer).
_TAGS_LABEL = re.compile(
    rf"^(?:Tags?|TAGS?|Từ kh[óo]a|TỪ KHÓA|Thẻ|THẺ|Chủ đề|CHỦ ĐỀ|Categor(?:y|ies)|{BLOG_LABEL})\s*:\s*\S"
)


# … or under the English label, which opens no Vietnamese sentence, with no colon and whatever the
# scrape runs on after the tags (`Tags Hội An ẩm thực Quảng Nam Dịch vụ … Số 1 Nguyễn Văn Linh, Hà Nội.`).
_ENGLISH_LABEL = re.compile(r"^(?:Tags|TAGS)\s*:?\s+\S")


def tags_under_label(text: str) -> bool:
    """A unit opening with a label of tags and ending in no sentence's stop, or with the English label
    whatever it ends in: the page's tags (a story's `Chủ đề: …` in its text is a sentence, or is judged
    by where it stands: `chrome` asks only after the story's last sentence)."""
    return (bool(_TAGS_LABEL.match(text)) and not ends_sentence(text)) or bool(_ENGLISH_LABEL.match(text))


# … a label a site prints with no colon, its tags after it, a comma between each (`Thẻ hoa khôi, áo dài, …`).
_BARE_LABEL = re.compile(
    r"^(?:Tags?|TAGS?|Từ kh[óo]a|TỪ KHÓA|Thẻ|THẺ)\s*:?\s+(?:[^\s,.!?]+(?:\s+[^\s,.!?]+){0,3},\s+){2}"
)


def tags_listed(text: str) -> bool:
    """A unit opening with the page's tags under their label, colon or none (`Thẻ hoa khôi, Người Đẹp
    Việt Nam, áo dài …`): two tags at least of four words at most, each closed by its comma. `edges` asks
    it of what a closing byline runs into."""
    return _BARE_LABEL.match(text) is not None


def tags_apart(kinds: list[tuple[str, str]], texts: list[str]) -> list[tuple[str, str]]:
    """The kinds of the units `texts`, the page's tags under their label (`tags_under_label`) with
    nothing of the story after them (chrome and short units only) made chrome."""
    kinds = list(kinds)
    for i, text in enumerate(texts):
        if tags_under_label(text) and all(k in ("chrome", "short") for k, _ in kinds[i + 1 :]):
            kinds[i] = ("chrome", "the page's tags under their label")
    return kinds


def tag_cuts(text: str) -> set[int]:
    """Where a run of hashtags starts and ends. A run of one-word tags ends at its last tag unless a
    word in lower case goes on with it (`#H'Mông #lễ hội`); a site that prints a tag's words apart
    (a tag before the last with words after it) runs its tags on to the next header or field."""
    spaced = [
        m.span()
        for m in _SPACED_TAGS.finditer(text)
        if any(len(tag.split()) > 1 for tag in m.group().split("#")[1:-1])
    ]
    cuts = {start for start, _ in spaced}
    for m in _HASHTAG_RUN.finditer(text):
        if any(start <= m.start() < end for start, end in spaced):
            continue
        cuts.add(m.start())
        after = text[m.end() :].split()[:1]
        if not (after and after[0][:1].islower()):
            cuts.add(m.end())
    return cuts


# A reader's comment under the story opens with its writer and when (`Trần Thu 5 giờ trước Mong…`).
_COMMENTER = re.compile(
    r"(?<!\S)(?P<writer>(?:[^\W\d_][\w.]*\s+){1,4})\d{1,2}\s*(?:phút|giờ|ngày)\s+trước(?=\s+[^\W\d_])"
)
_COMMENTS = re.compile(r"Bình luận|BÌNH LUẬN|Ý kiến|Ý KIẾN|Trả lời")
#: A comment form's counter or its call (`Tối đa: 1500 ký tự`, `… là người đầu tiên bình luận`), which no
#: sentence of a story holds however long the unit it is glued to (`chưa có bình luận` a story says).
FORM_FIELD = re.compile(
    r"(?:tối đa\s*:|còn)\s*[\d.]+\s*ký tự|\d\s*/\s*[\d.]+\s*ký tự|người đầu tiên bình luận",
    re.IGNORECASE,
)


def comment_cuts(text: str) -> set[int]:
    """Around a comment's writer and time, below the comments' header or a reply button (`Bình luận
    (2) Nguyễn Văn Hòa 2 giờ trước Chợ nổi rất đẹp…`); in a sentence (`Ông Ba 2 ngày trước Tết…`)
    nothing is cut. The writer is the words in capitals just before the time."""
    header = _COMMENTS.search(text)
    cuts = set()
    for m in _COMMENTER.finditer(text):
        if not header or header.end() > m.start():
            continue
        words = list(re.finditer(r"\S+", m.group("writer")))
        named = list(itertools.takewhile(lambda w: w.group()[:1].isupper(), reversed(words)))
        if named:
            cuts.update((m.start("writer") + named[-1].start(), m.end()))
    return cuts


# A credit's label and the name under it, capitalised (`Tin, ảnh: Minh Khánh`).
#: A credit's or a byline's label (`Bài:`, `Tin, ảnh:`, `Bài và ảnh:`, `Ảnh:`), the name after it.
CREDIT_LABEL = r"(?<!\w)(?:Bài|Tin|Ảnh)(?:\s*(?:,|và|-|&)\s*[ảẢ]nh)?\s*:\s*"
_CREDITED = re.compile(CREDIT_LABEL + "[" + CAPITALS + "]")


def credit_after_buttons(text: str) -> list[int]:
    """Where a labelled credit starts right after a button (`… Zalo | In bài Tin, ảnh: Lâm Hiển`): a unit
    of its own, so the writer is read and the button goes with the share bar."""
    ends = {end for _, end in widget_spans(text)}
    return [
        m.start()
        for m in _CREDITED.finditer(text)
        if text[: m.start()].rstrip(" |") and len(text[: m.start()].rstrip(" |")) in ends
    ]


def buttons_after_credit(text: str) -> list[int]:
    """Where buttons close a labelled credit (`Tin, ảnh: Minh Khánh In bài viết`, `… Chia sẻ Lưu`), or
    an expert's signature under an answer (`ThS.BS Lê Thu Vân, Bệnh viện Xanh Pôn Gửi câu hỏi cho bác
    sĩ`: the signature whole before them), the doctor's too who vouched for a page's advice (`reviewed_by`:
    `… Thu Cúc Xem hồ sơ Đặt lịch với bác sĩ`), and where they end: a run of a page's buttons from a
    capitalised word after the name on."""
    credit = _CREDITED.search(text)
    starts = [credit.end()] if credit else [*signature_starts(text), *reviewer_starts(text)]
    for start in starts:
        tokens = list(re.finditer(r"\S+", text[start:]))
        for token in tokens[1:]:
            at = start + token.start()
            rest = text[at:]
            end = leading_buttons(rest) if rest[:1].isupper() else 0
            signed = credit is not None or expert(text[start:at]) is not None
            cuts = (end, *reversed(widget_ends(rest[:end])))  # `Bình luận | Đăng nhập để bình luận`
            ends = [e for e in cuts if (rest[e:].lstrip()[:1] or "A").isupper()]  # a capital, or nothing
            if end and signed and ends:
                return [at, at + ends[0]]
    return []
