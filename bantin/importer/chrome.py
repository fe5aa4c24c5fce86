"""The chrome detector: which sentence-sized units of a scraped body belong to the article.

A page scraped as text carries its site along: menus and login walls before the article; related
headlines, appeals to readers, comment boxes and the publisher's footer after it. `detect` cuts
every paragraph into units (sentences, and the fields of a footer such as `Tổng biên tập: …`)
and decides for each, from signals that carry over to sites never seen:

* **furniture**: the words of site furniture (đăng nhập, bình luận, hotline, giấy phép, tổng biên
  tập, bản quyền, ©, liên hệ quảng cáo…), phone numbers, e-mail and web addresses, licence
  numbers, street addresses, "3h trước" time stamps of teasers; a run of a page's buttons and labels
  (a share bar, an audio player, counters: `Chia sẻ Facebook Zalo Copy link`, `Lượt xem: 2.345`);
* **prose**: Vietnamese stop-word density (jusText's Vietnamese stop list) and sentence shape: a
  unit of ten words or more that reads like Vietnamese sentences is article text;
* **position**: chrome gathers before the article's first sentence and after its last. The tail
  is cut where what follows is mostly furniture; a run of headline-like units in it (related
  stories) goes with it;
* **repetition**: a unit that other pages of the same site carry too is the site's, not the story's
  (`SiteMemory`: the other files of the same import and the raw pages kept in `content/raw`).

A borderline unit is kept: an editor deletes faster than they restore. Every decision carries
its reason, for `import --explain`. The signals and the units live in `furniture`, where a page
is cut into units in `unit_cuts`, what a unit is on its own in `unit_kinds`, the memory of a site's
pages in `repetition`, where the article starts and ends in `bounds`; this module reads each unit
beside its neighbours and decides what stays.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..core.sentences import ends_sentence
from . import bounds
from .anchors import opens_with
from .announced_items import announced_lines
from .banner_links import banner_links
from .booking_calls import REASON as BOOKING
from .booking_calls import continues_call
from .bounds import article_end, article_start, first_prose, sentences_inside
from .box_labels import box_labels
from .bylines import BYLINE_LABEL, names_section, parse_byline
from .call_buttons import BUTTON as CALL_BUTTON
from .campaign_boxes import campaign_boxes
from .caps_bylines import signed_in_capitals
from .closing_contacts import closing_contacts
from .disclaimer_heads import disclaimer_heads
from .fact_boxes import story_boxes
from .form_bylines import BOX
from .forum_threads import thread_after_post
from .furniture import (
    AUTHOR_BOX,
    LINKED_HEADLINE,
    MASTHEAD,
    Signals,
    Unit,
    figures,
    key,
    shouting,
    title_case_items,
)
from .game_stores import game_stores
from .glued_hotlines import glued_hotlines
from .glued_teasers import TEASER_LEAD
from .glued_units import spaced_at_cuts
from .group_calls import GROUP_CALL, group_call
from .header_phones import header_calls
from .headline_parts import names_headline_part
from .inline import NEXT_PART_REASON, around_inline
from .linked_bylines import REASON as LINKED_BYLINE
from .listed_figures import lists_figures
from .lone_related import LINKED, after_link_label
from .marked_ends import after_byline, headed_tail
from .masthead_footer import masthead_footer
from .match_results import states_a_result
from .match_widgets import match_widgets
from .menu_boxes import menu_boxes
from .menus_over_lead import menus_over_lead
from .page_header import HEADER
from .paper_front import paper_front
from .parsed import Block
from .placed import signals
from .poll_answers import poll_answers
from .quiz_boxes import quiz_boxes
from .quoted_counters import quoted_counters
from .reader_calls import reader_calls
from .reader_comments import comments_at_the_end
from .reader_prompts import prompts_at_the_end
from .related_tail import related_tail
from .repetition import SiteMemory, trim_shared
from .self_ads import self_ads
from .selfdescribed import describes
from .series_links import same_good, series_links
from .series_lists import series_lists
from .service_prompts import service_buttons
from .signers import signs_the_story
from .spelled import stem
from .split_bars import split_bars
from .station_names import hosted_by
from .story_contacts import story_contacts
from .summary_boxes import summary_boxes
from .summary_heads import heads_over_summary
from .tables import story_tables
from .tagged_leads import tagged_tail
from .teasers import teaser_tail
from .transcripts import entries_start
from .unit_cuts import cut_units
from .unit_kinds import BYLINE, DATE_LINE, unit_kind
from .venue_cards import venue_cards
from .visiting_boxes import box_fields
from .weather_widgets import weather_widgets
from .widgets import leading_buttons, names_a_widget, shop_box, tags_apart
from .writers import titled_writer, writers_credits

__all__ = ["BYLINE", "HEADER_BYLINE", "Site", "SiteMemory", "Unit", "apply", "detect", "trim_shared"]


@dataclass(frozen=True)
class Site:
    """The page's own site: its host name (`laodong.vn`), the name it goes by (`Lao Động`) and the
    lines of its menu a parser dropped over the text (news-please's `Thánh ca`, `Radio`)."""

    host: str | None = None
    name: str | None = None
    menu: tuple[str, ...] = ()

    def named_in(self, text: str) -> bool:
        """The site names itself: its address, or its name in capitals as a masthead prints it."""
        if self.host and self.host.casefold() in text.casefold():
            return True
        return bool(self.name and len(self.name) >= 4 and self.name in text)

    def called(self, text: str) -> bool:
        """`text` is the site's name, spelt any way (`Hànộimới` for `Báo Hà Nội Mới`, hanoimoi.vn)."""
        stems = {key(stem(self.host)).removeprefix("bao")} if self.host else set()
        if self.name:
            stems.add(key(_PAPER.sub("", self.name)))
        return any(len(stem) >= 3 and stem in key(text) for stem in stems) or hosted_by(self.host, text)


# A copyright line in the footer (`© 2024 Đài … Lào.`): what follows it (`Đường Phonxay, Viêng Chăn`, its
# address, read as a name and a place) is the owner's, no closing credit of the story.
_OWNER = "after the article ends: the copyright line's owner or address"
_COPYRIGHT = re.compile(r"©|\b(?:bản quyền|copyright)\b", re.IGNORECASE)
# What a paper calls itself before its name.
_PAPER = re.compile(r"^(?:báo|tạp chí|đài|cổng thông tin|trang thông tin)(?: điện tử)?\s+", re.IGNORECASE)


def detect(
    blocks: list[Block],
    repeated: frozenset[str] = frozenset(),
    site: Site = Site(),
    anchors: tuple[str, ...] = (),
) -> list[Unit]:
    """Decide, unit by unit, what of `blocks` is the article.

    `anchors` are texts the article starts with (the headline, the summary): a menu glued to
    them is cut off there, and the headline printed again at the top of the body goes."""
    # A caption holding furniture words (`Ngọc Trâm Ý kiến bạn đọc (0) … Ảnh: …`: a credit closing a run of
    # chrome) is judged sentence by sentence, as a paragraph is; so is a line of credits (`writers`).
    judged = [
        Block("paragraph", b.text) if b.kind == "caption" and signals(b.text).word else b
        for b in writers_credits(blocks)
    ]
    units = cut_units(judged, site, anchors)
    found = [signals(u.text) for u in units]
    kinds = [unit_kind(u, s, judged[u.block], repeated, site) for u, s in zip(units, found, strict=True)]
    for i in range(1, len(units)):  # `… Quý khách vui lòng bấm số` | `HOTLINE hoặc đặt lịch TẠI ĐÂY.`
        if units[i - 1].block == units[i].block and continues_call(units[i - 1].text, units[i].text):
            kinds[i] = ("chrome", BOOKING)
        elif kinds[i - 1][0] == "chrome" and after_link_label(units[i - 1].text, units[i].text):
            kinds[i] = ("chrome", LINKED)  # `Xem thêm:` | `Đái tháo đường type 2 có chữa khỏi được không?`
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
    preset = (HEADER, LINKED_HEADLINE, BOX, TEASER_LEAD, CALL_BUTTON)  # cut off as chrome before judging
    kinds = [("chrome", u.reason) if u.reason in preset else k for u, k in zip(units, kinds, strict=True)]
    kinds = [
        ("byline", BYLINE) if u.reason == LINKED_BYLINE else k for u, k in zip(units, kinds, strict=True)
    ]
    texts = [u.text for u in units]
    kinds = (
        heads_over_summary(kinds, texts, [u.block for u in units], anchors, site.called) if anchors else kinds
    )
    kinds = around_inline(poll_answers(sentences_inside(kinds, found, texts), texts), texts)  # a vote box
    kinds = series_lists(kinds, texts)  # `Loạt bài`, `Bài 1: …`, `Bài 2: …` under the story
    kinds = bounds.lead_opening(kinds, texts, [u.block for u in units])
    kinds = story_boxes(story_tables(kinds, found, texts, anchors[:1]), texts)  # its tables, boxes
    if anchors:  # the series' other pages (`Giá vàng hôm nay 27/10 Giá vàng hôm nay 26/10`), other goods'
        sentences = [f.sentence for f in found]
        kinds = series_links(same_good(kinds, texts, sentences, anchors[0]), texts, anchors[0])
    last = max((i for i, (k, _) in enumerate(kinds) if k == "prose"), default=-1)
    for i, unit in enumerate(units):  # a box of figures outside the story (prices, rates, a record)
        outside = kinds[i][0] == "short" and not first_prose(kinds) <= i <= last
        outside = outside and not (i == last + 1 and states_a_result(unit.text))  # `Kết quả: A 4-2 B`
        boxed = figures(unit.text) and not lists_figures(unit.text)  # a list the story writes stays
        if outside and (boxed or shop_box(unit.text)):  # … or a shop's (`650.000đ Mua ngay`)
            kinds[i] = ("chrome", "a box of figures or fields (prices, rates, a record)")
    for i, unit in enumerate(units):  # the site's description of itself, before its footer or last
        described = describes(unit.text, site) and not any(c.isdigit() for c in unit.text)
        if described and all(k == "chrome" for k, _ in kinds[i + 1 : i + 2]):
            kinds[i] = ("chrome", "the site describing itself")
        elif AUTHOR_BOX.match(unit.text) and all(k in ("chrome", "short") for k, _ in kinds[i + 1 :]):
            kinds[i] = ("chrome", "the author's box, after the story")  # `Về tác giả Ngọc Anh là …`
    kinds = box_fields(kinds, texts)  # `Giờ mở cửa: 8h00 - 17h00 các ngày …. | Giá vé: 40.000 đồng`
    kinds = paper_front(tags_apart(kinds, texts), texts)  # the tags; `Tóm tắt:` | `Từ khóa: …`
    kinds = thread_after_post(kinds, found, texts, first_prose(kinds))  # `… Thành viên Bài viết: 412`
    kinds = disclaimer_heads(kinds, texts)  # `Khuyến cáo` | `Báo cáo này chỉ nhằm mục đích …`
    kinds = prompts_at_the_end(kinds, texts)  # `Cùng xem MV …`, `Hãy để lại bình luận` over the byline
    kinds = comments_at_the_end(kinds, texts)  # `Bình luận Mai Anh: Thực đơn rất tiện …`
    kinds = quiz_boxes(kinds, texts)  # `Bạn có ngủ đủ giấc?` | `Làm bài kiểm tra … Bắt đầu`
    kinds = [("chrome", GROUP_CALL) if group_call(t) else k for t, k in zip(texts, kinds, strict=True)]
    kinds = service_buttons(kinds, texts)  # `Tra cứu lịch cắt điện` between a notice's sentences
    kinds = weather_widgets(kinds, texts)  # `AQI 152 Kém`, `Mặt trời mọc 05:17` between a bulletin's lines
    kinds = game_stores(kinds, texts)  # `Tải Free Fire (580 MB)`, `Nhập giftcode: …`, `Độ tuổi: 12+`
    kinds = match_widgets(kinds, texts)  # `Kiểm soát bóng 58% - 42%`, `Arsenal 2-1 Tottenham FT`, `Số áo: 9`
    kinds = campaign_boxes(kinds, texts)  # `Đã quyên góp 215.400.000đ / 600.000.000đ`, `Ủng hộ ngay`
    kinds = banner_links(reader_calls(kinds, texts), texts)  # `Podcast: … - Nghe …`; `… Tải App Dân Việt …`
    kinds = quoted_counters(kinds, texts)  # `"… gì hơn."` | `115K lượt thích · 9,8K bình luận` | …
    kinds = venue_cards(story_contacts(kinds, texts), texts)  # its contacts, once the site's is known
    kinds = masthead_footer(kinds, texts)  # `… Trung tâm X. Địa chỉ: …`, the name the masthead printed
    kinds = header_calls(kinds, texts)  # `Bạn cần tư vấn? Gọi ngay 1900 6589 …`, the header's number
    kinds = glued_hotlines(kinds, texts)  # `Tổng đài 1900 1839 (8:00 - 23:00) Công ty CP …` over the footer
    kinds = split_bars(kinds, texts)  # `Ủng hộ quỹ khuyến học |` | `Số tài khoản: 0100 …` in the story
    kinds = self_ads(kinds, texts, site.called)  # `Luật Minh An nhận tư vấn …` | `Liên hệ 0988 …`
    kinds = box_labels(announced_lines(kinds, texts), texts)  # a list's lines; `Tin chính` after the story
    kinds = menu_boxes(kinds, texts, site.menu)  # `Thánh ca` | `Kinh Mân Côi …` under a menu with `Thánh ca`
    kinds = menus_over_lead(kinds, found, texts, anchors[1:])  # `… Ngày đi Ngày về Tìm chuyến bay` | the lead
    first = first_prose(kinds)
    for i in range(first):  # the lead the summary opens, whatever its stop words (`Thời tiết hanh khô…`)
        if found[i].sentence and opens_with(units[i].text, anchors[1:]):
            kinds[i], first = ("prose", "the lead, which the summary opens with"), i
            break
        if (
            i == 0 and kinds[0][0] == "short" and _plain_first_paragraph(units, found)
        ):  # `Từ 15 giờ chiều nay, giá xăng E5 …`
            kinds[i], first = ("prose", "the first paragraph, a whole sentence with nothing of a site's"), i
            break
    decided = [
        Unit(u.block, u.text, kind != "chrome", reason or "caption")
        for u, (kind, reason) in zip(units, kinds, strict=True)
    ]
    start = article_start(
        kinds, found, first < len(units) and opens_with(units[first].text, anchors[1:]), texts
    )
    start = entries_start(texts, start)  # a live blog's first entry, alone under the header, opens it
    end = after_byline(units, kinds, found, article_end(kinds, found, first_prose(kinds), texts))
    end = teaser_tail(units, kinds, found, headed_tail(units, kinds, end), anchors)
    end = tagged_tail(units, kinds, related_tail(units, kinds, found, end))  # other stories on the same event
    if start < end < len(units) and signs_the_story(texts[end], texts[start:end]):
        end += 1  # the letter's signer its text names (`BAN BIÊN TẬP BÁO …` under `Ban Biên tập Báo …`)
    # The masthead lines before a footer (`CƠ QUAN CỦA TỔNG LIÊN ĐOÀN…`) go with it, so do menus of services
    # (`Tra cứu phạt nguội`), which may end the body, and a line saying what the paper is (`Cơ quan của
    # Bộ …`) even as a sentence and with no footer after it.
    footer = end < len(units)  # a menu of services ends the body too
    while end - 1 > start:
        text = units[end - 1].text
        described = MASTHEAD.match(text) is not None
        labels = footer and _labels_run(text, found[end - 1])  # `Thông báo Lịch công tác … Chu Văn An.`
        if kinds[end - 1][0] != "short" and not (described or labels):
            break
        masthead = described or labels or shouting(text) or site.named_in(text) or _PAPER.match(text)
        if not ((footer or described) and masthead) and not title_case_items(text):
            break
        if signed_in_capitals(units, kinds, found, end - 1) or signs_the_story(text, texts[start : end - 1]):
            break  # a writer's name, or the letter's signer
        end, footer = end - 1, True
    out = []
    first, headline = first_prose(kinds), anchors[0] if anchors else ""
    for i, unit in enumerate(decided):
        kind, reason = kinds[i]
        dated = i + 1 < len(units) and kinds[i + 1][1] == DATE_LINE  # `Hoàng An`, then its stamp
        dated = dated or bounds.writer_over_lead(texts, i, first, anchors[1:])
        if kind == "byline" and i < first and (_header_byline(unit.text) or dated):
            unit = Unit(unit.block, unit.text, False, HEADER_BYLINE)
        elif (
            kind == "byline"
            and i >= end
            and i > 0
            and kinds[i - 1][0] == "chrome"
            and _COPYRIGHT.search(texts[i - 1])
        ):
            unit = Unit(unit.block, unit.text, False, _OWNER)
        elif kind == "byline" and not (i < start and bounds.foreign_label(unit.text)):
            pass  # a credit stays where it stands; not a menu's `Star Cine` over the lead
        elif i < start and unit.keep and kind != "caption":
            if not names_headline_part(unit.text, headline):  # `Bài 2: …`, the part the headline names, stays
                why = "before the article: " + (reason or "menu or headline")
                unit = Unit(unit.block, unit.text, False, why)
        elif i >= end and unit.keep and reason != NEXT_PART_REASON:
            unit = Unit(unit.block, unit.text, False, "after the article ends: " + (reason or "headline"))
        out.append(unit)
    return closing_contacts(summary_boxes(out, anchors[1:]), site, headline)  # a box's copy; contacts


def _labels_run(text: str, found: Signals) -> bool:
    """A box's labels and links over the footer, read as a sentence when the footer's name closes them
    with its full stop (`Thông báo Lịch công tác tuần 47 Thời khóa biểu học kỳ I Trường THPT Chu Văn
    An.`): ten words or more, no grammar word, half of them in capitals, no stop inside, which no
    sentence is; a list the story closes with (`Căn cứ pháp lý: Luật Cư trú năm 2020; Nghị định …`)
    has its colon and semicolons, and a notice's signing sentence (`Đoàn Chủ tịch Trung ương Hội LHPN Việt
    Nam xin trân trọng thông báo.`) its verb in lower case at the end, where the labels end on a name."""
    unparted = not any(mark in text[:-1] for mark in ":;,") and text.split()[-1][:1].isupper()
    return unparted and found.sentence and found.words >= 10 and found.grammar == 0 and found.capitals >= 0.5


def _plain_first_paragraph(units: list[Unit], found: list[Signals]) -> bool:
    """The page opens with a paragraph of one sentence of a dozen words or more, commas in it, a full
    stop, no furniture word: the lead, however few its stop words (figures and codes: `Từ 15 giờ chiều
    nay, giá xăng E5 RON92 giảm 520 đồng/lít, …`)."""
    alone = len(units) == 1 or units[1].block != units[0].block
    s = found[0]
    return alone and s.sentence and s.words >= 12 and not s.strong and not s.weak and "," in units[0].text


def _button_before_buttons(units: list[Unit], kinds: list[tuple[str, str]], i: int) -> bool:
    """The unit read as a byline is one word a button also is (`Lưu`, `Gửi`, `Thích`), right before a
    run of the page's buttons (`Chia sẻ In Báo cáo`): a button cut off its run, as no writer signs with
    one word before the share bar."""
    text = units[i].text.strip()
    if " " in text or not names_a_widget(text) or i + 1 >= len(units) or kinds[i + 1][0] != "chrome":
        return False
    return leading_buttons(units[i + 1].text) > 0


def _after_menu(units: list[Unit], kinds: list[tuple[str, str]], i: int) -> bool:
    """A section's name read as a credit (`Tin tức`, a paper's name too) after the menu's items in its
    block: the breadcrumb's last item, not a source over the lead."""
    return i > 0 and units[i - 1].block == units[i].block and kinds[i - 1][0] in ("short", "chrome")


def _sites_name(text: str, below: list[tuple[str, str]]) -> bool:
    """A source's name and no writer's (`Kenh14.vn`, `Kinhtedothi`) above the article with the page's
    chrome between it and the lead (a section, a stamp, a share bar): the site's masthead, where a
    credit stands right over the lead or after the story."""
    byline = parse_byline(text)
    return byline is not None and byline.author is None and any(kind == "chrome" for kind, _ in below)


#: The reason given to a dated or labelled byline above the article (`Hoàng Yến | 12/04/2024 08:30`,
#: `Tác giả: Kim Ngân`): it leaves the body for the metadata (author, date), as a closing byline does.
HEADER_BYLINE = "a byline above the article: author and date"


def _header_byline(text: str) -> bool:
    """A byline that says it is one: dated, labelled (`Tác giả: Kim Ngân`) or titled (`TS. LÊ AN`)."""
    byline = parse_byline(text)
    return byline is not None and (byline.when is not None or BYLINE_LABEL.match(text) or titled_writer(text))


def apply(blocks: list[Block], units: list[Unit]) -> list[Block]:
    """The blocks rebuilt from the units that stay (a block whose units all went is dropped). The
    credits closing the last paragraph (`… hữu cơ. Hoàng Long Nguồn: Báo Nông nghiệp`) become
    paragraphs of their own, for the bylines pass to take, and so does one after text with no stop."""
    kept: dict[int, list[str]] = {}
    dropped: set[int] = set()
    for unit in units:
        if unit.keep:
            kept.setdefault(unit.block, []).append(unit.text)
        else:
            dropped.add(unit.block)
    out = []
    for index, block in enumerate(blocks):
        if index not in dropped and block.kind == "paragraph" and index in kept:  # glued units printed apart
            out.append(Block(block.kind, spaced_at_cuts(block.text, kept[index]), block.credit))
        elif index not in dropped:
            out.append(block)
        elif index in kept and block.kind == "caption":
            out.append(Block("paragraph", " ".join(kept[index])))  # its credit went with the chrome
        elif index in kept:
            out.append(Block(block.kind, " ".join(kept[index]), block.credit))
    return _closing_credits_apart(out, [u for u in units if u.keep])


def _closing_credits_apart(blocks: list[Block], kept: list[Unit]) -> list[Block]:
    credits: list[str] = []
    for unit in reversed(kept):
        if unit.reason != BYLINE:
            break
        credits.insert(0, unit.text)
    before = kept[-len(credits) - 1].text if credits and len(credits) < len(kept) else ""
    unstopped = len(credits) == 1 and not ends_sentence(before)  # `… 8.000 đồng/kg Mỹ Thanh`: a table's
    if not (len(credits) >= 2 or unstopped) or not blocks or blocks[-1].kind != "paragraph":
        return blocks  # one byline run into a sentence's end: the bylines pass splits it off itself
    last = blocks[-1].text
    tail = " ".join(credits)
    if not last.endswith(tail) or len(last) == len(tail):
        return blocks
    text = Block("paragraph", last[: -len(tail)].rstrip())
    return [*blocks[:-1], text, *(Block("paragraph", credit) for credit in credits)]
