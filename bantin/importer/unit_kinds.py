"""A unit's kind on its own: what one sentence-sized unit of a scraped body is, from its signals and
the block it was cut from, before `unit_passes` reads it beside its neighbours and `chrome.detect`
finds where the article starts and ends.

The kinds: `chrome` (the site's: a repeated line, an ad's slot, buttons, a date line, furniture, a
header of other stories, the site's own name or address, a number to call the reader is asked to),
`prose` (a sentence of the story, even one naming a hotline when it says more), `caption`, `byline`
(a writer's or a source's credit, kept where it stands) and `short` (a headline-like line the
position decides). Each comes with its reason, for `import --explain`.
"""

from __future__ import annotations

import re

from ..core.sentences import ends_sentence
from . import unsigned
from .ad_labels import bracketed_ad_label
from .boilerplate import is_chrome, is_language_menu, is_section_header, story_sentence
from .booking_calls import REASON as BOOKING
from .booking_calls import booking_call
from .button_bars import BUTTON_BAR, button_bar
from .bylines import WRITER_INITIALS, parse_byline
from .calendar_widgets import REASON as CALENDAR_WIDGET
from .calendar_widgets import calendar_widget
from .channels import REASON as CHANNELS
from .channels import channel_list
from .donation_boxes import REASON as DONATION_BOX
from .donation_boxes import donation_box
from .episode_lists import REASON as EPISODE
from .episode_lists import episode
from .furniture import (
    AD_REASON,
    AD_SLOT,
    AUTHOR_BOX,
    BOX_HEAD,
    EMAIL,
    Signals,
    Unit,
    key,
    only_a_date,
    opens_list,
)
from .gallery_buttons import GALLERY_BUTTON, gallery_button
from .inline import inline_chrome
from .job_cards import REASON as JOB_CARD
from .job_cards import job_card
from .link_bars import LINK_BAR, link_bar
from .link_pairs import LINK_PAIR, link_pair
from .list_headers import names_its_list
from .live_controls import LIVE_CONTROL, PLAYER_SETTINGS, live_control, player_settings
from .menus import barred_items
from .name_words import names_list
from .notice_services import REASON as NOTICE_SERVICE
from .notice_services import notice_service
from .numbered_items import opens_item
from .offer_boxes import OFFER_BOX, offer_box
from .page_controls import PAGE_CONTROL, page_control
from .parsed import Block
from .paywalls import PAYWALL, paywall
from .photo_albums import REASON as PHOTO_ALBUM
from .photo_albums import album
from .price_cells import PRICE_CELLS, price_cells
from .property_cards import REASON as PROPERTY_CARD
from .property_cards import property_card
from .quote_boards import REASON as QUOTE_BOARD
from .quote_boards import quote_board
from .quoted_furniture import unquoted_signals
from .reader_calls import announces_list
from .reading_stamps import REASON as READING_STAMP
from .reading_stamps import reading_stamp
from .reprints import REASON as REPRINT
from .reprints import reprint_chrome
from .reviewed_by import REASON as REVIEWED
from .reviewed_by import reviewed_credit
from .rosters import lists_items
from .satisfaction_polls import SATISFACTION_POLL, satisfaction_poll
from .section_lists import bare_section_header
from .selfdescribed import PageSite, names_itself
from .station_boxes import STATION_BOX, station_box
from .station_names import REASON as STATION
from .station_names import station_header
from .tables import BOX_HEADER
from .tagged_buttons import untagged
from .told_furniture import told_licence, told_login
from .visiting_boxes import REASON as VISITING_BOX
from .visiting_boxes import visiting_box
from .widgets import FORM_FIELD, buttons, leading_buttons
from .writers import titled_writer

__all__ = ["BYLINE", "DATE_LINE", "unit_kind"]

#: The reason given to a byline or credit in the text: `chrome.apply` finds the closing credits by it.
BYLINE = "a byline or credit"
#: The reason given to a unit that is only the page's date.
DATE_LINE = "the page's date line"

# The reader addressed with a number to call: a sentence speaking to a customer (`Quý khách vui lòng liên
# hệ …`), or opening on the reader or their questions (`Mọi vướng mắc …`, `Nếu còn vướng mắc, …`). A
# notice the story prints (`Ai phát hiện đối tượng vui lòng liên hệ Công an huyện …`, `Người dân có thể
# gọi … để được tư vấn`, `… phản ánh của bạn đọc qua đường dây nóng …`) is no appeal.
_TO_READERS = re.compile(
    r"(?<!\w)[Qq]uý (?:khách|vị|độc giả)(?!\w)"  # a customer, never a story's words
    r"|^(?:Bạn đọc|Độc giả|(?:Nếu (?:còn |có )?)?(?:[Mm]ọi )?(?:thắc mắc|vướng mắc)\b)"
)
# … but a reader asked to help the one the story is about is the appeal the story makes (`Bạn đọc muốn
# giúp đỡ bà Lựu có thể liên hệ chị …, số điện thoại …`): the wish to give follows the reader.
_APPEAL = re.compile(
    r"^(?:Bạn đọc|Độc giả)(?: nào)?(?: (?:muốn|có nhu cầu|có lòng|hảo tâm))?"
    r" (?:giúp|chung tay|chia sẻ|ủng hộ|hỗ trợ|tiếp sức)\b"
)


# … nor is a notice naming in the third person who is to call (`…, người dân gọi tổng đài …`).
_THIRD_PARTY = re.compile(
    r",\s+(?:người dân|phụ huynh|thí sinh|người bệnh|người lao động|doanh nghiệp|học sinh|sinh viên|cử tri)"
    r"\s+(?:gọi|liên hệ|phản ánh)\b"
)


#: The reason a run of items between bars is no prose (`menus.barred_items`).
BARRED = "items between bars (a menu's, a table's headers), no sentence"

# A page's stamp closing a unit with no stop (`Trang chủ … đã kiểm duyệt nội dung Ngày cập nhật: 14/03/2024`).
_STAMP_LAST = re.compile(r"\d{1,2}/\d{1,2}/\d{4}(?:\s*[-|,]?\s*\d{1,2}:\d{2})?\s*$")


def unit_kind(
    unit: Unit, s: Signals, block: Block, repeated: frozenset[str], site: PageSite
) -> tuple[str, str]:
    """`chrome`, `prose`, `caption`, `byline` or `short`, with the reason: what `unit` (its signals
    `s`, the `block` it was cut from) is on its own, before its neighbours are read; `repeated` are the
    keys of the units other pages of the site print too."""
    s = unquoted_signals(unit.text, s)  # `… ghi rõ "Bản quyền thuộc về tác giả" …`: the story's words
    if block.kind == "caption":
        return ("chrome", s.strong) if s.strong and not s.prose and block.credit is None else ("caption", "")
    unit_key = key(unit.text)
    if unit_key in repeated:
        return "chrome", "repeated on other pages of the site"
    if AD_SLOT.fullmatch(unit.text) or bracketed_ad_label(unit.text):  # `QUẢNG CÁO`, `[QC]`
        return "chrome", AD_REASON
    if reprint_chrome(unit.text):  # `Trang 1 2 3 Tiếp >`, `Đóng cửa sổ`, a cache's banner
        return "chrome", REPRINT
    if reviewed_credit(unit.text):  # `Bài viết được tham vấn chuyên môn bởi ThS.BS …`: the advice's
        return "byline", REVIEWED  # kept where it stands, as a credit is
    if booking_call(unit.text):  # `Để đặt lịch …, Quý khách vui lòng bấm số …`
        return "chrome", BOOKING
    if live_control(unit.text):  # `Nhấn F5 để cập nhật`, `Xem lại video …`
        return "chrome", LIVE_CONTROL
    if player_settings(unit.text):  # `Tốc độ phát 1x 1.25x`: where the player stands, in the story too
        return "chrome", PLAYER_SETTINGS
    if episode(unit.text):  # `Tập 7 Trực ca Tết 31:02`: a link to another episode of the programme
        return "chrome", EPISODE
    if channel_list(unit.text):  # `VOV1 VOV2 VOV3`: a station's channels, links
        return "chrome", CHANNELS
    if station_header(unit.text):  # `Đài PT-TH Lạng Sơn Trang chủ`: no source's credit
        return "chrome", STATION
    if inline := inline_chrome(unit.text):  # a video's title, a price box, a poll inside the story
        return "chrome", inline
    if paywall(unit.text):  # `Bài viết dành cho thành viên Trở thành thành viên chỉ từ 99.000đ/tháng`
        return "chrome", PAYWALL
    if offer_box(unit.text):  # `Đặt vé ngay - Giá chỉ từ 990.000 VNĐ` between a release's paragraphs
        return "chrome", OFFER_BOX
    if price_cells(unit.text):  # `HYPE $9,84 +48,2%`, `1H 24H 7D 1M 1Y Tất cả` between two paragraphs
        return "chrome", PRICE_CELLS
    if station_box(
        unit.text, block.text
    ):  # `Hà Tĩnh 24h - Bản tin tổng hợp lúc 20h hằng ngày` between two paragraphs
        return "chrome", STATION_BOX
    if link_bar(
        unit.text, block.text
    ):  # `Văn bản mới | Lịch công tác | Dịch vụ công trực tuyến` between two paragraphs
        return "chrome", LINK_BAR
    if link_pair(unit.text, block.text):  # `Giá cà phê hôm nay | Giá sầu riêng hôm nay` alone on its line
        return "chrome", LINK_PAIR
    if button_bar(unit.text, block.text):  # `Văn bản mới: Quyết định số 1234/QĐ-UBND … | Xem tất cả`
        return "chrome", BUTTON_BAR
    if page_control(unit.text):  # `Bài trước | Bài sau`, `Thông tin tác giả`, `Xem tiếp các tin khác >>`
        return "chrome", PAGE_CONTROL
    if gallery_button(unit.text):  # `Thư viện ảnh Xem tất cả 12 ảnh` over the closing byline
        return "chrome", GALLERY_BUTTON
    if album(unit.text):  # `Ảnh: Đầm Hà 2024 · 8 ảnh` inside the story
        return "chrome", PHOTO_ALBUM
    if quote_board(unit.text):  # `Mã CK Giá Thay đổi PVS 41.200 +1.600 …`, `Xem thêm mã FPT CMG ELC`
        return "chrome", QUOTE_BOARD
    if buttons(unit.text) and not (s.prose and s.sentence):
        return "chrome", "buttons and labels of the page (share, comments, player, counters)"
    if only_a_date(unit.text):
        return "chrome", DATE_LINE
    if satisfaction_poll(unit.text):  # `Đánh giá: Rất hài lòng | Hài lòng | Không hài lòng`
        return "chrome", SATISFACTION_POLL
    if reading_stamp(unit.text):  # `Bạn đọc Hỏi đáp 04/12/2024 | 2 phút đọc` over the story
        return "chrome", READING_STAMP
    if s.words <= 2 and is_chrome(unit.text):
        return "chrome", "a line of site furniture (a menu, a label, a button)"
    if names_itself(unit.text, site):  # `Báo Thanh Hóa điện tử.` cut from the headlines before it
        return "chrome", "the site's own name"
    english = s.words >= 5 and unit.text.isascii()  # `Home Politics Economy Travel`: no Vietnamese name
    english = english and not names_list(unit.text)  # `Phan Anh - Ksor H'Thu`: writers' names unmarked
    capitals = unit.text.isupper() and not (WRITER_INITIALS.match(unit.text) or titled_writer(unit.text))
    capitals = capitals and unit.text.strip() not in _NEWSROOM  # `PV` alone signs a story, as `Nhóm PV` does
    own = unit.text.casefold() == site.host  # `Eva.vn` atop its own page: the site, no writer's credit
    # … or its brand on a page of its sub-domain (`Investing.com` atop vn.investing.com)
    own = own or bool(site.host and "." in unit.text and site.host.endswith("." + unit.text.casefold()))
    if notice_service(unit.text):  # `Đăng cáo phó: 1.500.000 đồng/lần`
        return "chrome", NOTICE_SERVICE
    if property_card(unit.text):  # `Khu đô thị X - Từ 65 triệu/m² - Xem dự án`, `Tin rao: Bán đất …`
        return "chrome", PROPERTY_CARD
    if job_card(unit.text):  # `Tuyển 50 công nhân may - Lương 9-12 triệu - Ứng tuyển ngay`
        return "chrome", JOB_CARD
    if donation_box(unit.text):  # `Cúng dường Tam bảo: STK …, Agribank …`
        return "chrome", DONATION_BOX
    if calendar_widget(unit.text):  # `Âm lịch hôm nay: Ngày 15/7 năm Giáp Thìn …`
        return "chrome", CALENDAR_WIDGET
    if visiting_box(unit.text):  # `Giờ mở cửa: 8h00 - 17h00 …. Giá vé: 40.000 đồng`
        return "chrome", VISITING_BOX
    if unsigned.unsigned_role(unit.text):  # `(Tổng hợp)` alone: a compiled piece's mark, nobody's byline
        return "chrome", unsigned.REASON
    if is_language_menu(unit.text):  # `Tiếng Việt English` over the lead: links, no writer's name
        return "chrome", "a line of site furniture (a menu, a label, a button)"
    if not (s.word or english or capitals or own) and s.words <= 16 and parse_byline(unit.text):
        return "byline", BYLINE
    # `Xem thêm ảnh …, bạn đọc có thể …` is a sentence, `Giấy phép số …/GP-BTTTT … đã bị thu hồi …` too
    if s.sure and not story_sentence(unit.text) and not told_licence(unit.text, s):
        return "chrome", s.strong or ""
    boxed = not s.sentence and not lists_items(unit.text)  # `Lịch thi đấu bán kết: A - B, 14h; …` stays
    if BOX_HEAD.match(unit.text) and (boxed or (AUTHOR_BOX.match(unit.text) and s.words < 20)):
        return "chrome", BOX_HEADER
    if is_section_header(unit.text) or bare_section_header(unit.text):  # `Liên kết website`, `Tin giao thông`
        return "chrome", "the header of a list of other stories"
    sentence = s.prose and s.sentence and s.density >= 0.25 and not unit.text.endswith("?")  # a headline's
    if (opens_list(unit.text) and not sentence) or names_its_list(unit.text):  # `Tin mới nhất 07:30 …` too
        return "chrome", "the header of a list of other stories, a headline after it"
    if not s.prose and is_chrome(unit.text) and not announces_list(unit.text):  # `Cách đăng nhập như sau:`
        return "chrome", "a line of site furniture (a menu, a label, a button)"
    named = site.host and site.host.casefold() in untagged(unit.text).casefold()  # not a lead's own tag
    if own or (named and not _service(unit.text, site, s)):  # not a notice's `xettuyen.<site>` service
        return "chrome", "the site's own address"
    if s.strong and s.word:
        # A long sentence that only mentions a hotline or an address is still the article's (not a form's).
        spoken = not EMAIL.search(unit.text) and not FORM_FIELD.search(unit.text)
        said = (s.prose and s.words >= 20 and s.density >= 0.3) or opens_item(unit.text)  # a numbered step's
        # the story's how-to (`Truy cập …, chọn Đăng nhập, rồi chọn …`), its list's `Cách đăng nhập như sau:`
        told = told_login(unit.text, s) or announces_list(unit.text) or told_licence(unit.text, s)
        if (said and spoken) or story_sentence(unit.text) or told:
            return "prose", f"prose despite {s.strong!r}"
        return "chrome", s.strong
    if s.strong and (
        not s.prose
        or s.strong == "teaser time"
        or (s.strong == "phone number" and (not s.sentence or _asks_reader(unit.text)))
        or (s.strong == "time stamp" and not s.sentence and _STAMP_LAST.search(unit.text))  # a header's
    ):
        return "chrome", s.strong  # a number to call with no full stop, or the reader asked to (`vui lòng`)
    if s.prose and barred_items(unit.text):  # `Hoạt động của HĐND | Kỳ họp | Giám sát | …`: a menu's items
        return "short", BARRED
    if s.prose:
        return "prose", f"sentence-like, stop words {s.density:.0%}"
    return "short", "short or headline-like" if s.weak == 0 else "furniture words"


#: A newsroom's signature in capitals, no name's: its reporter (`PV`).
_NEWSROOM = frozenset({"PV", "P.V", "PV."})


# A service of the site under its own sub-domain (`xettuyen.tlu.edu.vn`), named inside a sentence.
_SENTENCE = 8  # words


def _service(text: str, site: PageSite, s: Signals) -> bool:
    """`text` is a sentence of a notice sending the reader to a service the site runs under its own
    sub-domain (`Thí sinh đăng ký trực tuyến tại: xettuyen.tlu.edu.vn …`), not its address alone (`Eva.vn`),
    in its footer (`Báo điện tử … - tlu.edu.vn`) or in its box opening with a button's words (`Đặt vé tham
    quan trực tuyến tại ticket.….vn.`): a sentence's words, a name before the site's address."""
    host = re.escape((site.host or "").casefold())  # the caller found the site's address in `text`
    sub = re.search(r"(?<![\w.])[a-z\d-]+\." + host + r"(?![\w-])", text.casefold())
    # … or a sentence of the story naming the site's own address in its middle as where its offer is
    # had (`Khách đặt trước tại FPTShop.com.vn được giảm thêm …`): no footer goes on after the address
    inside = re.search(r"(?<!\w)(?:tại|trên|qua) (?:www\.)?" + host + r" [^\W\d_]", text.casefold())
    told = inside is not None and s.words >= 2 * _SENTENCE and ends_sentence(text) and ":" not in text
    # … or closing a sentence of its own words as where the story's list is posted, no furniture's word
    # in it (`Danh sách chi tiết được đăng tải tại hvnclc.vn.`): a footer names its address with no verb
    end = re.search(r"(?<!\w)(?:tại|trên) (?:www\.)?" + host + r"\.$", text.casefold())
    closing = end is not None and s.weak == 0 and ":" not in text
    named = bool(sub) or told or closing
    return named and s.prose and s.words >= _SENTENCE and s.grammar >= 1 and not leading_buttons(text)


def _asks_reader(text: str) -> bool:
    """`text` speaks to the reader with a number to call, not to ask them to help the story's subject,
    nor tells who the story's notice asks to call (`Mọi vướng mắc khi cài đặt, người dân gọi …`)."""
    return bool(_TO_READERS.search(text)) and not _APPEAL.match(text) and not _THIRD_PARTY.search(text)
