"""A story's credit line naming its crew (bantin/importer/bylines.py, blind round
fixtures/blind_laos12.yml): the writer first, then who made the rest. A southern page's `Hình:` is the
photos' credit as `Ảnh:` is (`Bài: Ngọc Trâm - Hình: Thanh Tùng`), and an e-magazine's `Nội dung và ảnh:`
labels the writer who took the photos too, as `Bài và ảnh:` does; the writer is the author."""

from __future__ import annotations

import pytest

from bantin.importer.bylines import parse_byline
from bantin.importer.convert import convert

from .scrapes import vnsum


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Bài: Ngọc Trâm - Hình: Thanh Tùng", "Ngọc Trâm"),
        ("Ngọc Trâm - Hình: Thanh Tùng", "Ngọc Trâm"),
        ("Nội dung và ảnh: Lê Hưng - Trình bày: Thanh Mai", "Lê Hưng"),
        ("Nội dung, ảnh: Lê Hưng", "Lê Hưng"),
        ("Nội dung: Minh Nguyệt - Ảnh: Đức Thụy - Trình bày: Hoàng Ngọc", "Minh Nguyệt"),
    ],
)
def test_the_crews_writer_is_the_author(line: str, author: str) -> None:
    found = parse_byline(line)
    assert found is not None and found.author == author


def test_a_photo_credit_alone_names_no_writer() -> None:
    assert parse_byline("Hình: Thanh Tùng") is None or parse_byline("Hình: Thanh Tùng").author is None


def test_the_crew_line_closing_a_video_page_names_its_author() -> None:
    story = (
        "Ngày 24/3, tại huyện Sanxay, tỉnh Attapeu, UBND tỉnh Phú Yên bàn giao trạm y tế hữu nghị cho "
        "chính quyền địa phương. Trạm có 6 phòng khám và 10 giường lưu bệnh, kinh phí 4,2 tỷ đồng. "
        "Trước đó, tỉnh đã đào tạo 40 nhân viên y tế cho huyện bạn."
    )
    page = vnsum(
        "Phú Yên bàn giao trạm y tế hữu nghị tại Attapeu",
        "https://truyenhinhmau.vn/video/phu-yen-ban-giao-tram-y-te-huu-nghi-tai-attapeu.html",
        f"{story} Bài: Hoài Thương - Hình: Quốc Bảo Video liên quan Phú Yên đón sinh viên Lào nhập học",
        summary="Trạm y tế có 6 phòng khám và 10 giường lưu bệnh.",
        date="2026-03-25T20:15:00+07:00",
    )
    assert convert(page, "a.txt").front.author == "Hoài Thương"
