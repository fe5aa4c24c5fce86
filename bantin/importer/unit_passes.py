"""What each unit of a page is beside its neighbours: the chrome detector's passes.

`unit_kinds` says what a unit is on its own (`chrome`, `prose`, `caption`, `byline`, `short`, with a
reason); the passes here read each unit beside the units around it and relabel it, one job a pass:
a call run on into its button, the head's section and site names, the boxes a story prints and the
boxes a site prints around it, widgets between a story's sentences, the footer's parts. They run in
order and a later pass sees what the earlier ones decided (`story_contacts` keeps the story's contacts
once the site's own are known). `chrome.detect` then finds where the article starts and ends.
"""

from __future__ import annotations

from . import bounds
from .announced_items import announced_lines
from .banner_links import banner_links
from .booking_calls import REASON as BOOKING
from .booking_calls import continues_call
from .bounds import first_prose, sentences_inside
from .box_labels import box_labels
from .bylines import names_section, parse_byline
from .call_buttons import BUTTON as CALL_BUTTON
from .campaign_boxes import campaign_boxes
from .clip_lists import clips_after_box
from .closing_schedules import closing_schedules
from .comment_signatures import comment_signatures
from .disclaimer_heads import disclaimer_heads
from .fact_boxes import story_boxes
from .form_bylines import BOX
from .forum_threads import thread_after_post
from .furniture import AUTHOR_BOX, LINKED_HEADLINE, Signals, Unit, figures, key
from .game_stores import game_stores
from .glued_hotlines import glued_hotlines
from .glued_teasers import TEASER_LEAD
from .group_calls import GROUP_CALL, group_call
from .header_phones import header_calls
from .inline import around_inline
from .linked_bylines import REASON as LINKED_BYLINE
from .listed_figures import lists_figures
from .lone_related import LINKED, after_link_label
from .masthead_footer import masthead_footer
from .match_results import states_a_result
from .match_widgets import match_widgets
from .media_titles import clips_between
from .menu_boxes import menu_boxes
from .menus_over_lead import menus_over_lead
from .page_header import HEADER
from .paper_front import paper_front
from .poll_answers import poll_answers
from .posted_quotes import speaker_opening
from .quiz_boxes import quiz_boxes
from .quoted_counters import quoted_counters
from .rating_answers import rating_answers
from .reader_calls import reader_calls
from .reader_comments import comments_at_the_end
from .reader_prompts import prompts_at_the_end
from .self_ads import self_ads
from .selfdescribed import PageSite, describes
from .series_links import same_good, series_links
from .series_lists import series_lists
from .service_prompts import service_buttons
from .split_bars import split_bars
from .story_contacts import story_contacts
from .summary_heads import heads_over_summary
from .support_boxes import support_boxes
from .tables import story_tables
from .tag_runs import TAG_RUN
from .tickers import tickers_over_lead
from .unit_kinds import BYLINE
from .venue_cards import venue_cards
from .visiting_boxes import box_fields, visits_in_story
from .visitor_counters import visitor_counters
from .weather_widgets import weather_widgets
from .widgets import leading_buttons, names_a_widget, shop_box, tags_apart

__all__ = ["Kinds", "relabel"]

#: The kind of each unit, with the reason (`("chrome", "a run of the page's buttons")`).
Kinds = list[tuple[str, str]]

# Units a cutter already told apart as chrome (a header, a linked headline, a box, a teaser's lead,
# a call's button, the page's tags run into a sentence): chrome before any pass reads them.
_PRESET = (HEADER, LINKED_HEADLINE, BOX, TEASER_LEAD, CALL_BUTTON, TAG_RUN)


def relabel(
    units: list[Unit], found: list[Signals], kinds: Kinds, site: PageSite, anchors: tuple[str, ...] = ()
) -> Kinds:
    """The kinds of `units` (their signals `found`, their kinds on their own `kinds`) read beside
    their neighbours, on the page of `site` whose article starts with `anchors` (headline, summary)."""
    kinds = _run_on(units, list(kinds))
    kinds = _head(units, kinds, anchors)
    kinds = [("chrome", u.reason) if u.reason in _PRESET else k for u, k in zip(units, kinds, strict=True)]
    kinds = [
        ("byline", BYLINE) if u.reason == LINKED_BYLINE else k for u, k in zip(units, kinds, strict=True)
    ]
    texts = [u.text for u in units]
    blocks = [u.block for u in units]
    kinds = heads_over_summary(kinds, texts, blocks, anchors, site.called) if anchors else kinds
    kinds = sentences_inside(kinds, found, texts)  # a furniture word in a sentence between the story's
    kinds = poll_answers(kinds, texts)  # a vote box's answers
    kinds = rating_answers(kinds, texts)  # `Đánh giá bài viết Hữu ích Không hữu ích`
    kinds = around_inline(kinds, texts)  # … and its question
    kinds = clips_between(kinds, texts)  # `Video: Người dân Tam Đường che chắn …` between two paragraphs
    kinds = clips_after_box(kinds, texts)  # `Clip nổi bật … (02:15)` | `Ngày hội hiến máu … (03:40)`
    kinds = series_lists(kinds, texts)  # `Loạt bài`, `Bài 1: …`, `Bài 2: …` under the story
    kinds = bounds.lead_opening(kinds, texts, blocks)
    kinds = story_tables(kinds, found, texts, anchors[:1])  # the story's tables
    kinds = tickers_over_lead(kinds, texts)  # `Cà phê nhân 118.500 đ/kg ▲ Xoài …` over the lead
    kinds = story_boxes(kinds, texts)  # … and its boxes
    if anchors:  # the series' other pages (`Giá vàng hôm nay 27/10 Giá vàng hôm nay 26/10`), other goods'
        sentences = [f.sentence for f in found]
        kinds = series_links(same_good(kinds, texts, sentences, anchors[0]), texts, anchors[0])
    kinds = speaker_opening(kinds, texts, first_prose(kinds))  # `…, anh Hiếu, viết:` | `"Nước rút …"`
    kinds = _boxes_outside(units, kinds)
    kinds = _site_and_author(units, kinds, site)
    kinds = box_fields(kinds, texts)  # `Giờ mở cửa: 8h00 - 17h00 các ngày …. | Giá vé: 40.000 đồng`
    kinds = visits_in_story(kinds, texts)  # … but between two of the story's sentences, the story's own
    kinds = tags_apart(kinds, texts)  # the tags under their label
    kinds = paper_front(kinds, texts)  # `Tóm tắt:` | `Từ khóa: …`
    kinds = thread_after_post(kinds, found, texts, first_prose(kinds))  # `… Thành viên Bài viết: 412`
    kinds = disclaimer_heads(kinds, texts)  # `Khuyến cáo` | `Báo cáo này chỉ nhằm mục đích …`
    kinds = prompts_at_the_end(kinds, texts)  # `Cùng xem MV …`, `Hãy để lại bình luận` over the byline
    kinds = comments_at_the_end(kinds, texts)  # `Bình luận Mai Anh: Thực đơn rất tiện …`
    kinds = comment_signatures(kinds, texts)  # `Nguyễn Đức Tâm - 07:15 06/12/2026` | … | `Trả lời`
    kinds = quiz_boxes(kinds, texts)  # `Bạn có ngủ đủ giấc?` | `Làm bài kiểm tra … Bắt đầu`
    kinds = [("chrome", GROUP_CALL) if group_call(t) else k for t, k in zip(texts, kinds, strict=True)]
    kinds = service_buttons(kinds, texts)  # `Tra cứu lịch cắt điện` between a notice's sentences
    kinds = weather_widgets(kinds, texts)  # `AQI 152 Kém`, `Mặt trời mọc 05:17` between a bulletin's lines
    kinds = game_stores(kinds, texts)  # `Tải Free Fire (580 MB)`, `Nhập giftcode: …`, `Độ tuổi: 12+`
    kinds = match_widgets(kinds, texts)  # `Kiểm soát bóng 58% - 42%`, `Arsenal 2-1 Tottenham FT`, `Số áo: 9`
    kinds = campaign_boxes(kinds, texts)  # `Đã quyên góp 215.400.000đ / 600.000.000đ`, `Ủng hộ ngay`
    kinds = support_boxes(kinds, texts)  # `Ủng hộ Tạp chí X` | `Sự ủng hộ của bạn …` | `Ủng hộ ngay`
    kinds = reader_calls(kinds, texts)  # `… Tải App Dân Việt …`
    kinds = banner_links(kinds, texts)  # `Podcast: … - Nghe …` ending the page
    kinds = quoted_counters(kinds, texts)  # `"… gì hơn."` | `115K lượt thích · 9,8K bình luận` | …
    kinds = story_contacts(kinds, texts)  # its contacts, once the site's is known
    kinds = venue_cards(kinds, texts)  # a place's card after one of the story's sentences
    kinds = masthead_footer(kinds, texts)  # `… Trung tâm X. Địa chỉ: …`, the name the masthead printed
    kinds = header_calls(kinds, texts)  # `Bạn cần tư vấn? Gọi ngay 1900 6589 …`, the header's number
    kinds = glued_hotlines(kinds, texts)  # `Tổng đài 1900 1839 (8:00 - 23:00) Công ty CP …` over the footer
    kinds = closing_schedules(kinds, texts)  # `Lịch khám …: Thứ Hai - Thứ Sáu: … 1900 9095 Phòng …`
    kinds = visitor_counters(kinds, texts)  # `Đang online: 21 | Hôm nay: 640 | Tổng: 1.902.337`
    kinds = split_bars(kinds, texts)  # `Ủng hộ quỹ khuyến học |` | `Số tài khoản: 0100 …` in the story
    kinds = self_ads(kinds, texts, site.called)  # `Luật Minh An nhận tư vấn …` | `Liên hệ 0988 …`
    kinds = announced_lines(kinds, texts)  # the lines of a list the story announces
    kinds = box_labels(kinds, texts)  # `Tin chính` after the story
    kinds = menu_boxes(kinds, texts, site.menu)  # `Thánh ca` | `Kinh Mân Côi …` under a menu with `Thánh ca`
    return menus_over_lead(kinds, found, texts, anchors[1:])  # `… Ngày đi Ngày về Tìm chuyến bay` | the lead


def _run_on(units: list[Unit], kinds: Kinds) -> Kinds:
    """A unit going on from the one before: a booking call's button, a linked headline's label."""
    for i in range(1, len(units)):  # `… Quý khách vui lòng bấm số` | `HOTLINE hoặc đặt lịch TẠI ĐÂY.`
        if units[i - 1].block == units[i].block and continues_call(units[i - 1].text, units[i].text):
            kinds[i] = ("chrome", BOOKING)
        elif kinds[i - 1][0] == "chrome" and after_link_label(units[i - 1].text, units[i].text):
            kinds[i] = ("chrome", LINKED)  # `Xem thêm:` | `Đái tháo đường type 2 có chữa khỏi được không?`
    return kinds


def _head(units: list[Unit], kinds: Kinds, anchors: tuple[str, ...]) -> Kinds:
    """Over the article's first sentence: the headline again, the site's sections and its name, a
    breadcrumb, a button cut off its bar."""
    for i in range(min(first_prose(kinds) + 1, len(units))):
        if anchors and key(units[i].text) == key(anchors[0]):
            kinds[i] = ("chrome", "the headline again")
        elif kinds[i][0] == "short" and names_section(units[i].text):
            kinds[i] = ("chrome", "the name of the site's section")
        elif kinds[i][0] == "byline" and names_section(units[i].text) and _after_menu(units, kinds, i):
            kinds[i] = ("chrome", "the name of the site's section")  # `Về chúng tôi` | `Tin tức` | the lead
        elif kinds[i][0] == "short" and leading_buttons(units[i].text):  # `Trang chủ Sách Sách hay`
            kinds[i] = ("chrome", "a breadcrumb opening with a button")
    for i in range(first_prose(kinds)):  # `Kenh14.vn`, `Tin tức` over the menu: the site's, no credit
        if kinds[i][0] == "byline" and _sites_name(units[i].text, kinds[i + 1 : first_prose(kinds)]):
            kinds[i] = ("chrome", "a site's name over the page's menus and stamps")
        elif kinds[i][0] == "byline" and _button_before_buttons(units, kinds, i):  # `Lưu` | `Chia sẻ In`
            kinds[i] = ("chrome", "a button before the page's other buttons")
    return kinds


def _boxes_outside(units: list[Unit], kinds: Kinds) -> Kinds:
    """A box of figures outside the story (prices, rates, a record), or a shop's (`650.000đ Mua ngay`)."""
    last = max((i for i, (k, _) in enumerate(kinds) if k == "prose"), default=-1)
    for i, unit in enumerate(units):
        outside = kinds[i][0] == "short" and not first_prose(kinds) <= i <= last
        outside = outside and not (i == last + 1 and states_a_result(unit.text))  # `Kết quả: A 4-2 B`
        boxed = figures(unit.text) and not lists_figures(unit.text)  # a list the story writes stays
        if outside and (boxed or shop_box(unit.text)):
            kinds[i] = ("chrome", "a box of figures or fields (prices, rates, a record)")
    return kinds


def _site_and_author(units: list[Unit], kinds: Kinds, site: PageSite) -> Kinds:
    """The site's description of itself before its footer or last, and the author's box after the story."""
    for i, unit in enumerate(units):
        described = describes(unit.text, site) and not any(c.isdigit() for c in unit.text)
        if described and all(k == "chrome" for k, _ in kinds[i + 1 : i + 2]):
            kinds[i] = ("chrome", "the site describing itself")
        elif AUTHOR_BOX.match(unit.text) and all(k in ("chrome", "short") for k, _ in kinds[i + 1 :]):
            kinds[i] = ("chrome", "the author's box, after the story")  # `Về tác giả Ngọc Anh là …`
    return kinds


def _button_before_buttons(units: list[Unit], kinds: Kinds, i: int) -> bool:
    """The unit read as a byline is one word a button also is (`Lưu`, `Gửi`, `Thích`), right before a
    run of the page's buttons (`Chia sẻ In Báo cáo`): a button cut off its run, as no writer signs with
    one word before the share bar."""
    text = units[i].text.strip()
    if " " in text or not names_a_widget(text) or i + 1 >= len(units) or kinds[i + 1][0] != "chrome":
        return False
    return leading_buttons(units[i + 1].text) > 0


def _after_menu(units: list[Unit], kinds: Kinds, i: int) -> bool:
    """A section's name read as a credit (`Tin tức`, a paper's name too) after the menu's items in its
    block: the breadcrumb's last item, not a source over the lead."""
    return i > 0 and units[i - 1].block == units[i].block and kinds[i - 1][0] in ("short", "chrome")


def _sites_name(text: str, below: Kinds) -> bool:
    """A source's name and no writer's (`Kenh14.vn`, `Kinhtedothi`) above the article with the page's
    chrome between it and the lead (a section, a stamp, a share bar): the site's masthead, where a
    credit stands right over the lead or after the story."""
    byline = parse_byline(text)
    return byline is not None and byline.author is None and any(kind == "chrome" for kind, _ in below)
