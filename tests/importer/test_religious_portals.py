"""Religious and heritage portals' pages (blind round `blind_religion`): the box asking for gifts
under the story (`Cúng dường …: STK …`, `Chung tay cùng …: chuyển khoản …`) goes, as the calendar
widget does (`Âm lịch hôm nay: …`, `Giờ hoàng đạo: …`); a story's own appeal, which tells who asks
and why, and its ceremony's lunar date in a sentence stay."""

from __future__ import annotations

from bantin.importer.calendar_widgets import calendar_widget, widget_tab_apart
from bantin.importer.convert import convert
from bantin.importer.donation_boxes import donation_box
from bantin.importer.furniture import Unit

from .scrapes import vnsum

LEAD = "Sáng rằm tháng Giêng năm Giáp Thìn, chùa Mẫu Sơn tổ chức lễ cầu an cho hơn 2.000 Phật tử."
STORY = "Thượng tọa Thích Minh Đạo, trụ trì chùa, chứng minh buổi lễ và ban đạo từ về lòng từ bi."
APPEAL = "Ban tổ chức kêu gọi Phật tử ủng hộ bà con vùng lũ, mọi đóng góp xin gửi về số tài khoản 1234 5678 của chùa."
BOX = "Cúng dường Tam bảo chùa Mẫu Sơn: STK 0101 2233 4455 tại Ngân hàng Agribank."
CALENDAR = "Âm lịch hôm nay: Ngày 16/1 năm Giáp Thìn, tháng Bính Dần. Giờ hoàng đạo: Tý, Sửu, Mão"
FOOTER = "Trang tin Phật giáo Mẫu Sơn. Giấy phép số 12/GP-TTĐT"


def body(content: str) -> str:
    scrape = vnsum("Lễ cầu an đầu năm tại chùa Mẫu Sơn", "https://phatgiaomauson.vn/le-cau-an-a12.html", content,
                   summary=LEAD)  # fmt: skip
    return convert(scrape, "trang.txt", year=2024, sources={}).body


def test_a_box_asking_for_gifts_is_its_verb_opening_it_with_the_means_to_pay() -> None:
    assert donation_box(BOX)
    assert donation_box("Dâng hiến cho công tác truyền giáo: STK 1903 5555 888 011")
    assert donation_box("Chung tay cùng quỹ bác ái, chuyển khoản qua mã QR bên dưới")
    assert not donation_box(APPEAL)  # a story's appeal opens on who asks
    assert not donation_box("Cúng dường trai tăng là nghi thức quan trọng của mùa an cư.")  # no account


def test_a_calendar_widget_is_its_label_opening_the_unit() -> None:
    assert (
        calendar_widget(CALENDAR)
        and calendar_widget("Lịch phụng vụ")
        and calendar_widget("Giờ hoàng đạo: Dần")
    )
    assert calendar_widget("Lịch cúng tháng Chín: Mùng 1 tháng Chín năm Giáp Thìn, cúng Thời Tý")
    assert not calendar_widget(LEAD)
    assert not calendar_widget(
        "Âm lịch là cách tính ngày theo chu kỳ của Mặt Trăng, người Việt dùng để định lễ."
    )


def test_a_calendar_tab_run_into_the_lead_is_cut_from_it() -> None:
    cut = widget_tab_apart([Unit(0, f"Ngày Hoàng đạo {LEAD}")])
    assert [unit.text for unit in cut] == ["Ngày Hoàng đạo", LEAD]
    said = [Unit(0, "Ngày hoàng đạo là ngày tốt để cử hành các nghi lễ quan trọng của chùa.")]
    assert widget_tab_apart(said) == said  # the story's words go on in lower case


def test_a_calendar_tab_over_the_lead_goes_and_the_lead_stays() -> None:
    text = body(f"Trang chủ Tin tức Phật sự Âm lịch hôm nay Ngày Hoàng đạo {LEAD} {STORY} {FOOTER}")
    assert LEAD in text and STORY in text and "Hoàng đạo" not in text


def test_the_gift_box_and_the_calendar_after_the_story_go_and_its_appeal_stays() -> None:
    text = body(f"Trang chủ Tin tức Phật sự {LEAD} {STORY} {APPEAL} {BOX} {CALENDAR} {FOOTER}")
    assert LEAD in text and STORY in text and APPEAL in text
    assert "0101 2233" not in text and "Bính Dần" not in text and "Giờ hoàng đạo" not in text


def test_the_byline_run_into_the_gift_box_is_cut_from_it_and_names_the_writer() -> None:
    content = f"Trang chủ Tin tức Phật sự {LEAD} {STORY} Tuệ Minh {BOX} {FOOTER}"
    scrape = vnsum("Lễ cầu an đầu năm tại chùa Mẫu Sơn", "https://phatgiaomauson.vn/le-cau-an-a12.html", content,
                   summary=LEAD)  # fmt: skip
    converted = convert(scrape, "trang.txt", year=2024, sources={})
    assert STORY in converted.body and "0101 2233" not in converted.body
    assert converted.front.author == "Tuệ Minh"
