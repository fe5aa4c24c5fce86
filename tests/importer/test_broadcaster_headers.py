"""A foreign broadcaster's Vietnamese page, as scraped: its header prints the date in words or
dotted (`Đăng 2 Th12 2024`, `Xuất bản 2 Tháng 12 2024 11:00am`, `2024.12.05`, `26.11.2024`) with a
zone of its own (`lúc 14:20 AEDT`, `17:00 (giờ Nhật Bản)`) after a skip link, then a player's
buttons (`Nghe Tải xuống MP3`, `Nghe tin này`) or the source's label (`Nguồn: CMG`) before the lead;
the reporter's e-mail follows the last sentence. Inputs of our own, in those layouts."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert
from bantin.importer.dates import parse_date, stamp_line
from bantin.importer.lead_labels import peel_lead_label
from bantin.importer.menus import peel_buttons, peel_menu
from bantin.importer.stamps import peeled_stamp, stamp_alone
from bantin.importer.units import split_units
from tests.importer.scrapes import vnsum

_LEAD = "Hội đồng thành phố đã thông qua kế hoạch mở rộng mạng lưới xe buýt điện trong ba năm tới."
_NEXT = "Kinh phí dự kiến được lấy từ ngân sách địa phương và một khoản vay ưu đãi."


def test_a_month_written_th12_is_read() -> None:
    found = parse_date("Đăng 2 Th12 2024")
    assert found is not None and (found.day, found.month, found.year) == (2, 12, 2024)
    assert parse_date("Th12") is None


@pytest.mark.parametrize(
    "stamp", ["Cập nhật 2 Th12 2024 lúc 14:20 AEDT", "Ngày 3 tháng 12 năm 2024 17:00 (giờ Nhật Bản)"]
)
def test_a_stamp_in_a_broadcasters_own_time_zone_is_a_stamp_line(stamp: str) -> None:
    found = stamp_line(stamp)
    assert found is not None and (found.month, found.year) == (12, 2024)


@pytest.mark.parametrize(
    "header",
    [
        "Bỏ qua đến nội dung chính Đài Mẫu Tiếng Việt Tin tức Úc Đăng 2 Th12 2024",
        "Bỏ qua để đến nội dung chính Đài Mẫu Tin tức Podcast Xuất bản 2 Tháng 12 2024 11:00am",
        "Đài Mẫu Tin tức Khoa học Ngày 3 tháng 12 năm 2024 17:00 (giờ Nhật Bản)",
        "Chuyển đến nội dung Trang chủ Tin Việt Nam Tin thế giới Blog Nghe bài này 2024.12.05",
        "Chấp nhận Bỏ qua đến nội dung chính Đài Mẫu Môi trường Đăng 27 Th11 2024",
        "OK Chuyển đến nội dung Đài Mẫu Văn hóa 26.11.2024",  # the day first, dotted
    ],
)
def test_a_broadcasters_stamp_after_its_menu_is_cut_off_the_lead(header: str) -> None:
    assert peeled_stamp(f"{header} {_LEAD}") == (header, _LEAD)
    assert stamp_alone(header)


def test_a_sentence_with_a_date_in_it_is_no_header() -> None:
    sentence = "Theo kế hoạch, từ ngày 2 tháng 12 năm 2024 thành phố sẽ mở thêm hai tuyến xe buýt mới."
    assert peeled_stamp(f"{sentence} {_NEXT}") is None
    assert not stamp_alone(sentence)
    assert not stamp_alone("Hội nghị khai mạc ngày 3 tháng 12 năm 2024 tại Hà Nội")
    assert (
        peeled_stamp(f"Hội nghị khai mạc ngày 26.11.2024 tại Hà Nội và kéo dài ba ngày liền {_NEXT}") is None
    )


def test_a_players_buttons_before_the_lead_go() -> None:
    assert peel_buttons(f"Nghe Tải xuống MP3 {_LEAD}") == ("Nghe Tải xuống MP3", _LEAD)
    assert peel_buttons(f"Nghe tin này {_LEAD}") == ("Nghe tin này", _LEAD)
    assert peel_buttons(f"Nghe ông Nam kể lại, {_LEAD.lower()}") is None  # a sentence's own `Nghe`


def test_an_organisations_name_of_several_words_is_not_cut_as_a_menu() -> None:
    text = (
        "Tin tức Thế giới Tải xuống Cơ quan Biến đổi Khí hậu Copernicus của Liên minh châu Âu cho biết "
        "năm nay gần như chắc chắn là năm nóng nhất kể từ khi có số liệu."
    )
    peeled = peel_menu(text)
    assert peeled is None or peeled[1].startswith("Cơ quan")


def test_the_sources_label_in_capitals_goes_off_the_lead() -> None:
    assert peel_lead_label(f"Nguồn: CMG {_LEAD}") == ("Nguồn: CMG", _LEAD)
    assert peel_lead_label(f"Nguồn: AFP/TTXVN {_LEAD}") == ("Nguồn: AFP/TTXVN", _LEAD)
    assert peel_lead_label(f"Nguồn: Báo Mẫu {_LEAD}") is None  # where a name in title case ends is unknown
    assert peel_lead_label("Nguồn: CMG Ảnh tư liệu") is None  # no sentence after it


def test_a_reporters_email_after_the_last_sentence_starts_a_unit() -> None:
    assert split_units(f"{_LEAD} {_NEXT} phongvien@vidu.co.kr Quảng cáo")[:3] == [
        _LEAD,
        _NEXT,
        "phongvien@vidu.co.kr Quảng cáo",
    ]
    # inside a sentence, an address stays in it
    sentence = "Bạn đọc có thể gửi ý kiến qua hộp thư toasoan@vidu.vn trước ngày 15/12."
    assert split_units(sentence) == [sentence]


def test_a_whole_broadcasters_page_keeps_its_story_only() -> None:
    content = (
        "Bỏ qua để đến nội dung chính Đài Mẫu Tiếng Việt Tin tức Podcast Xuất bản 2 Tháng 12 2024 11:00am "
        f"Nguồn: ĐMTV {_LEAD} {_NEXT} phongvien@vidu.co.kr Quảng cáo Tin mới nhất © 2024 Đài Mẫu"
    )
    page = vnsum("Thành phố mở rộng xe buýt điện", "https://vi.vidu.example/tin/xe-buyt-dien", content)
    article = convert(page, "page.txt", year=2017)
    assert article.body.strip().split("\n\n") == [f"{_LEAD} {_NEXT}"]
    assert str(article.front.date) == "2024-12-02"
