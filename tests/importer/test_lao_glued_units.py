"""Pages on Laos of the government's, the customs', the investment and the defence papers, a portal and
a station (blind_laos4): the site's units glued between the story's sentences go, the story stays.

* A portal's bar of three links or more between pipes after a sentence's stop (`… Kon Tum. Văn bản mới
  | Lịch công tác | Dịch vụ công trực tuyến Ông …`) is a unit, the site's (`link_bars`).
* A station's frequency, a programme's daily slot and a lookup's button glued between two sentences
  (`Phát thanh trực tiếp FM 105,2 MHz`, `Hà Tĩnh 24h - Bản tin tổng hợp lúc 20h hằng ngày`, `Lịch cắt
  điện hôm nay - Tra cứu`) are units, the site's (`station_boxes`).
* A bank's rate of the day (`Tỷ giá USD hôm nay: Vietcombank mua 25.150 - bán 25.512`) is a box of the
  day's rates (`price_cells`).
* A rating's five numbered stars (`Đánh giá của bạn: 1 2 3 4 5`) end the byline before them (`widgets`).
* The tags under their label at a page's end go with the site's footer after them (`line_chrome`).
* A related link's title run into the next sentence ends at a clip's length in brackets (`… thu
  hoạch lúa (03:12) Dịp này, …`), goes on over a name with its number (`nâng cấp Quốc lộ 217`) and ends
  before an honorific after that number (`… 217 Bà Somphone …`) (`linked_headlines`).
* An institution's menu whose last item opens a branch office's name (`… Tỷ giá tính thuế Chi cục Hải
  quan cửa khẩu …`) is cut before it (`item_menus`)."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.item_menus import peel_item_menu
from bantin.importer.link_bars import link_bar, link_bar_cuts
from bantin.importer.linked_headlines import headline_end
from bantin.importer.price_cells import price_cells
from bantin.importer.station_boxes import station_box, station_box_cuts
from bantin.importer.units import split_units

from .scrapes import vnsum

_FIRST = "Công trình gồm 6 phòng học, tổng kinh phí 4,5 tỷ đồng từ ngân sách tỉnh Kon Tum."
_NEXT = "Ông Leth Xaiyaphone, Tỉnh trưởng tỉnh Attapeu cảm ơn Kon Tum và khẳng định sẽ sử dụng công trình hiệu quả."
_LAST = (
    "Đây là công trình thứ ba tỉnh Kon Tum trao tặng tỉnh Attapeu trong năm 2024. Trước đó, tỉnh đã bàn "
    "giao trạm y tế xã và hệ thống nước sạch cho người dân hai bản giáp biên."
)
_LEAD = "Ngày 19/9, tại huyện Phu Vông, tỉnh Attapeu (Lào), UBND tỉnh Kon Tum tổ chức lễ bàn giao trường học."


def _body(unit: str) -> str:
    content = f"{_LEAD} {_FIRST} {unit} {_NEXT} {_LAST} Văn phòng UBND tỉnh"
    page = vnsum("Kon Tum bàn giao trường học", "https://a.gov.vn/b-1.html", content, date="20/09/2024")
    return convert(page, "page.txt", year=2024).body


def test_a_bar_of_links_between_two_sentences_goes() -> None:
    bar = "Văn bản mới | Lịch công tác | Dịch vụ công trực tuyến"
    assert split_units(f"{_FIRST} {bar} {_NEXT}") == [_FIRST, bar, _NEXT]
    body = _body(bar)
    assert "Lịch công tác" not in body and _FIRST in body and _NEXT in body
    labelled = "Tra cứu: Biểu thuế xuất nhập khẩu 2024 | Tỷ giá | Danh mục mã HS"
    text = f"… từ tỉnh Khăm Muồn. {labelled} Cửa khẩu Cha Lo cũng là điểm thông quan quan trọng của hàng quá cảnh."
    assert {text[a:b].strip() for a, b in [sorted(link_bar_cuts(text))]} == {labelled}
    assert link_bar(labelled, text) and link_bar(bar, f"{_FIRST} {bar} {_NEXT}")
    assert not link_bar(bar, bar)  # alone on its line: a table's row of headers, say


def test_items_a_story_lists_stay() -> None:
    assert not link_bar_cuts(f"{_FIRST} Hà Nội | Viêng Chăn {_NEXT}")  # two items: no bar
    row = "Hàng xuất khẩu | 68.500 tấn | Hàng nhập khẩu | 41.200 tấn"
    assert not link_bar(row, f"{_FIRST} {row}")  # a table's row
    listed = f"{_FIRST} Văn bản mới, lịch công tác và dịch vụ công đều được đăng tải trên cổng. {_NEXT}"
    assert not link_bar_cuts(listed)


def test_a_station_box_between_two_sentences_goes() -> None:
    for box in (
        "Phát thanh trực tiếp FM 105,2 MHz",
        "Hà Tĩnh 24h - Bản tin tổng hợp lúc 20h hằng ngày",
        "Lịch cắt điện hôm nay - Tra cứu",
    ):
        text = f"{_FIRST} {box} {_NEXT}"
        assert station_box(box, text) and {text[a:b] for a, b in [sorted(station_box_cuts(text))]} == {box}
        body = _body(box)
        assert box not in body and _FIRST in body and _NEXT in body


def test_a_programme_said_in_a_sentence_stays() -> None:
    said = "Chương trình Hà Tĩnh 24h - bản tin tổng hợp được phát lúc 20h hằng ngày."
    assert not station_box_cuts(f"{_FIRST} {said} {_NEXT}")
    assert said in _body(said)
    assert not station_box_cuts(f"{_FIRST} Phát thanh trực tiếp FM 105,2 MHz Hai")  # no sentence after


def test_a_bank_rate_of_the_day_is_a_rates_box() -> None:
    assert price_cells("Tỷ giá USD hôm nay: Vietcombank mua 25.150 - bán 25.512")
    assert not price_cells("Tỷ giá USD hôm nay: Vietcombank tăng mạnh 25.150")


def test_a_rating_of_numbered_stars_ends_the_byline() -> None:
    units = split_units("… “vô giá, không gì sánh được”. Đại tá Nguyễn Văn Thắng Đánh giá của bạn: 1 2 3 4 5")
    assert "Đại tá Nguyễn Văn Thắng" in units
    page = vnsum(
        "Hợp tác quốc phòng Việt Nam - Lào",
        "https://a.vn/b-2.html",
        f"{_LEAD} {_FIRST} Đại tá Nguyễn Văn Thắng Đánh giá của bạn: 1 2 3 4 5 Bài viết khác",
        date="25/10/2024",
    )
    converted = convert(page, "page.txt", year=2024)
    assert converted.front.author == "Đại tá Nguyễn Văn Thắng" and "1 2 3 4 5" not in converted.body


def test_tags_then_the_sites_footer_at_the_end_go() -> None:
    story = [_LEAD, _FIRST, _NEXT, "(TTXVN/Vietnam+)"]
    tail = ["Tags", "Lào", "thương mại", "cửa khẩu", "Vietnam+ - Báo điện tử của Thông tấn xã Việt Nam"]
    text = "\n".join(
        ["Thương mại Việt Nam - Lào", "", "Kim ngạch thương mại tăng gần 20%.", "", *story, *tail]
    )
    body = convert((text + "\n").encode(), "page.txt", year=2024).body
    assert "thương mại\n" not in body + "\n" and "cửa khẩu\n" not in body and "Báo điện tử" not in body
    assert _NEXT in body
    kept = "\n".join(["Thương mại Việt Nam - Lào", "", "Kim ngạch tăng.", "", *story, "Chủ đề", "Lào", _NEXT])
    assert _NEXT in convert((kept + "\n").encode(), "page.txt", year=2024).body  # a sentence: no tag


def test_a_menu_cut_before_a_branch_offices_name() -> None:
    text = (
        "Hải quan Tin tức Xuất nhập khẩu Doanh nghiệp Tra cứu nợ thuế Tỷ giá tính thuế Chi cục Hải quan cửa "
        "khẩu Cha Lo cho biết, 11 tháng năm 2024 đã làm thủ tục cho hơn 41.000 lượt phương tiện xuất nhập cảnh."
    )
    menu, lead = peel_item_menu(text) or ("", "")
    assert menu.endswith("Tỷ giá tính thuế") and lead.startswith("Chi cục Hải quan")


def test_a_related_title_ends_at_its_clips_length_or_after_a_numbered_name() -> None:
    video = (
        "Bộ đội Biên phòng Hà Tĩnh giúp dân bản Lào thu hoạch lúa (03:12) Dịp này, hai đơn vị trao đổi tình "
        "hình an ninh, trật tự khu vực biên giới và thống nhất kế hoạch tuần tra năm 2025."
    ).split()
    assert video[headline_end(video, [], 0) or 0] == "Dịp"
    road = (
        "Thanh Hóa đầu tư 300 tỷ đồng nâng cấp Quốc lộ 217 Bà Somphone Keovilay, người bản Nậm Xôi, vui vẻ: "
        "“Giờ tôi mang măng, nấm sang bán, trưa đã về nhà”."
    ).split()
    assert road[headline_end(road, [], 0) or 0] == "Bà"
