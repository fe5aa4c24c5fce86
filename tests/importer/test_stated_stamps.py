"""A page's stated date in the forms the blind round `blind_dates2` met: an update's stamp and a
posting's on one line split in two units (the posting's is the page's), a dotted stamp (`21.03.2024 -
09:45`), a dateline whose place is printed in title case (`Tây Ninh, 20/3/2024 -`), and a portal's
masthead in title case (`Cổng Thông tin điện tử …`) under the story."""

from __future__ import annotations

from bantin.importer.bylines import is_source_name
from bantin.importer.furniture import STAMP
from bantin.importer.headline_lead import split_at_headline
from bantin.importer.stamps import glued_stamp, header_date, is_dateline
from bantin.importer.story_contacts import contact_field


def test_a_posting_date_beside_an_update_is_the_pages_whichever_unit_holds_it() -> None:
    assert header_date(["Cập nhật: 10:20 08/05/2024", "| Ngày đăng: 07:00 07/05/2024"]) == "07/05/2024"
    assert header_date(["Cập nhật: 2024-05-08T10:20"]) == "08/05/2024"  # the only date it states


def test_a_dotted_stamp_with_its_time_is_a_stamp_and_dates_the_page() -> None:
    assert STAMP.search("Kinh tế 05.11.2023 - 16:40")
    assert not STAMP.search("Giá 1.200.000 đồng một tấn, tăng 3.5 điểm")
    assert (
        glued_stamp("05.11.2023 - 16:40 Giá lúa gạo tại Đồng bằng sông Cửu Long tiếp tục tăng.")
        == "05/11/2023"
    )


def test_a_place_in_title_case_opens_a_dateline() -> None:
    assert is_dateline("Cà Mau, 12/5/2024 -")
    assert is_dateline("QUẢNG NGÃI, 12/5/2024 -")
    assert not is_dateline("Thứ Hai, 12/5/2024 -")  # a weekday's stamp
    assert not is_dateline("Trang chủ, 12/5/2024 -")  # no name's capitals


def test_a_dateline_before_the_headlines_words_is_no_menu() -> None:
    text = (
        "Cà Mau, 12/5/2024 - Ngư dân Cà Mau trúng đậm mùa cá, mỗi chuyến ra khơi thu về hàng trăm triệu đồng."
    )
    assert split_at_headline(text, "Ngư dân Cà Mau trúng mùa cá") is None


def test_a_portals_name_in_title_case_is_an_outlets() -> None:
    assert is_source_name("Cổng Thông tin điện tử Bộ Y tế")
    assert is_source_name("Cổng thông tin điện tử tỉnh Cà Mau")
    assert not is_source_name("Cổng Thông tin điện tử tổng hợp của công ty")


def test_a_stamp_between_the_lead_and_the_story_is_no_contact_field() -> None:
    assert not contact_field("05-11-2023 16:40")
    assert contact_field("Hotline: 0272 3826 111")
