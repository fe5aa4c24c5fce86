"""A paragraph of a scraped body cut into the units the chrome detector judges.

`split_units` cuts a paragraph into its sentences, a footer's fields (`Tổng biên tập: …`), the header
of a list of other stories run into the text, hashtags and the items of a numbered list; `_peel`
cuts a header run into the first sentence off it (a menu, a breadcrumb, a share bar, a time
stamp, an agency's tag before the lead). What each unit looks like is `furniture.signals`.
"""

from __future__ import annotations

import itertools
import re

from ..core.glued_words import glued_words
from ..core.sentences import ends_sentence, sentence_starts
from ..core.text import CAPITALS, SMALL_LETTERS
from .ad_labels import ad_label_cuts
from .affiliate_notes import note_starts as affiliate_note_starts
from .answer_options import answer_options
from .attachments import attachment_cuts
from .button_bars import button_bar_cuts
from .bylines import HOW_MADE
from .campaign_boxes import campaign_cuts
from .capital_runs import capital_runs
from .caps_bylines import name_cuts
from .credit_lines import made_by_cuts
from .disclaimers import NOTICE, advice_disclaimers
from .doubled_headers import doubled_header_cuts
from .embeds import player_titles, post_tags
from .fact_boxes import row_cuts
from .field_starts import field_cuts
from .forum_threads import post_number_cuts
from .furniture import (
    AD_SLOT,
    EMAIL,
    HASHTAGS,
    LABELLED_DATE,
    PHONE,
    STAMP,
    STRONG,
    SURE,
    TITLE_CASE,
    URL,
    shouting,
    signals,
)
from .gallery_buttons import gallery_button_cuts
from .game_stores import game_store_cuts
from .group_calls import group_call_cuts
from .head_cuts import follow_cuts, home_cuts
from .header_bars import bar_end
from .header_boxes import header_box_cuts
from .hot_tickers import AGENCY, peel_hot_ticker
from .inline import embedded_posts, inline_cuts
from .job_cards import job_card_cuts
from .link_bars import link_bar_cuts
from .match_widgets import match_widget_cuts
from .menus import LEAD_STARTERS, STARTERS, SWITCH, peel_buttons, plain_lead, sentence_begun
from .mobile_prompts import prompt_cuts
from .newsroom_notes import note_starts
from .numbered_items import glued_items, glued_times, list_items
from .offer_boxes import offer_cuts
from .office_bylines import bulletin_after_byline, buttons_after_office
from .page_controls import page_control_cuts
from .paywalls import paywall_cuts
from .photo_albums import album_cuts
from .place_datelines import dateline_start
from .placed import address_ends
from .price_cells import price_cell_cuts
from .quiz_boxes import quiz_cuts
from .quote_boards import board_cuts
from .reader_calls import call_cuts
from .recipe_facts import recipe_field_cuts
from .reprints import notice_spans, reprint_cuts
from .reviewed_by import credit_starts
from .role_bylines import peel_role_byline
from .run_on_credits import run_on_credits
from .run_on_heads import heading_ends
from .satisfaction_polls import satisfaction_poll_cuts
from .script_labels import script_label_cuts
from .section_lists import SECTION_RUN, labelled_box
from .service_prompts import app_named, service_cuts
from .speakers import about_to_speak
from .split_bars import counter_cuts
from .stamps import is_dateline, stamp_before_dateline
from .station_boxes import station_box_cuts
from .story_resumed import resumed_cuts
from .tables import introduces_table, table_ends
from .teasers import glued_ranks
from .toolbars import toolbar_cuts
from .trailing_credit import credit_at_end
from .unstopped_bylines import signed_before_header
from .vocabulary import BOX_HEADERS, RELATED_HEADERS, RELATED_LEADS, alternatives, as_headers
from .weather_widgets import weather_cuts
from .widgets import (
    CREDIT_LABEL,
    RATING,
    SPACED_TAGS,
    buttons_after_credit,
    comment_cuts,
    credit_after_buttons,
    leading_buttons,
    tag_cuts,
)

__all__ = ["split_units"]


# The header of a list of other stories run into the text (`… Thanh Sơn Tin cùng chuyên mục Sạt lở…`),
# capitalised as a header is, starts a unit: the byline before it is read, the list after it goes.
_HEADER_RUN = re.compile(
    r"(?<=[^\W_]|[:%)])\s+(?P<header>"
    + as_headers((*RELATED_HEADERS, *BOX_HEADERS))
    + "|"
    + SECTION_RUN  # `… Chọn phiên bản Tin xe mới nhất Toyota …`: a box named by its section
    + r")(?=(?:\s*:)?(?:\s|$)|1["
    + CAPITALS
    + r"])"  # `… Thanh Hà Đọc nhiều1Hải Phòng …`
)


# A credit in brackets with more run on after it (`(Theo TTXVN) Bình luận …`, a byline's `Thanh Hương
# (TTXVN) Video đang được xem nhiều …`) ends its unit.
_CREDIT_RUN = re.compile(
    r"\((?:[Tt]heo|[Nn]guồn)\s*:?\s+[^()]{2,40}\)(?=\s+[^\W\d_])|"
    # `Theo Tuyensinh247 tổng hợp Học trực tuyến …`: a credit saying how it was made, then other words
    r"(?<!\w)Theo\s+\S+(?:\s+[" + CAPITALS + r"]\S*){0,3}\s+(?:" + HOW_MADE + ")"
    r"(?=\s+[" + CAPITALS + r"])|"
    r"^["
    + CAPITALS
    + r"][^\W\d_]*(?:\s["
    + CAPITALS
    + r"][^\W\d_]*){1,3}\s\([A-ZĐ][A-ZĐ/&-]{1,14}\)(?=\s+["
    + CAPITALS
    + r"])"
)

# A labelled byline in a line of fields (`Kinh tế | 10/01/2024 06:45 | Bài và ảnh: Minh Khoa`), or run
# into the menu above the story (`… Chuyên đề Tạp chí in Bài: Thanh Hiếu - Ảnh: Lê Khang`).
_LABELLED_BYLINE = re.compile(
    r"\|\s*(?=(?:Tác giả|Người viết|Bài|Tin)(?:\s*(?:,|và|-|&)\s*[ảẢ]nh)?\s*:)|"
    r"(?<=[^\W\d_])\s+(?=(?:Tác giả|Người viết|Bài)(?:\s*(?:,|và|-|&)\s*[ảẢ]nh)?\s*:\s*[" + CAPITALS + r"])|"
    # … or after the number a story's last line gives (`… Đường dây nóng: 1900 6468 Bài, ảnh: Ngọc Lan`)
    r"(?<=\d)\s+(?=Bài\s*(?:,|và|-|&)\s*[ảẢ]nh\s*:\s*[" + CAPITALS + r"])"
)


def split_units(text: str) -> list[str]:
    """A paragraph → its sentences, with a footer's fields (`Tổng biên tập: …`) and the items of a
    numbered list run into the text (`1. Nhấn … 2. Tìm … 3. Tải lại trang`) apart."""
    items = {**list_items(text), **answer_options(text)}  # an option's letter is no unit (`25 W.`)
    cuts = {0, len(text), *(s for s in sentence_starts(text) if s not in items.values()), *items}
    cuts.update(glued_ranks(text))
    cuts.update(field_cuts(text))  # a footer's field or a widget's label run into the text
    cuts.update(glued_words(text) + glued_items(text) + glued_times(text))  # `… VNeID:Bước 1: Đăng nhập …`
    cuts.update(m.end() for m in _READERS.finditer(text))
    cuts.update(
        m.end() for m in _COUNTED.finditer(text)
    )  # `Lượt xem: 312 Y Blao - Quốc Hưng`: the count ends
    cuts.update(m.end() for m in _NOTE.finditer(text))
    cuts.update(m.end() for m in _PICKER.finditer(text))  # `Các tin đã đưa ngày` | `Cổng thông tin …`
    cuts.update(m.end() for m in _MAIL_AFTER_STOP.finditer(text))
    cuts.update(note_starts(text) + row_cuts(text) + heading_ends(text))  # the story's own furniture
    cuts.update(m.end() for m in _SERVICE.finditer(text))
    headers = [
        m.start("header")
        for m in _HEADER_RUN.finditer(text)
        if not labelled_box(text[: m.start()], m["header"])
    ]
    cuts.update(headers)
    cuts.update(c for h in headers[:1] if (c := signed_before_header(text[:h])) is not None)  # its byline
    cuts.update([m.end() for m in _CREDIT_RUN.finditer(text)] + credit_at_end(text))
    cuts.update(run_on_credits(text))  # `… đến hết ngày 30/11 (Theo VOV) Nghệ sĩ …`, `… PV Giá vàng …`
    cuts.update(i for m in RATING.finditer(text) for i in m.span())
    notices = [m.span() for m in NOTICE.finditer(text)] + player_titles(text) + advice_disclaimers(text)
    notices += notice_spans(text)  # a cache's banner, an archive's notice: whole
    cuts.update(reprint_cuts(text))  # a pager, a link to the next part, cut from the byline run into them
    cuts.update([start for start, _ in notices] + affiliate_note_starts(text))
    cuts.update(m.start() for m in HASHTAGS.finditer(text))
    cuts.update(m.start() for m in SPACED_TAGS.finditer(text))
    cuts.update(tag_cuts(text) | comment_cuts(text) | post_number_cuts(text))  # a forum's `… #2 member`
    cuts.update([m.end() for m in _GALLERY.finditer(text)] + album_cuts(text))  # `Ảnh: … · 8 ảnh`
    cuts.update(embedded_posts(text))
    cuts.update([m.end() for m in _LABELLED_BYLINE.finditer(text)] + made_by_cuts(text))
    cuts.update(
        buttons_after_credit(text) + credit_after_buttons(text) + sorted(toolbar_cuts(text))
    )  # an old portal's `[Trở về]`
    cuts.update(
        buttons_after_office(text) + bulletin_after_byline(text)
    )  # `Thu Hương - Hội LHPN … Đánh giá bài viết`
    cuts.update([*table_ends(text), *board_cuts(text)])  # a table's end, a board's of quotes
    cuts.update(m.end() for m in _CAPS_BYLINE.finditer(text) if not shouting(text[m.end() :].split()[0]))
    cuts.update(_named_before_capitals(text))
    cuts.update(script_label_cuts(text))  # `ໜ້າຫຼັກ Trang chủ …`, `… Phommathat ຂ່າວທີ່ກ່ຽວຂ້ອງ`
    cuts.update(satisfaction_poll_cuts(text))  # `… thương mại Đánh giá: Rất hài lòng | Hài lòng | …`
    cuts.update(m.end() for m in _MASTHEAD_RUN.finditer(text))
    cuts.update(m.start(1) for m in _SOURCE_LINK.finditer(text))
    cuts.update([i for m in AD_SLOT.finditer(text) for i in m.span()] + [*ad_label_cuts(text)])
    cuts.update(inline_cuts(text) | set(attachment_cuts(text)) | set(credit_starts(text)))
    # prompts, a header bar, a podcast's box, a quiz's (`… ngay Bắt đầu Nếu …`), a call to join a group,
    # a job site's offer (`… - Lương 9-12 triệu - Ứng tuyển ngay Phiên giao dịch …`)
    cuts.update(prompt_cuts(text) | {bar_end(text)} | call_cuts(text) | quiz_cuts(text))
    cuts.update(group_call_cuts(text) | job_card_cuts(text) | recipe_field_cuts(text) | service_cuts(text))
    cuts.update(header_box_cuts(text) | resumed_cuts(text))  # `… Văn bản Đường dây nóng: 0216.3852.888 …`
    cuts.update(weather_cuts(text))  # `… cấp 1 Mặt trời mọc 05:14 Mặt trời lặn 18:37 Lực lượng …`
    cuts.update(game_store_cuts(text))  # `Tải Free Fire (580 MB)`, `Nhập giftcode: …`, `2.450 đang xem`
    cuts.update(match_widget_cuts(text))  # `… Thống kê trận đấu Kiểm soát bóng 46% - 54% …`, `1-3 PSV FT`
    cuts.update(campaign_cuts(text))  # `… tốt. Đã quyên góp 215.400.000đ / 600.000.000đ Ủng hộ ngay Bố mẹ …`
    # an offer after its call (`… Đăng ký dịch vụ VNPT Cloud - Nhận tư vấn miễn phí Trung tâm …`), a gallery's
    # button (`Xem tất cả 12 ảnh`)
    cuts.update(offer_cuts(text) | gallery_button_cuts(text))
    cuts.update(station_box_cuts(text))  # `… Sa-va-na-khệt. Phát thanh trực tiếp FM 105,2 MHz Em …`
    cuts.update(link_bar_cuts(text))  # `… Kon Tum. Văn bản mới | Lịch công tác | Dịch vụ công … Ông …`
    cuts.update(counter_cuts(text))  # `… Đang online 35 | Hôm nay 1.208 Ban Quản lý …`
    cuts.update(button_bar_cuts(text))  # `… gian hàng. Văn bản mới: Quyết định … | Xem tất cả Phía …`
    cuts.update(m.end() for m in re.finditer(rf"{SWITCH}(?=\s+[{CAPITALS}])", text))  # `VI EN Sáng 3/12, …`
    cuts.update(price_cell_cuts(text))  # `… 2.800 HYPE. HYPE $9,84 +48,2% Token HYPE …`, `1H 24H 7D 1M 1Y`
    cuts.update(paywall_cuts(text))  # `… lớn nhỏ. Bài viết dành cho thành viên Trở thành … Chuyên gia …`
    cuts.update(page_control_cuts(text))  # `… vô giá. Bài trước | Bài sau Hiện nhà trường …`
    cuts.update(doubled_header_cuts(text))  # `… sinh viên Thông báo Thông báo học bổng …`: a box's header
    if not shouting(text):
        cuts.update(capital_runs(text) + sorted(name_cuts(text)))  # a header, a writer's name in capitals
    cuts = (cuts | set(follow_cuts(text) + home_cuts(text))) - post_tags(text)  # a post's hashtags stay
    ordered = sorted(c for c in cuts if not any(a < c < b for a, b in notices))
    pieces = [text[a:b].strip() for a, b in itertools.pairwise(ordered)]
    return [part for piece in pieces if piece for part in _peel(piece)]


# A gallery's counter (`Ảnh 1/8`) before a word in capitals ends its unit (`Ảnh 2/9 năm 1945 …` is a
# sentence's).
_GALLERY = re.compile(r"(?<!\w)Ảnh \d{1,2}/\d{1,2}(?=\s+[A-ZĐ]|\s*$)")
# A counter of a blog's or a page's header: `3 Comments`, `12 bình luận`, `1.234 lượt xem`.
_COUNTER = re.compile(r"(?<!\S)[\d.]+\s+(?:[Cc]omments?|bình luận|lượt xem|lượt đọc|[Vv]iews?)(?=\s+[A-ZĐ])")
# … its label first (`Lượt xem: 312`): its count ends it, what follows in a capital is not its (a writer's
# name, even one opening with a letter alone: `Y Blao`, `H'Hen Niê`).
_COUNTED = re.compile(
    r"(?<!\w)(?:[Ll]ượt (?:xem|đọc|truy cập|thích)|[Ss]ố lượt xem|[Bb]ình luận)\s*:\s*\d[\d.,]*(?=\s+[A-ZĐ])"
)
# A labelled byline in capitals ends where the capitals end (`Bài, ảnh: MỸ THANH Nhận thông báo…`).
_CAPS_BYLINE = re.compile(
    CREDIT_LABEL + rf"[{CAPITALS}]{{2,}}(?:\s+[{CAPITALS}]{{2,}}){{0,3}}(?=\s+[A-ZĐ][{SMALL_LETTERS}])"
)


def _named_before_capitals(text: str) -> set[int]:
    """A labelled byline whose name in title case runs into a sentence opening with a word in capitals
    (`Bài: Thảo Vy ĐẸP là tạp chí…`) ends with the name; an agency after it (`Ảnh: Minh Đức TTXVN`)
    stays with it."""
    cuts = set()
    for label in _BYLINE_LABEL.finditer(text):
        words = list(re.finditer(r"\S+", text[label.end() :]))
        named = list(itertools.takewhile(lambda w: w.group().istitle(), words[:4]))
        after = [w.group() for w in words[len(named) : len(named) + 2]]
        if named and len(after) == 2 and shouting(after[0]) and after[1][:1].islower():
            cuts.add(label.end() + named[-1].end())
    return cuts


_BYLINE_LABEL = re.compile(CREDIT_LABEL)
# Readers addressed right after a word with no stop between (`… Mạnh Quân Bạn đọc có ý kiến … xin gửi
# về …`, `… Minh Thư Bạn nghĩ sao?`, a poll's `… Thu Trang Bài viết có hữu ích với bạn không?`): an
# appeal to them, or a short question put to them, starts there, and the closing byline ends before
# it; so does a reader's question under its label, after the column's name (`Sức khỏe Bác sĩ tư vấn
# Hỏi: Tôi năm nay …`).
_READERS = re.compile(
    r"(?<=[^\W\d_])\s+(?=(?:Bạn đọc|Độc giả|Quý độc giả)\s|Bạn\s[^.!?]{1,40}\?|(?:Hỏi|Câu hỏi)\s*:\s|"
    r"Bài viết (?:này )?có hữu ích[^.!?]{0,30}\?)"
)
# A portal's archive's date picker, its label then its input (`Các tin đã đưa ngày: [__/__/____] Xem`),
# ends its unit before the footer's first line.
_PICKER = re.compile(r"(?<!\w)Các tin đã đưa(?: ngày)?\s*:?(?=\s+[" + CAPITALS + r"])")
# A note marked with an asterisk after the text (`THANH LÊ * Bài viết tham dự cuộc thi …`) starts a unit.
_NOTE = re.compile(r"(?<=\S)\s+(?=(?:\*|\(\*\))\s*[" + CAPITALS + r"])")
# A reporter's e-mail right after the last sentence's full stop (`… năm 2025. hoangmai@yna.co.kr`)
# starts a unit: the address is the site's, the sentence the story's.
_MAIL_AFTER_STOP = re.compile(r"(?<=[.!?…])\s+(?=" + EMAIL.pattern + r")")
# A link to one of the site's services run into a link ending with a figure's unit (`… 10 ngày Tra
# cứu thời tiết`); in a menu of services (`Bản đồ tội phạm Tra cứu phạt nguội`) no cut.
_SERVICE = re.compile(r"\d[\d.,]*\s+[^\W\d_]+\s+(?=Tra cứu\s)")
# A masthead's `Cơ quan của …` run on after other words (not after a paper's name and a dash).
_MASTHEAD_RUN = re.compile(r"(?<=[^\W\d_])\s+(?=Cơ quan (?:ngôn luận |chủ quản )?của\s)")
# Unambiguous enough to cut a sentence at.
_FURNITURE = (SURE, PHONE, EMAIL, URL, STAMP, LABELLED_DATE, _COUNTER)
# … after an invitation to it (`Mời xem thêm: …`, a teaser run into the list before it)
_RELATED = re.compile(r"^(?:Mời (?:bạn )?)?(?:" + alternatives(RELATED_LEADS[:5]) + r")\s*:?\s*", re.I)
_RELATED_LIST = re.compile(r"^(?:" + alternatives(RELATED_LEADS) + r")\b", re.I)

# The label of a link to the original left at the end (`… Đức Hùng Source link`, `(theo Reuters) Nguồn`).
# Capitalised as a link is, so a line ending `… từ nguồn` keeps its word.
_SOURCE_LINK = re.compile(r"\S\s+(Nguồn|[Ss]ource link|[Ll]ink nguồn)\s*:?\s*$")
_CRUMBS = re.compile(r"^(?:[^\W\d_][^\W_]*(?: [^\W_]+){0,3} ?[>»›] ?)+")


# A live blog's update opens with its time (`19:35 Đoàn thể thao…`).
_CLOCK = re.compile(r"^\d{1,2}:\d{2}\s+")
# The kind of page printed above the story (`Emagazine`, `Trực tiếp`) run into its first sentence.
_PAGE_KIND = re.compile(r"^(?:E-?[Mm]agazine|EMAGAZINE|Longform|LONGFORM|Trực tiếp|TRỰC TIẾP)\s+(?=[A-ZĐ])")


# A writer's name between the bars of a stamp, before the lead (`| Mai Anh | Giữa phố …`).
_SIGNED = re.compile(
    r"[" + CAPITALS + r"][^\W\d_]*(?:\s+[" + CAPITALS + r"][^\W\d_]*){1,3}\s*\|\s*(?=[" + CAPITALS + r"])"
)


def _peel(piece: str) -> list[str]:
    """`Liên hệ quảng cáo 0942… - info@x.vn Chiều nay (18/2), Ban An toàn…`: a header run into the
    first sentence with no full stop between them is cut after its last piece of furniture; a
    related link (`Xem thêm: …`) before the next sentence's first word."""
    ticker = peel_hot_ticker(piece)  # `Tin nóng: Giá vàng tăng mạnh Quân đội Israel ngày 7/5 …`
    if ticker:
        return [ticker[0], *_peel(ticker[1])]
    if role := peel_role_byline(piece):  # `… Tác giả, Thanh Phương Vai trò, … 5 tháng 12 2024 Tên lửa …`
        return [*role[:-1], *_peel(role[-1])]
    dated = stamp_before_dateline(piece)  # `Ngày 02/04/2024 Ngày 25/3, bệnh nhân …`
    if dated and signals(piece[dated:]).prose:
        return [piece[:dated].strip(), piece[dated:]]
    kind = _PAGE_KIND.match(piece)
    if kind and signals(piece[kind.end() :]).prose:
        return [piece[: kind.end()].strip(), *_peel(piece[kind.end() :])]
    for agency in reversed(list(AGENCY.finditer(piece))):  # `Thời sự Văn hóa GD&TĐ - Sở…`: a menu, the lead
        menu, found = signals(piece[: agency.start()]), signals(piece[agency.start() :])
        before = piece[: agency.start()]
        if menu.grammar or "," in before:
            continue  # a sentence's words (`Khi đến gần nút giao cao tốc TP Hồ Chí Minh (HCM) - …`)
        if menu.words >= 4 and menu.capitals >= TITLE_CASE and not menu.sentence and found.prose:
            if plain_lead(found) and found.sentence:
                return [piece[: agency.start()].strip(), piece[agency.start() :].strip()]
    for starter in LEAD_STARTERS.finditer(piece):  # `Thời tiết 32°C Thời sự Kinh tế Ngày 3/7, UBND…`
        menu, found = signals(piece[: starter.start()]), signals(piece[starter.end() :])
        before = piece[: starter.start()]  # `CẦN THƠ, 18/3/2024 - Sáng nay, …`: a dateline, no menu
        if (placed := dateline_start(before)) and signals(piece[placed:]).prose:  # `… HOUSTON, Texas (NV) – `
            return [piece[:placed].strip(), piece[placed:].strip()]
        if not menu.menu or is_dateline(before) or sentence_begun(before) or about_to_speak(before):
            break  # … or who speaks next (`Đại biểu Lê An (tổ Diễn Châu) chất vấn: Vì sao …?`)
        lead = piece[starter.end() :].strip()  # … or a lead begun, the glued sentence after it cut off
        if found.prose and (found.sentence or sentence_begun(lead)) and plain_lead(found):
            return [piece[: starter.start()].strip(), *_peel(lead)]
    related = _RELATED.match(piece) or STRONG.match(piece)
    if related:
        starter = STARTERS.search(piece, related.end())
        if starter and signals(piece[starter.end() :]).prose:
            return [piece[: starter.start()].strip(), piece[starter.end() :].strip()]
    crumbs = _CRUMBS.match(piece)  # `Trang chủ > Kinh tế > Nông nghiệp Sáng 12/6, …`
    if crumbs:
        starter = STARTERS.search(piece, crumbs.end())
        if starter and len(piece[crumbs.end() : starter.start()].split()) <= 4:
            found = signals(piece[starter.end() :])
            if found.prose and plain_lead(found):
                return [piece[: starter.start()].strip(), piece[starter.end() :].strip()]
    bar = peel_buttons(piece)  # `Copy link Sáng 12/6, …`: a share bar glued to the lead
    if bar and not app_named(*bar):  # … not `Tải ứng dụng` | `VNeID trên App Store …`: one sentence
        return list(bar)
    ends = [m.end() for pattern in _FURNITURE for m in pattern.finditer(piece)] + address_ends(piece)
    if not ends:
        return [piece]
    cut = max(ends)
    rest = piece[cut:]
    head = re.match(r"[\s\-–—|:.,;]*", rest)
    start = cut + (head.end() if head else 0)
    start += leading_buttons(piece[start:])  # `… 10:05 | 1.234 lượt xem Sáng 12/6, …`
    start += len(piece[start:]) - len(piece[start:].lstrip(" |-–—:"))
    signed = _SIGNED.match(piece, start) if piece[:start].rstrip().endswith("|") else None
    signed = signed if signed and all(w[0].isupper() for w in signed.group(0).strip(" |").split()) else None
    start = signed.end() if signed else start  # `… 10:30 | Mai Anh | Giữa phố …`: the stamp's writer
    rest = piece[start:]
    if not _CLOCK.sub("", rest.lstrip('(“"'), count=1)[:1].isupper():  # a live blog's `19:35 Đoàn…` too
        return [piece]
    if _RELATED_LIST.match(piece) and not ends_sentence(rest):
        return [piece]  # headlines after a related header, not a first sentence after a menu
    found = signals(rest)
    short = found.words >= 6 and ends_sentence(rest)  # `… 10:00 Doanh thu du lịch ước đạt 1.200 tỷ đồng.`
    if introduces_table(rest) and plain_lead(found):  # `… 14:00 Giá một số mặt hàng: Thép cuộn …`
        return [piece[:start].strip(), rest]
    if not plain_lead(found) or not found.prose or (found.words < 12 and not short):
        return [piece]
    return [piece[:start].strip(), rest]
