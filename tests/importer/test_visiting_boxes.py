"""Museums', libraries' and heritage sites' portals (blind rounds `blind_religion`, `blind_religion2`):
the visiting box under the story (`Giờ mở cửa: 8h00 - 17h00 …. Giá vé: …`, `Thông tin tham quan: Mở
cửa …`, `Giờ phục vụ bạn đọc: …`) goes, and the writer's name run into it, or into the calendar
widget, is cut off it and names the writer; the story's own dates of its exhibition stay."""

from __future__ import annotations

from bantin.importer.box_bylines import byline_before_box_apart
from bantin.importer.convert import convert
from bantin.importer.furniture import Unit
from bantin.importer.visiting_boxes import visiting_box

from .scrapes import vnsum

LEAD = "Sáng 3/9, Bảo tàng tỉnh Hòa Lâm khai mạc trưng bày hơn 200 hiện vật gốm men lam thời Lê."
STORY = "Bà Đinh Thu Hà, Giám đốc Bảo tàng, cho biết phần lớn hiện vật được ngư dân vớt lên ở cửa biển."
DATES = "Trưng bày mở cửa miễn phí đến hết tháng 11 tại tầng hai của bảo tàng."
HOURS = "Giờ mở cửa: 7h30 - 11h30, 13h30 - 17h00 từ thứ Ba đến Chủ nhật."
VISIT = "Thông tin tham quan: Mở cửa 8h00 - 17h00 hằng ngày. Vé: 30.000 đồng/người lớn"
FOOTER = "Bảo tàng tỉnh Hòa Lâm - 12 Lê Lợi, TP Hòa Lâm"


def convert_page(content: str):
    scrape = vnsum("Bảo tàng Hòa Lâm trưng bày gốm men lam", "https://baotanghoalam.vn/tin-tuc/gom-men-lam-a7.html",
                   content, summary=LEAD)  # fmt: skip
    return convert(scrape, "trang.txt", year=2024, sources={})


def test_a_visiting_box_is_its_label_opening_the_unit_with_hours_or_a_price() -> None:
    assert visiting_box(HOURS) and visiting_box(VISIT)
    assert visiting_box("Giờ phục vụ bạn đọc: Thứ Hai đến thứ Sáu 8h00 - 20h00")
    assert not visiting_box("Giá vé: 120.000 đồng/lượt, vé mua trên tàu.")  # a ride's fare in a travel story
    assert not visiting_box("Giờ mở cửa: 6h-21h.")  # one place's hours, a story's practical line
    assert visiting_box("Lịch diễn múa rối nước: 9h00, 15h00 hằng ngày")
    assert not visiting_box(DATES)  # the exhibition's dates in a sentence with its subject
    assert not visiting_box("Giờ mở cửa của bảo tàng được kéo dài đến 21h00 trong dịp lễ.")  # no field
    assert not visiting_box("Giờ mở cửa")  # a menu's item alone is no box
    # the box's title over its first field, with no colon of its own
    assert visiting_box("Thông tin tham quan Giờ mở cửa: 8h00 - 17h00, từ thứ Ba đến Chủ nhật Đặt lịch")
    assert not visiting_box("Thông tin tham quan của bảo tàng được cập nhật trên trang chủ.")


def test_the_writers_name_run_into_a_box_is_cut_off_it() -> None:
    units = byline_before_box_apart(
        [Unit(0, f"Thu Hằng {VISIT}"), Unit(0, "Nhuận Đức Âm lịch hôm nay: Ngày 9/8")]
    )
    assert [u.text for u in units] == ["Thu Hằng", VISIT, "Nhuận Đức", "Âm lịch hôm nay: Ngày 9/8"]
    assert [u.text for u in byline_before_box_apart([Unit(0, DATES)])] == [DATES]  # no box after a name


def test_the_visiting_box_after_the_story_goes_and_the_writer_is_named() -> None:
    converted = convert_page(f"Trang chủ Tin tức Trưng bày {LEAD} {STORY} {DATES} Thu Hằng {VISIT} {FOOTER}")
    assert LEAD in converted.body and STORY in converted.body and DATES in converted.body
    assert "8h00 - 17h00" not in converted.body and "30.000 đồng" not in converted.body
    assert converted.front.author == "Thu Hằng"


def test_the_hours_printed_after_the_story_go() -> None:
    text = convert_page(f"Trang chủ Tin tức Trưng bày {LEAD} {STORY} {DATES} {HOURS} {FOOTER}").body
    assert STORY in text and DATES in text and "7h30 - 11h30" not in text
