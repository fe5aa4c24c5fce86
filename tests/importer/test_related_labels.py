"""A related headline after its label (`Xem thêm: …`) run into the story (blind round
fixtures/blind_environment.yml): a headline holding a colon of its own (`… Thị Nghè: Nguyên nhân do
đâu?`) is cut from the label with the label's colon, and goes all the same."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.lone_related import after_link_label

from .scrapes import vnsum

_HEADLINE = "Cá chết trắng kênh Nhiêu Lộc - Thị Nghè: Nguyên nhân do đâu?"


def test_the_label_points_to_its_headline_with_or_without_its_colon() -> None:
    assert after_link_label("Xem thêm:", _HEADLINE)
    assert after_link_label("Xem thêm", _HEADLINE)
    assert not after_link_label(
        "Xem thêm", "Khoảng 1,2 tấn cá chết đã được vớt trong buổi sáng."
    )  # a sentence


def test_a_headline_holding_a_colon_goes_after_its_label() -> None:
    story = (
        "Sau trận mưa lớn chiều 27/5, cá chết nổi trắng một đoạn kênh qua quận 3, người dân phản ánh mùi hôi."
        " Theo Trung tâm Quản lý hạ tầng kỹ thuật, mưa lớn cuốn nước thải từ các cống xả tràn xuống kênh."
        f" Khoảng 1,2 tấn cá chết đã được vớt trong buổi sáng. Xem thêm: {_HEADLINE} Dự án thu gom nước"
        " thải cho khu vực này dự kiến hoàn thành năm 2026. Thanh Tùng Tin liên quan Bình luận"
    )
    body = convert(vnsum("Kênh lại bốc mùi", "https://example.vn/kenh.html", story), "p.txt").body
    assert "Nguyên nhân do đâu" not in body and "Xem thêm" not in body, body
    assert "Dự án thu gom nước thải cho khu vực này dự kiến hoàn thành năm 2026." in body
