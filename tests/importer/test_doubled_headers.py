"""An office's signature with a comma between two of its charges (`Ban Công tác học sinh, sinh viên`) run
into a sidebar whose header its first item opens with again (`Thông báo Thông báo học bổng …`): the
doubled header starts a unit and its item another (`doubled_headers`), and the office alone under the
story's last sentence signs it (`signing_offices.office_name` takes the comma as the dash of two jobs).
A sentence never says a word in title case twice in a row. On lines and pages written for these tests."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.doubled_headers import doubled_header_cuts
from bantin.importer.signing_offices import office_name


def test_the_doubled_header_starts_a_unit_and_its_item_another() -> None:
    text = "Ban Công tác học sinh, sinh viên Thông báo Thông báo học bổng học kỳ II Liên kết"
    assert doubled_header_cuts(text) == [text.index("Thông báo"), text.index("Thông báo học")]
    assert doubled_header_cuts("Ông Lê Văn An cho biết, thông báo thông báo đã gửi.") == []  # small letters
    assert doubled_header_cuts("Tin tức Tin tức") == []  # nothing after: no item
    assert doubled_header_cuts("Kinh tế & Đô thị Đô thị Giao thông Ban Quản lý dự án …") == []  # a name's end
    assert doubled_header_cuts("Lời Chúa Chúa Nhật Giờ lễ") == []  # one word twice
    assert doubled_header_cuts("… trực tuyến. Vy Vy Bài tiếp theo") == []  # a writer's name


def test_an_office_with_two_charges_is_an_office() -> None:
    assert office_name("Ban Công tác học sinh, sinh viên")
    assert not office_name("Ban Tổ chức, Ban Tuyên giáo")  # two offices: a list
    assert not office_name("Ban Công tác, học sinh, sinh viên")  # no second comma


def test_the_office_signs_and_the_sidebar_goes() -> None:
    page = (
        "Title: Sinh viên ra quân tiếp sức mùa thi\nSource: Đại học Đà Nẵng\n"
        "Link: https://udn.vn/tin-tuc/tiep-suc-mua-thi.html\n"
        "Published Date: 2026-06-20T09:00:00+07:00\nAuthor: \nTags: None\nSummary: Sinh viên tiếp sức mùa thi.\n"
        "Content: Trang chủ Tin tức Hơn 1.500 sinh viên các trường thành viên Đại học Đà Nẵng tham gia chương "
        "trình Tiếp sức mùa thi năm 2026 tại 42 điểm thi. Các đội hình hỗ trợ thí sinh tìm phòng thi, nước "
        "uống và chỗ nghỉ trưa miễn phí. Ban Công tác học sinh, sinh viên Thông báo Thông báo lịch nghỉ hè "
        "năm 2026 Liên kết Đại học Đà Nẵng - 41 Lê Duẩn, Đà Nẵng. Điện thoại: 0236 3822 041\n"
    )
    converted = convert(page.encode(), "page.txt", year=2026)
    assert "Thông báo" not in converted.body, converted.body
    assert converted.body.rstrip().endswith("chỗ nghỉ trưa miễn phí.")
    assert converted.front.author == "Ban Công tác học sinh, sinh viên"
