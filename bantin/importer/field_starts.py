"""Where a footer's field or a widget's label starts inside a paragraph run together by a scraper
(`… Hà Nội Điện thoại: 024 …`, `… 38254231 Giấy phép số …`, `Lê HợiChia sẻ`): `split_units` cuts
there, so each field is judged alone. A label a sentence also names (`Chủ nhiệm Văn phòng Chính
phủ`, `được cấp Giấy phép`) cuts only where the words before it end a name, a number or a sentence.
"""

from __future__ import annotations

import re

from ..core.text import CAPITALS, SMALL_LETTERS
from .feed_credits import feed_credit_cuts
from .furniture import shouting
from .numbered_items import after_item_number
from .vocabulary import BLOG_LABEL, RELATED_HEADERS, as_headers
from .widgets import FOLLOW

__all__ = ["field_cuts"]

# The labels of a footer's fields and a page's widgets.
_FIELD_LABELS = (
    r"(?:©|Bản quyền|BẢN QUYỀN|(?:Phó )?[Tt]ổng [Bb]iên tập|PHÓ TỔNG BIÊN TẬP|TỔNG BIÊN TẬP|"
    r"Tổng thư ký|Giấy phép|GIẤY PHÉP|Giấy chứng nhận|Đơn vị chủ quản|Mã số doanh nghiệp|Hộp thư|"
    r"Ban biên tập|Tổng Giám đốc|Người đứng đầu|(?:Phó )?Chủ nhiệm(?=(?: phụ trách)?:)|Về chúng tôi|"
    r"Email|E-mail|EMAIL|Điện thoại|ĐIỆN THOẠI|Hotline|HOTLINE|Fax|FAX|"
    r"Địa chỉ|ĐỊA CHỈ|Trụ sở|TRỤ SỞ|Tòa soạn|Toà soạn|TÒA SOẠN|Liên hệ|LIÊN HỆ|Chịu trách nhiệm|"
    r"CƠ QUAN|Cơ quan chủ quản|Đường dây nóng|Bình luận(?=\s*\(\d)|Ý kiến bạn đọc|Ý KIẾN BẠN ĐỌC|Gửi ý kiến|"
    r"Gửi bình luận|Đăng nhập|ĐĂNG NHẬP|Chính sách|Điều khoản|Ý kiến(?=\s*\(\d)|Bạn thấy bài viết|"
    r"MST|Mã số thuế|Văn phòng|VĂN PHÒNG|Xem thêm:|Link nguồn|Số tài khoản|Quảng cáo:|QC:|"
    r"Mời (?:bạn )?(?:xem|đọc) thêm:|"  # a teaser's invitation run into a list's item
    # a footer's sitemap, run on from the closing byline (`Sơ đồ trang trại` is a story's words)
    r"Sơ đồ website|Sơ đồ trang(?=\s+[A-ZĐ]|\s*$)|Liên kết nhanh|"
    r"Chia sẻ|(?<=[.!?…]\s)chia sẻ|Copy link|Sao chép liên kết|Gửi góp ý|Báo lỗi|Lượt (?:xem|bình chọn)|"
    r"Nghe đọc|Nghe bài viết|Cỡ chữ|In bài(?: viết)?(?=\s+(?:Gửi|In|Chia|Lượt|Tin|Bài|Các)|$)|Gửi email|"
    r"Đánh giá bài viết|Các tin đã đưa(?: ngày)?|"  # a portal's rating box, its archive's date picker
    r"Từ kh[óo]a|Mời (?:quý )?(?:độc giả|bạn đọc)|Tags?|Chủ đề:|Tải app|Tải ứng dụng|Đăng ký nhận|"
    r"Theo dõi|Like|Advertisement|Ủng hộ|Ảnh \d{1,2}/\d{1,2}(?!\d)|Nhận tin|Bình chọn(?=\s*:)|"
    r"Thích(?=\s+(?:Vui|Chia sẻ|Yêu thích|Share|Like|\d))|"
    r"(?:Tóm tắt|TÓM TẮT)(?=\s*:)|TÓM TẮT(?=\s+["
    + CAPITALS
    + r"]["
    + SMALL_LETTERS
    + r"])|Tài liệu tham khảo|TÀI LIỆU THAM KHẢO|DOI(?=\s*:)|"  # a paper's
    r"Trích dẫn(?=\s*:|\s+bài (?:viết|báo)(?!\w))|"  # its citation widget (`Trích dẫn: Phạm Văn …`)
    r"Cấp cứu(?:\s+[^\W\d_]+){0,2}\s+24/7(?=\s*:?\s*\d)|"  # a hospital's box (`Cấp cứu đột quỵ 24/7: 0287 …`)
    r"Danh mục:|Thẻ:|" + BLOG_LABEL + r"|Chuyên mục:|Đăng (?:bởi|trong)(?=\s+[" + CAPITALS + r"])|"
    r"(?:\d+|Không có) nhận xét(?: nào)?(?=:|\s+[" + CAPITALS + r"]|\s*$)|"
    r"Mua (?:sách |hàng |vé |sản phẩm )?tại(?=\s*:)|"
    r"Để lại (?:một )?bình luận|Leave a|Previous Post|Share this|"
    r"Nguồn(?=:)|Tác giả(?=\s*:)|Nơi nhận(?=\s*:)|Bạn đang đọc|Ý kiến của bạn|"
    r"Bạn đang xem(?!\s*:\s*[^\W\d_][^»›>.!?:]{0,40}?\s[»›>]\s)|"  # not a breadcrumb's label, in its header
    r"(?:Tổng số|Số|Tổng) lượt (?:truy cập|xem)|(?<![Ss]ố )(?<!Tổng )[Ll]ượt truy cập|"
    # a counter's after a name (`… Vi Thảo Đang truy cập 56`), not inside its box (`… 1.204.551 | Đang …`)
    r"(?<![\d|]\s)Đang (?:truy cập|online|trực tuyến)(?=\s*:?\s*\d)|"
    r"Thông tin (?:trong bài (?:viết )?)?(?:này )?chỉ (?:mang|có) tính|"
    r"\|(?=\s*(?:(?:Ngày đăng|Đăng ngày|Ngày cập nhật|Cập nhật|Lượt xem)\s*:|\d{1,2}:\d{2}\s*\|))"
    r")(?=[\s:(]|$)"
)
# Where a footer's next field starts: before a furniture label run into the text.
_FIELD = re.compile(
    # not inside `Phó Tổng biên tập`, `Thích Chia sẻ`, `Trưởng Ban biên tập`
    r"(?<=\S)(?<!Phó)(?<!PHÓ)(?<!Thích)(?<!Trưởng)(?<!TRƯỞNG)\s+"
    r"(?=" + _FIELD_LABELS + r")"
)
# A label or a list's header glued to the word before it with no space, as a scraper joins the
# closing byline to the buttons after it (`Lê HợiChia sẻ`, `MINH HUYChia sẻ`, `Ngọc PhúcTin cùng
# chuyên mục`): a capital then a small letter right after a letter. A label in capitals does not
# count (`BÁOCƠ QUAN` may be one word of a masthead's).
_GLUED_LABEL = re.compile(
    r"(?<=[^\W\d_])(?=[" + CAPITALS + r"][" + SMALL_LETTERS + r"])"
    r"(?=" + _FIELD_LABELS + r"|(?:" + as_headers(RELATED_HEADERS) + r")(?=[\s:]|$|1[" + CAPITALS + r"]))"
)


# A field's label with its colon a few words on (`Tòa soạn:`, `Phó Tổng biên tập phụ trách:`).
_LABELLED = re.compile(r"^[^\s:]+(?:\s+[^\s:]+){0,4}?\s*:")


# Fields whose label a sentence also names (`Chủ nhiệm Văn phòng Chính phủ`, `được cấp Giấy phép`,
# `nguyên Tổng biên tập Báo X`).
_NAMED_IN_SENTENCES = re.compile(
    r"(?:Văn phòng|Giấy phép|Giấy chứng nhận|Chính sách|Tổng Giám đốc|Người đứng đầu|Trụ sở|Tòa soạn|"
    r"Toà soạn|Đường dây nóng|Liên hệ|Điện thoại|Địa chỉ|Hộp thư|Ban biên tập|Điều khoản|Chịu trách nhiệm|"
    r"Cơ quan chủ quản|Đơn vị chủ quản|Mã số|Số tài khoản|Ủng hộ|Nhận tin|Theo dõi|Tổng thư ký|Bản quyền|"
    r"(?:Phó )?[Tt]ổng [Bb]iên tập)\b"
)


# A sentence's first word leading to a name (`… qua VNeID Theo Văn phòng Chính phủ, …`), or an office's
# word its name follows (`Cục Bản quyền tác giả`, `Sở Văn phòng …`): the name goes on.
_LEADS_TO_A_NAME = frozenset("Theo Tại Của Từ Với Cho Cục Sở Bộ Viện Vụ".split())


_CALLS = re.compile(r"(?:liên hệ|gọi(?: điện)?(?: đến| tới)?|qua)\s+$")


def _starts_a_field(text: str, at: int) -> bool:
    """A footer's field or a widget starts at `at`, not a word of the sentence running into it: the
    words before it end a name, a number or a sentence (`… Hà Nội Điện thoại …`, `… 38254231 Giấy
    phép …`), or the field says it is one with a colon or in capitals. After a word in lower case or
    a comma, `Văn phòng Chính phủ`, `Giấy phép xây dựng`, `Tổng Giám đốc` go on with the sentence."""
    rest = text[at:]
    if _CALLS.search(text, 0, at):
        return False  # `… cáo phó liên hệ Hotline 0912…`: the number the sentence asks to call
    if after_item_number(text[:at]):
        return False  # `Bước 1. Đăng nhập Cổng dịch vụ công …`: a numbered step's first words
    if not _NAMED_IN_SENTENCES.match(rest) or (rest.startswith("Theo") and FOLLOW.match(rest)):
        return True  # a widget's label (`Chia sẻ`, `Tải app`, `Theo dõi Báo X trên`) cuts wherever it stands
    before = text[:at].split()
    last = before[-1] if before else ""
    if last.endswith(":") and last[:1].isupper() and len(last) > 2:
        return False  # the body a label names (`Nguồn: Văn phòng Hội đồng …`), that label's value
    if not (last[:1].islower() or last.endswith(",") or last in _LEADS_TO_A_NAME):
        return True
    if last.casefold() == "của":
        return False  # whose it is (`Ghi chú của Tòa soạn: …`, the editors' note): never a field's label
    return bool(_LABELLED.match(rest)) or shouting(rest.split()[0]) or rest.startswith("©")


# A post's label with the desk as its writer, no person's name (`Đăng bởi: Ban biên tập`): the lead starts
# at the capital after it, as no name goes on past the desk.
_POSTED_BY_DESK = re.compile(
    r"(?<!\w)Đăng bởi\s*:\s*(?:Ban biên tập|BBT|Admin|admin|Quản trị viên)(?=\s+[" + CAPITALS + r"])"
)


def field_cuts(text: str) -> set[int]:
    """Where a footer's field or a widget's label starts in `text`: before a label run into the text
    with a space, when `_starts_a_field` says it is one, or glued to the word before it."""
    cuts = {m.end() for m in _FIELD.finditer(text) if _starts_a_field(text, m.end())}
    cuts.update(m.end() for m in _POSTED_BY_DESK.finditer(text))  # `Đăng bởi: Ban biên tập` | `Nhóm …`
    cuts.update(m.start() for m in _GLUED_LABEL.finditer(text))
    cuts.update(feed_credit_cuts(text))  # `… Báo Tây Ninh | Câu chuyện của Thanh Bình • 22 tháng 4`
    return cuts
