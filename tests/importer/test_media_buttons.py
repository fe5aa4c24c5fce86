"""The buttons a photo, a gallery, an infographic or a transcript box carries, run into a caption's credit
or the next paragraph of a one-line body (bantin/importer/gallery_buttons.py, blind round
fixtures/blind_laos12.yml): the full screen's (`⤢ Xem toàn màn hình`), the whole gallery's count after a
credit (`Ảnh: Bảo Ngọc Xem trọn bộ 24 ảnh »`), a file's download with its format and size (`Tải
infographic (PNG, 2,8 MB)`) and a box's toggle closed by its triangle (`Lời dẫn ▸ Hiện toàn bộ`) are units
of their own and go; the credit and the story's sentences around them stay."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert
from bantin.importer.gallery_buttons import gallery_button
from bantin.importer.units import split_units

from .scrapes import vnsum


@pytest.mark.parametrize(
    ("text", "button"),
    [
        (
            "Đoàn dâng hoa tại đài tưởng niệm. Ảnh: Minh Tú ⤢ Xem toàn màn hình Sau lễ, đoàn thăm bản.",
            "⤢ Xem toàn màn hình",
        ),
        (
            "Đoàn trồng cây ở sân trường. Ảnh: Bảo Ngọc Xem trọn bộ 24 ảnh » Em Bun Mi nói rất vui.",
            "Xem trọn bộ 24 ảnh »",
        ),
        (
            "Kim ngạch tăng 12%. Tải infographic (PNG, 2,8 MB) Nguồn: Cục Hải quan",
            "Tải infographic (PNG, 2,8 MB)",
        ),
        (
            "Trường có 8 phòng học. Lời dẫn ▸ Hiện toàn bộ Ngôi trường có bếp ăn bán trú.",
            "Lời dẫn ▸ Hiện toàn bộ",
        ),
    ],
)
def test_the_button_is_a_unit_of_its_own_and_the_sites(text: str, button: str) -> None:
    assert button in split_units(text)
    assert gallery_button(button)


def test_the_storys_own_words_are_no_button() -> None:
    for text in (
        "Khán giả có thể xem toàn màn hình qua ứng dụng của đài.",
        "Tỉnh đã tải về bản đồ quy hoạch để lấy ý kiến người dân.",
        "Giá cà phê tăng ▲ 1,2% so với tuần trước, lên 118.000 đồng/kg.",
    ):
        assert split_units(text) == [text]
        assert not gallery_button(text)


def test_a_video_pages_toggle_goes_and_the_transcript_stays() -> None:
    story = (
        "Ngày 24/3, tại huyện Sanxay, UBND tỉnh bàn giao trạm y tế hữu nghị cho chính quyền địa phương. "
        "Lời dẫn ▸ Hiện toàn bộ Trạm có 6 phòng khám và 10 giường lưu bệnh, kinh phí 4,2 tỷ đồng. "
        "Bà Nang Phon, trưởng trạm: Từ nay bà con không phải đi 40 km ra thị trấn khám bệnh nữa. "
        "Trước đó, tỉnh đã đào tạo 40 nhân viên y tế cho huyện bạn."
    )
    page = vnsum(
        "Bàn giao trạm y tế hữu nghị tại Attapeu",
        "https://truyenhinhmau.vn/video/ban-giao-tram-y-te-huu-nghi-tai-attapeu.html",
        f"{story} Hoài Thương",
        summary="Trạm có 6 phòng khám và 10 giường lưu bệnh.",
        date="2026-03-25T20:15:00+07:00",
    )
    body = convert(page, "a.txt").body
    assert "Hiện toàn bộ" not in body and "Lời dẫn" not in body
    assert "Trạm có 6 phòng khám" in body
