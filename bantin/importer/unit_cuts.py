"""The page's blocks cut into the units the chrome detector judges (`chrome.detect`).

Each paragraph is cut into sentence-sized units (`units.split_units`); then every edge the page's
frame runs into the story is cut too, so that the frame's piece and the story's are judged apart:
the header glued to the lead (`page_header`), a writer's title, the site describing itself, a
table of contents, a related headline or the closing byline run into a sentence (`edges`), a titled
writer's signature run into the page's call to readers (`titled_signatures`), counters
and marked links (`inline`), the page's tags under their label run into a sentence (`tag_runs`),
another story's lead under the paper's own tag (`tagged_leads`), and the cuts where the headline
and the summary say the article starts (`anchors`, `headline_lead`). A caption stays one unit.
"""

from __future__ import annotations

from .agency_datelines import dateline_back
from .anchors import cut_after_menu, cut_at_anchors, rejoin_at_anchors
from .calendar_widgets import widget_tab_apart
from .call_buttons import call_button_apart
from .channels import channels_apart
from .closing_schedules import schedule_byline_apart
from .crew_credits import crew_credits_apart
from .doctor_cards import doctor_card_apart
from .edges import closing_byline_apart, contents_apart, linked_headline_apart
from .episode_lists import episodes_apart
from .form_bylines import byline_inside_box_apart
from .format_links import format_link_apart
from .furniture import Unit
from .glued_teasers import glued_teaser_apart
from .head_word_menus import head_word_menu_apart
from .header_phones import header_call_apart
from .header_sentences import header_sentence_apart
from .headline_lead import cut_before_headline_words
from .headline_parts import series_label_apart
from .inline import counters_apart, marked_links_apart
from .labelled_links import labelled_link_apart
from .live_controls import live_controls_apart
from .lone_related import lone_related_apart
from .media_titles import video_title_apart
from .page_header import peel_page_header
from .parsed import Block
from .poll_answers import question_apart
from .section_tails import section_list_apart
from .selfdescribed import PageSite, describes, describes_itself_apart
from .series_lists import series_header_apart
from .tag_runs import tag_run_apart
from .tagged_leads import tagged_lead_apart
from .title_crumbs import cut_after_title_crumb
from .titled_signatures import signature_after_contact, titled_signature_apart
from .units import split_units
from .visiting_boxes import sentence_after_box_apart
from .writers import titled_writer_apart

__all__ = ["cut_units"]


def cut_units(blocks: list[Block], site: PageSite, anchors: tuple[str, ...] = ()) -> list[Unit]:
    """The units of `blocks`, each knowing its block; `anchors` are the headline and the summary."""
    units: list[Unit] = []
    for index, block in enumerate(blocks):
        pieces = [block.text] if block.kind == "caption" else split_units(block.text)
        units.extend(Unit(index, piece) for piece in pieces)
    units = series_header_apart(units)  # `Ma Văn Đức Loạt bài Bài 1: …`: the series' links under the byline
    units = live_controls_apart(units)  # `… Nhóm phóng viên Xem lại video …`: a live page's controls
    units = channels_apart(units)  # `Thu Hằng/VOV1 VOV1 VOV2 VOV3 …`: a station's list of channels
    units = episodes_apart(units)  # `… Voiz FM Tập 7 Trực ca Tết 31:02 Tập 9 …`: a programme's episodes
    units = crew_credits_apart(units)  # `PV: Thu Hằng, Quốc Anh - KTV: Văn Nam THP THP+ …`: a report's crew
    units = doctor_card_apart(units)  # `… rượu bia ThS.BS Lê An - Khoa Nội, … ThS.BS Lê An Chuyên khoa: …`
    units = contents_apart(
        describes_itself_apart(
            titled_writer_apart(peel_page_header(units, site.called, site.name, anchors[1:])), site
        )
    )
    credits = tuple(b.credit for b in blocks if b.credit)  # `Ảnh: Tuấn Anh`: the writer's name too
    units = lone_related_apart(
        closing_byline_apart(units, lambda text: describes(text, site), credits), anchors
    )
    units = schedule_byline_apart(units)  # `… 19/12: xã Phong Điền, TP Cần Thơ Ngọc Lan`: the byline
    units = head_word_menu_apart(units)  # `… nhãn khoa gần nhất Khoa Kết giác mạc Khoa Glôcôm …`: a menu
    units = section_list_apart(units)  # `Đức Trí Tin giao thông Lâm Đồng lắp thêm …`: a section's list
    units = byline_inside_box_apart(units)  # `Đăng ký nhận bảng giá: Điền họ tên Lê Mai Số tiền vay …`
    units = titled_signature_apart(units)  # `PGS.TS Lê An Diễn đàn mong nhận được ý kiến của bạn đọc.`
    units = signature_after_contact(units)  # `… qua email: tuvan@bao.vn Chuyên gia tâm lý Lê Hà`
    units = marked_links_apart(counters_apart(linked_headline_apart(units)))  # `1/8 Hoa được …`
    units = video_title_apart(units)  # `Video: Người dân đổ xăng … ở Hà Nội Kỳ này, liên Bộ …`
    units = labelled_link_apart(units)  # `Tin cùng sự kiện: Sông … 15 năm Sở … cho biết …`
    units = question_apart(units)  # `Phòng Công tác xã hội Bài viết hữu ích?` over `Có Không`: the question
    units = sentence_after_box_apart(units)  # `… Giá vé: … dưới 16 tuổi Dịp này, bảo tàng …`: the sentence
    units = tag_run_apart(units, anchors[:1])  # `Tags: đường sắt | Vũng Áng Phía Lào đã …`: the tags
    units = header_sentence_apart(units)  # `Bài viết cùng chuyên mục Ông A nói: “…”.`: the story's
    units = format_link_apart(units)  # `… phần trăm. [Infographic] Giá vàng biến động thế nào …?`
    units = glued_teaser_apart(units)  # `… ngập sâu Triều cường dâng cao …`: a related headline and its lead
    units = call_button_apart(units)  # `Xem bản đồ chất lượng không khí Người có bệnh …`: a button
    units = header_call_apart(units)  # `Gọi ngay 1900 6589 để được … hỗ trợ Thủ tục …`: the header's number
    units = tagged_lead_apart(units)  # `… (Dân trí) - Sáng 17/7, …`: another story's lead
    units = rejoin_at_anchors(units, anchors)  # a lead cut inside the summary's opening words
    for _ in range(len(anchors)):  # a menu, then the headline, then the lead: a cut each
        units = cut_at_anchors(units, anchors)
    units = cut_after_menu(units, anchors[1:])  # `… Hỗ trợ khách hàng Bệnh nhân nam 38 tuổi ở …`
    units = widget_tab_apart(units)  # `Ngày Hoàng đạo Sáng rằm tháng Bảy …`: a calendar's tab, then the lead
    units = dateline_back(units)  # `… Phnôm Pênh, 11/12 (TTXVN) -` | `Chiều 11/12, …`: the lead's opening
    if not anchors:
        return units
    units = series_label_apart(units, anchors[0])  # `… Phóng sự Loạt bài: Người giữ …` over `Kỳ cuối: …`
    units = cut_after_title_crumb(units, anchors[0])  # `… Thời sự Đính chính Trên Báo …` under `Đính chính`
    return cut_before_headline_words(units, anchors[0])  # a lead opening with it
