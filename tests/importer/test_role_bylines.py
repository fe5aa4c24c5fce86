"""A byline printed as a form's rows (`Tác giả, X` `Vai trò, Y`) and its date spelt with the month's
number and no `năm`, run into the lead of a one-line body: cut off the lead, read as the byline."""

from __future__ import annotations

from bantin.importer.bylines import parse_byline
from bantin.importer.role_bylines import peel_role_byline, role_byline


def test_the_rows_and_their_date_are_cut_off_the_lead() -> None:
    piece = (
        "Trang chủ Khoa học Tác giả, Hoài Nam Vai trò, Phóng viên thường trú tại Tokyo 14 tháng 3 2025 "
        "Các nhà khoa học Nhật Bản đã công bố kết quả nghiên cứu mới về động đất ở vùng biển phía đông."
    )
    assert peel_role_byline(piece) == [
        "Trang chủ Khoa học",
        "Tác giả, Hoài Nam Vai trò, Phóng viên thường trú tại Tokyo",
        "14 tháng 3 2025",
        "Các nhà khoa học Nhật Bản đã công bố kết quả nghiên cứu mới về động đất ở vùng biển phía đông.",
    ]


def test_an_update_after_the_date_goes_with_it() -> None:
    piece = "Tác giả, Hoài Nam 2 tháng 1 2025 Cập nhật 3 tháng 1 2025 Người dân đã đổ về quảng trường từ sáng sớm để chờ xem pháo hoa."
    assert peel_role_byline(piece)[1] == "2 tháng 1 2025 Cập nhật 3 tháng 1 2025"


def test_a_sentence_naming_an_author_is_left_whole() -> None:
    assert peel_role_byline("Tác giả, theo ông, đã viết cuốn sách trong 5 tháng 12 2024 ngày.") is None
    assert peel_role_byline("Tác giả, Hoài Nam 2 tháng 1 2025 Xem thêm") is None  # no prose after it


def test_the_writers_row_is_a_byline() -> None:
    assert role_byline("Tác giả, Hoài Nam Vai trò, Phóng viên") == "Tác giả: Hoài Nam"
    assert parse_byline("Tác giả, Hoài Nam Vai trò, Phóng viên").author == "Hoài Nam"
    assert role_byline("Tác giả, theo ông, đã viết") is None
