"""A site's disclaimers: what the page says is for reference only, or that the site gives no advice
(`Bài viết này chỉ mang tính chất tham khảo`, `Hello Bacsi không đưa ra lời khuyên`), a wire's notes
under a release (`Bản dịch chỉ nhằm mục đích tham khảo`), and the notices
that start a unit wherever they stand as a disclaimer does (a cookie notice, a column's sign-off under
its answer, a notice about the reader's browser). `furniture` calls them site furniture;
`disclaimer_heads` drops a heading over one; `units` starts a unit at each.
"""

from __future__ import annotations

import re

from ..core.sentences import ends_sentence
from ..core.text import CAPITALS
from .leftovers import BROWSER_NOTICE

__all__ = ["DISCLAIMER", "NOTICE", "advice_disclaimers", "own_view"]

# A disclaimer: what the page says is for reference only (`Bài viết này chỉ mang tính chất tham khảo`,
# `Dữ liệu chỉ mang tính tham khảo.`, and without `chỉ` when it opens a sentence in a capital: `Bài
# viết mang tính chất tham khảo, nhà đầu tư …`, a market page's closing line), its label with it
# (`Khuyến nghị: …`); it starts a unit wherever it stands, as a cookie notice and a column's sign-off
# under its answer do (`Trên đây là nội dung tư vấn …`, after the expert's name), and a notice
# about the reader's browser (`leftovers.BROWSER_NOTICE`).
_SUBJECT = (
    r"(?: (?:trong|của|trên) (?:bài(?: viết)?|trang(?: web)?|website))?(?: (?:này|trên))?"  # `… trên trang`
)
_SPOKEN = r" (?:mang|có) tính(?: chất)? tham khảo"
_NAMED = "(?:[Tt]hông tin|[Nn]ội dung|[Bb]ài viết|[Dd]ữ liệu|[Ss]ố liệu)"
_OPENING = r"(?<!\S)(?:Thông tin|Nội dung|Bài viết|Dữ liệu|Số liệu)"  # in a capital: no `chỉ` needed
_UNPRAISED = r"(?! cao\b)"  # `… có tính tham khảo cao` praises a text: no disclaimer
# Its label, opening a unit or after a sentence (`Khuyến nghị: `, `Lưu ý: `), goes with it.
_LABEL = r"(?:(?:^|(?<=[.!?…]\s))[A-ZĐ][^\s:]*(?: [^\s:]+){0,2}:\s+)?"
_UNSAID = rf"{_OPENING}{_SUBJECT}{_SPOKEN}{_UNPRAISED}"  # `Bài viết mang tính chất tham khảo, …`
# A finance page's: its report or its advice on shares, in a capital, is only for reference or only
# to inform (`Khuyến nghị mua bán cổ phiếu của CafeF chỉ mang tính tham khảo`, `Báo cáo này chỉ nhằm
# mục đích cung cấp thông tin, nhà đầu tư …`); a few words of what it is on may come between. An
# analyst's view said to be only for reference (`Nhận định này chỉ mang tính tham khảo, bởi …`) may be
# the story's own sentence, and stays.
_ADVICE = r"(?<!\S)(?:Báo cáo|Khuyến nghị)(?: [^\s,.;:!?]+){0,8}? chỉ"
_ONLY_TO_INFORM = rf"(?:{_SPOKEN}{_UNPRAISED}| nhằm mục đích (?:cung cấp )?thông tin)"
# Its heading, which only a site prints in title case (`Tuyên bố miễn trừ trách nhiệm (rủi ro)`), a risk
# warning under it (`… Giao dịch các công cụ tài chính có mức độ rủi ro cao …`); a story's `miễn trừ
# trách nhiệm hình sự` is in small letters.
_HEADING = r"(?<!\S)Tuyên bố miễn trừ trách nhiệm"
# An investing page's risk notice, in a capital: the piece is no advice to invest (`Bài viết không phải
# lời khuyên đầu tư`), or past returns promise nothing (`Hiệu quả đầu tư trong quá khứ không phải là cam
# kết …`, `… không đảm bảo kết quả trong tương lai`); a story's `lời khuyên` is never `đầu tư` unsaid.
_NO_ADVICE_TO_INVEST = rf"{_OPENING}{_SUBJECT} không (?:phải|phải là) lời khuyên đầu tư"
_PAST_RETURNS = (
    r"(?<!\S)(?:Hiệu quả|Kết quả|Lợi nhuận)(?: đầu tư)? trong quá khứ không (?:phải là cam kết|đảm bảo)"
)
# A wire's notes under a release it carries: the translation is only for reference (`Văn bản gốc của
# thông cáo này được soạn thảo bằng ngôn ngữ nguồn.`, `Bản dịch chỉ nhằm mục đích tham khảo; …`), the
# issuer answers for this release (`Tổ chức phát hành chịu trách nhiệm hoàn toàn đối với nội dung của
# thông báo này.`); a story's issuer of bonds answers for its own papers, not `… này`.
_RELEASE = r"(?:thông cáo|thông báo|bản tin)(?: báo chí)? này"
_WIRE_NOTE = (
    rf"(?<!\S)(?:Văn bản gốc của {_RELEASE}|Bản dịch(?: này)? chỉ nhằm mục đích tham khảo|"
    r"(?:Tổ chức|Đơn vị) phát hành chịu trách nhiệm(?: hoàn toàn)? "
    rf"(?:đối với|về) nội dung (?:của )?{_RELEASE})"
)
DISCLAIMER = re.compile(
    rf"{_LABEL}(?:{_NAMED}{_SUBJECT} chỉ{_SPOKEN}|{_UNSAID}|{_ADVICE}{_ONLY_TO_INFORM}|{_NO_ADVICE_TO_INVEST}"
    rf"|{_PAST_RETURNS})|{_HEADING}|{_WIRE_NOTE}"
)
# An opinion page's note that the piece, in a capital, is only its writer's view (`Bài viết thể hiện quan
# điểm riêng của tác giả.`, `Nội dung bài viết thể hiện quan điểm riêng của tác giả, không nhất thiết phản
# ánh quan điểm của …`). Over the writer's byline it is the editor's note about the piece and stays (an
# opinion page's `(*) Bài viết …`); under it, `marked_ends` reads it as the site's, which every opinion
# page of the site repeats after the signature.
_OWN_VIEW = re.compile(
    rf"{_OPENING}(?: bài viết)?{_SUBJECT} (?:chỉ )?(?:thể hiện|phản ánh) (?:quan điểm|ý kiến|góc nhìn)"
    r" (?:riêng |cá nhân )?(?:của )?tác giả\b"
)
_VIEW_WORDS = 30  # a note of a sentence, not a paragraph that goes on
# … and a wire's links under a release, run on after its last field (`… Email: ha@x.vn Logo -
# https://mma.prnewswire.com/…`, `Xem nội dung gốc để tải xuống đa phương tiện: https://…`).
_WIRE_LINK = (
    r"(?<!\S)(?:(?:Logo|Ảnh|Hình ảnh|Video|Photo)\s*[-–:]\s*https?://"
    r"|Xem (?:nội dung|phiên bản|bản) (?:gốc|nguồn)\b)"
)
NOTICE = re.compile(
    DISCLAIMER.pattern
    + r"|(?:Chúng tôi|(?:Trang web|Website)(?: này)?) (?:sử dụng|dùng) cookie|"  # the site's too
    + r"Trên đây là (?:nội dung |phần )?(?:giải đáp|tư vấn)|"
    + BROWSER_NOTICE
    + "|"
    + _WIRE_LINK
)

# A site saying it gives no advice, its name in capitals before it (`Hello Bacsi không đưa ra lời khuyên`).
_NO_ADVICE = re.compile(rf"(?:[{CAPITALS}]\S*\s+){{1,2}}không (?:đưa ra|cung cấp) lời khuyên")


def advice_disclaimers(text: str) -> list[tuple[int, int]]:
    """Where a site's disclaimer that it gives no advice starts a unit (and its span, kept whole):
    after a sentence's stop or a name's last word in capitals (a signature's: `… Lê Hải Yến Hello
    Bacsi không đưa ra lời khuyên …`); after a word in lower case the site's name is longer than its
    words in capitals (`Nhà thuốc Mẫu không …`) and the sentence stays whole."""
    spans = []
    for match in _NO_ADVICE.finditer(text):
        before = text[: match.start()].split()
        if not before or before[-1][:1].isupper() or ends_sentence(before[-1]):
            spans.append(match.span())
    return spans


def own_view(text: str) -> bool:
    """`text` is a note that the piece is only its writer's view (`Bài viết thể hiện quan điểm riêng của
    tác giả.`), a sentence of its own."""
    line = text.strip()
    return _OWN_VIEW.match(line) is not None and len(line.split()) <= _VIEW_WORDS
