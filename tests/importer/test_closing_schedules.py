"""A story's last schedule under its own header, run into the byline with no stop (`Lịch tiêm: 8/1: xã
…, huyện … 15/1: … Minh Hà`, `Lịch khám: Thứ Hai - Thứ Sáu: 7h00 - 17h00 … 1900 1234 Phòng Công tác xã
hội`), stays the story's (`closing_schedules`): the place or the number in its last item is no footer's
address or contact box, which opens with a field's label or the site's name and lists a contact's fields.
The writer's name after the last item's place is cut off it and read (`schedule_byline_apart`)."""

from __future__ import annotations

from bantin.importer.closing_schedules import REASON, closing_schedules, schedule_byline_apart
from bantin.importer.convert import convert
from bantin.importer.furniture import Unit

_LEAD = (
    "Trung tâm Kiểm soát bệnh tật tỉnh tổ chức đợt tiêm vắc xin phòng bạch hầu cho trẻ em tại các xã vùng "
    "sâu trong tháng 1, dự kiến tiêm cho hơn 12.000 trẻ từ 7 đến 16 tuổi."
)
_SECOND = "Các trạm y tế đã rà soát danh sách trẻ chưa tiêm đủ mũi và gửi giấy mời đến từng gia đình."
_DATED = (
    "Lịch tiêm lưu động tháng 1: 8/1: xã Ia Rong, tỉnh Gia Lai 12/1: xã Chư Pưh, tỉnh Gia Lai "
    "15/1: xã Ia Le, tỉnh Gia Lai Minh Hà"
)
_HOURS = (
    "Lịch khám chuyên khoa Nhi tại cơ sở 2: Thứ Hai - Thứ Sáu: 7h00 - 16h30 Thứ Bảy: 7h00 - 11h00 "
    "Đặt lịch qua tổng đài: 1900 6128 Phòng Công tác xã hội"
)
_FOOTER = "Tin cùng chuyên mục Tiêm chủng mở rộng năm 2027 bắt đầu từ tháng 2 Bản quyền thuộc Trung tâm Y tế."
_BOX = (
    "Thông tin liên hệ trung tâm: Thứ Hai - Thứ Sáu: 7h00 - 17h00 Thứ Bảy: 7h00 - 11h00 Địa chỉ: 12 Trần "
    "Phú, phường Hội Thương, TP Pleiku"
)


def _page(content: str) -> bytes:
    """A one-line page (vnsum): the header, the whole body and the footer on the `Content:` line."""
    return (
        "Title: Tiêm vắc xin bạch hầu cho trẻ vùng sâu\nSource: Trung tâm Y tế\nLink: https://ttyt.example.vn/a1\n"
        f"Published Date: 2027-01-05T08:00:00+07:00\nAuthor: \nTags: None\nSummary: \nContent: {content}\n"
    ).encode()


def test_a_dated_schedule_closing_the_story_stays() -> None:
    kinds = [("prose", "a"), ("chrome", "street address"), ("chrome", "b")]
    assert closing_schedules(kinds, ["", _DATED, ""])[1] == ("prose", REASON)
    hours = [("caption", "a"), ("chrome", "phone number")]
    assert closing_schedules(hours, ["", _HOURS])[1] == ("prose", REASON)


def test_a_contact_box_or_a_schedule_the_story_goes_on_after_is_no_closing_one() -> None:
    kinds = [("prose", "a"), ("chrome", "street address"), ("chrome", "b")]
    assert closing_schedules(kinds, ["", _BOX, ""])[1] == ("chrome", "street address")
    on = [("prose", "a"), ("chrome", "street address"), ("prose", "b")]
    assert closing_schedules(on, ["", _DATED, ""])[1] == ("chrome", "street address")
    headless = [("prose", "a"), ("chrome", "street address"), ("chrome", "b")]  # no header of the story's
    assert closing_schedules(headless, ["", _DATED.split(": ", 1)[1], ""])[1][0] == "chrome"


def test_the_story_keeps_its_schedule_and_the_footer_goes() -> None:
    for schedule in (_DATED, _HOURS):
        body = convert(_page(f"{_LEAD} {_SECOND} {schedule} {_FOOTER}"), "page.txt", year=2027).body
        assert "Thứ Bảy: 7h00 - 11h00" in body or "15/1: xã Ia Le" in body
        assert "Bản quyền" not in body
    boxed = convert(_page(f"{_LEAD} {_SECOND} {_FOOTER} {_BOX}"), "page.txt", year=2027).body
    assert "Địa chỉ" not in boxed and _SECOND in boxed


def test_the_writer_s_name_after_the_last_place_is_cut_off_and_read() -> None:
    cut = schedule_byline_apart([Unit(0, _LEAD), Unit(0, _DATED)])
    assert [u.text for u in cut[1:]] == [_DATED.removesuffix(" Minh Hà"), "Minh Hà"]
    commune = _DATED.replace(", tỉnh Gia Lai Minh Hà", " Minh Hà")  # after a commune's name: no place known
    assert len(schedule_byline_apart([Unit(0, commune)])) == 1
    page = convert(_page(f"{_LEAD} {_SECOND} {_DATED} {_FOOTER}"), "page.txt", year=2027)
    assert page.front.author == "Minh Hà"
