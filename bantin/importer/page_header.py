"""The page's header run into the lead: before the article's first sentence, a teaser's `2 giờ trước`, a
date stamp, a ticker, a menu (one run into the site's dateline too, a portal's of its services), the
site's name over it (or a station's name and buttons in a unit before it: `Đài PT&TH Hải Dương Trang chủ
| Nông nghiệp | Nông dân huyện …`), an advertorial's label (`Bài PR`), an honorific's box or an author's
box, an institution's menu of items in sentence case (`item_menus`), a short banner before a lead
opening with its hour and day (`timed_leads`) glued to the lead is cut off it, again while there is
more (a menu, then a box, then the menu's last items: `mastheads.last_items`); a portal's menu in a
unit of its own goes as well. The header goes, the lead stays; a cut that would take the summary's
opening words with it is left to `anchors.cut_at_anchors`, which cuts where they start. The chrome
detector (`chrome.detect`) runs it before judging the units."""

from __future__ import annotations

from collections.abc import Callable

from .anchors import cuts_into_summary, holds_opening
from .boilerplate import peel_language_link
from .cookie_banners import follows_cookie_notice
from .furniture import Unit
from .header_boxes import header_box_alone
from .header_stamps import peel_header_stamp
from .home_menus import home_menu_alone
from .honorific_lead import peel_honorific_lead
from .item_menus import peel_item_menu, peel_menu_over_site
from .lead_labels import peel_lead_label
from .mastheads import last_items, peel_masthead
from .menus import peel_author_box, peel_buttons, peel_dateline_menu, peel_menu, peel_time_ago
from .numbered_items import opens_item
from .org_leads import peel_item_before_body
from .placed import signals
from .portal_menus import peel_portal_menu, peel_serviced_menu, portal_menu_alone
from .repeated_crumbs import repeated_crumb
from .scan_prompts import peel_scan_prompt
from .section_crumbs import peel_section_crumb
from .stamps import peeled_stamp, stamp_alone
from .station_names import station_header
from .subject_leads import peel_subject_lead
from .tables import introduces_table
from .tagged_buttons import peel_buttons_before_tag
from .tickers import peel_ticker
from .timed_leads import peel_timed_lead
from .update_notes import peel_update_note

#: The reason given to what is cut off the lead (the detector keeps it chrome when it judges).
HEADER = "the page's header run into the lead (a menu, a box, a time stamp)"


def peel_page_header(
    units: list[Unit],
    called: Callable[[str], bool],
    name: str | None,
    summary: tuple[str, ...] = (),
    headed: bool = False,
) -> list[Unit]:
    """`units` with the header glued to the lead cut off as a unit of its own, chrome; `called` says
    whether a text is the site's name, `name` is the name the site goes by (a dateline spelling its
    initials), `summary` the page's summary (the anchors after the title), `headed` that a header
    was cut off before them."""
    out: list[Unit] = []
    for index, unit in enumerate(units):
        # no lead to part it from; a breadcrumb saying its section twice (`Tin hoạt động Tin hoạt động
        # của …`); a province's site's hotline, weather or prices over it
        if (
            portal_menu_alone(unit.text, called)
            or stamp_alone(unit.text)
            or repeated_crumb(unit.text)
            or header_box_alone(unit.text)
            or home_menu_alone(unit.text)  # `BỘ ĐỘI … Trang chủ Tin hoạt động … cao 1,8 m`, no lead after it
        ):
            out.append(Unit(unit.block, unit.text, True, HEADER))
            continue
        peeled = (
            None
            if introduces_table(unit.text) or opens_item(unit.text)
            # `Kết quả vòng 20: Nam Định 4-1 …`; a step of the story's list (`Bước 1: Tải ứng dụng …`)
            else (
                peel_time_ago(unit.text)
                or peeled_stamp(unit.text)
                or peel_update_note(unit.text)  # `Chia sẻ Trang này đã được cập nhật lúc 23:50 GMT`
                or peel_lead_label(unit.text)  # `Nguồn: CMG Tuyến đường sắt …`, `Bài PR Chủ đầu tư …`
                or peel_buttons(unit.text)  # a player's buttons under the stamp (`Nghe tin này …`)
                or peel_buttons_before_tag(unit.text)  # `Nghe bài viết (Baonghean.vn) - Chiều 16/8, …`
                or peel_ticker(unit.text)
                or peel_language_link(unit.text)  # `English Thực hiện …`: the header's last link
                or _menu_to_stamp(unit.text)
                or peel_item_menu(unit.text, headed or bool(out))  # `Giới thiệu Tin tức Lịch khám …`
                or peel_menu_over_site(unit.text, called)  # `… Pháp luật Phóng sự Công an TP.HCM vừa …`
                or peel_dateline_menu(unit.text, name)
                or peel_masthead(unit.text, called)
                or (peel_subject_lead(unit.text) if out and station_header(out[-1].text) else None)
                or peel_portal_menu(unit.text, called)
                or peel_serviced_menu(unit.text)  # `… Giảm nghèo Thủ tục hành chính Dịch vụ công …`
                or peel_honorific_lead(unit.text)
                or peel_author_box(unit.text)
                or peel_timed_lead(
                    unit.text, headed or bool(out)
                )  # `Sa Pa 17°C Mưa nhỏ Khoảng 5h sáng 18/9, …`
                or peel_header_stamp(unit.text)  # `… Đường dây nóng: +856 20 5555 6999 02/09/2024 Nhân …`
                # after a header, its menu's last items (`Đăng nhập | Kinh tế Những ngày này, …`)
                or (last_items(unit.text) if headed or out else None)
                # after a header, a prompt to scan its chat account (`OA Công đoàn … Quét mã để quan tâm`)
                or (peel_scan_prompt(unit.text) if headed or out else None)
                # after a header, a section's crumb (`Tin hoạt động Thời hạn quyết toán …`)
                or (peel_section_crumb(unit.text) if headed or out else None)
                # after a header, its last item before a body's name (`Tư vấn vé | Hãng hàng không …`)
                or (peel_item_before_body(unit.text) if headed or out else None)
            )
        )
        if peeled is not None and not cuts_into_summary(unit.text, peeled[0], summary):
            rest = [Unit(unit.block, peeled[1]), *units[index + 1 :]]
            return [
                *out,
                Unit(unit.block, peeled[0], True, HEADER),
                *peel_page_header(rest, called, name, summary, headed=True),
            ]
        found = signals(unit.text)
        if out and follows_cookie_notice(out[-1].text, unit.text):  # `Bạn có thể tìm thêm thông tin …`
            out.append(Unit(unit.block, unit.text, True, HEADER))
            continue
        # a cookie banner's sentence is no lead; the summary's, a furniture word in it, is (`Cục Bản
        # quyền tác giả phối hợp …`, after the menu): no header follows the lead
        if found.prose and (not found.word or (found.sentence and holds_opening(unit.text, summary))):
            return [*out, *units[index:]]
        out.append(unit)
    return out


def _menu_to_stamp(text: str) -> tuple[str, str] | None:
    """`peel_menu`'s cut, but where a header's stamp stands before it (`… Đường dây nóng: +856 20 5555
    6999 02/09/2024 Nhân kỷ niệm 79 năm Quốc khánh …`), the cut after the stamp: the lead starts there,
    not at the last place a whole sentence follows."""
    peeled = peel_menu(text)
    stamped = peel_header_stamp(text) if peeled is not None else None
    if stamped is not None and len(stamped[0]) < len(peeled[0]):
        return stamped
    return peeled
