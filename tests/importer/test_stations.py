"""A radio or television station's page: the report's credits as television gives them (`PV: … - KTV:
…`, `BTV: … | Quay phim: …`) name the reporter, a channel in the byline (`/VOV1`) is its station, the
list of its channels goes, and its copyright line's name keeps its dash (`Đài Phát thanh - Truyền
hình …`), and its name over its menu goes though its address does not spell it (`Đồng Nai TV`,
dnrtv.org.vn). The pages are written for these tests."""

from __future__ import annotations

import pytest

from bantin.importer.authors import unlabelled
from bantin.importer.bylines import parse_byline
from bantin.importer.channels import channel_list, channels_apart, station
from bantin.importer.convert import convert
from bantin.importer.crew_credits import crew_credits_apart, crew_credits_end
from bantin.importer.furniture import Unit
from bantin.importer.live_controls import live_control
from bantin.importer.owners import copyright_owner
from bantin.importer.station_names import station_end, station_header

from .scrapes import vnsum

STORY = (
    "Sau ba ngày thi công, quốc lộ 4D đoạn qua đèo Ô Quy Hồ đã thông xe một làn.\n"
    "Khối đất đá sạt xuống mặt đường ước khoảng 5.000 m³, nhiều đoạn vẫn có nguy cơ sạt tiếp.\n"
    "Sở Giao thông vận tải khuyến cáo người dân hạn chế đi qua khu vực vào ban đêm.\n"
)


@pytest.mark.parametrize(
    ("credits", "reporter"),
    [
        ("PV: Hoàng Long - KTV: Đức Anh", "Hoàng Long"),
        ("BTV: Ngọc Trâm | Quay phim: Văn Hùng", "Ngọc Trâm"),
        ("Phóng viên: Kim Ngân - Quay phim: Minh Luân", "Kim Ngân"),
        ("Thu Hà - Dựng phim: Quốc Hưng", "Thu Hà"),
    ],
)
def test_a_reports_crew_names_its_reporter(credits: str, reporter: str) -> None:
    assert parse_byline(credits).author == reporter


def test_a_channel_in_the_byline_is_its_station() -> None:
    assert parse_byline("Thu Hằng/VOV1") == parse_byline("Thu Hằng/VOV")
    assert station("VTV3", lambda name: name == "VTV") == "VTV"
    assert station("VTV3", lambda name: False) is None  # initials that name no source
    assert station("Hà Nội", lambda name: True) is None


def test_the_stations_list_of_channels_is_no_story() -> None:
    assert channel_list("VOV1") and channel_list("VTV1 VTV2 VTV3 VTV4")
    assert not channel_list("VTV1 phát sóng trực tiếp lễ khai mạc")  # a sentence naming a channel
    assert not channel_list("U23")  # a team, one letter
    page = "Lào Cai khắc phục sạt lở trên quốc lộ 4D\n\nSau ba ngày thi công.\n\n" + STORY
    page += "Minh Hiếu/VOV-Tây Bắc\nVOV1\nVOV2\nVOV3\nTin liên quan\nYên Bái sạt lở vùi lấp nhà dân\n"
    converted = convert(page.encode(), "page.txt", year=2024)
    assert "VOV2" not in converted.body and converted.front.author == "Minh Hiếu"


def test_a_stations_copyright_line_keeps_its_name_whole() -> None:
    assert copyright_owner(["Bản quyền thuộc Đài Phát thanh - Truyền hình Đồng Nai"]) == (
        "Đài Phát thanh - Truyền hình Đồng Nai"
    )
    assert copyright_owner(["Bản quyền thuộc Báo Hải Phòng - Cơ quan của Đảng bộ"]) == "Báo Hải Phòng"


def test_a_reporters_label_read_without_its_colon_goes_from_the_name() -> None:
    assert unlabelled("PV Minh Thu") == "Minh Thu"
    assert unlabelled("Phóng viên thường trú") == "Phóng viên thường trú"  # no name after it


def test_a_list_of_channels_run_on_after_the_byline_starts_a_unit() -> None:
    units = channels_apart([Unit(0, "Thu Hằng/VOV1 VOV1 VOV2 VOV3 VOV Giao thông Xem trực tiếp")])
    assert [unit.text for unit in units] == ["Thu Hằng/VOV1", "VOV1 VOV2 VOV3 VOV Giao thông Xem trực tiếp"]
    said = "Lễ khai mạc được truyền hình trực tiếp trên VTV1 VTV4 và VOV1."  # a sentence after them
    assert [unit.text for unit in channels_apart([Unit(0, said)])] == [said]


@pytest.mark.parametrize(
    ("header", "name"),
    [
        ("Đài PT-TH Lạng Sơn Trang chủ Kinh tế", "Đài PT-TH Lạng Sơn"),
        ("Truyền hình Đắk Lắk Kinh tế", "Truyền hình Đắk Lắk"),
        ("Đồng Nai TV Tin tức", "Đồng Nai TV"),
        ("Đài Phát thanh và Truyền hình Phú Thọ Văn hóa", "Đài Phát thanh và Truyền hình Phú Thọ"),
    ],
)
def test_a_stations_name_ends_where_its_menu_opens(header: str, name: str) -> None:
    assert header[: station_end(header)] == name


def test_a_stations_name_over_its_menu_goes_from_the_lead_its_address_does_not_spell() -> None:
    lead = "Thủ tướng Chính phủ vừa chấp thuận chủ trương đầu tư ba khu công nghiệp mới của tỉnh Đồng Nai."
    page = vnsum(
        "Đồng Nai có thêm 3 khu công nghiệp",
        "https://dnrtv.org.vn/tin-tuc/dong-nai-them-3-khu-cong-nghiep-a178544.html",
        f"Đồng Nai TV Tin tức Kinh tế {lead} Các khu công nghiệp nằm tại huyện Long Thành và Cẩm Mỹ.",
        source="dnrtv.org.vn",
        date="04/11/2024 16:30",
    )
    assert convert(page, "page.txt", year=2024).body.startswith(lead)
    assert station_header("Đài PT-TH Lạng Sơn Trang chủ")
    assert not station_header("Đài PT-TH Lạng Sơn")  # a source's credit alone, no buttons
    assert station_end("Truyền hình trực tiếp lễ khai mạc") is None  # a sentence's words


@pytest.mark.parametrize(
    ("line", "credits"),
    [
        (
            "PV: Thu Hằng, Quốc Anh - KTV: Văn Nam THP THP+ Phát thanh FM93.7",
            "PV: Thu Hằng, Quốc Anh - KTV: Văn Nam",
        ),
        ("BTV: Ngọc Trâm | Quay phim: Văn Hùng Xem trực tiếp HTV7", "BTV: Ngọc Trâm | Quay phim: Văn Hùng"),
    ],
)
def test_a_reports_crew_is_cut_off_the_chrome_run_on_after_it(line: str, credits: str) -> None:
    units = crew_credits_apart([Unit(0, line)])
    assert units[0].text == credits and parse_byline(credits).author
    assert crew_credits_end("PV: Minh Thư Tin mới") is None  # one role: the bylines' own cuts read it


def test_a_players_bar_alone_between_two_paragraphs_goes() -> None:
    assert live_control("Phát 00:00 / 01:58") and live_control("00:00 / 02:35")
    assert not live_control("07:30 / 17:00")  # office hours, as well


def test_a_one_item_menu_under_a_stations_name_and_buttons_goes_from_the_lead() -> None:
    lead = "Nông dân huyện Thanh Hà thu khoảng 3.000 tỷ đồng từ cây vải trong năm 2024, tăng 20% so với năm trước."
    page = vnsum(
        "Hải Dương thu hơn 3.000 tỷ đồng từ cây vải",
        "https://haiduongtv.vn/hai-duong-thu-tu-cay-vai-11234.html",
        f"Đài PT&TH Hải Dương Trang chủ Nông nghiệp {lead} Tỉnh đã cấp 85 mã số vùng trồng phục vụ xuất khẩu.",
        source="haiduongtv.vn",
        date="05/12/2024 08:45",
    )
    assert convert(page, "page.txt", year=2024).body.startswith(lead)
