"""A commune's or a ward's portal signs its story with its council's and committee's office (`Văn phòng
HĐND và UBND xã`), run on a one-line page into the print button after it (`… Văn phòng HĐND và UBND xã
Bản in Tin đã đăng …`): `Văn phòng` heads an office's name as `Phòng` and `Ban` do
(`signing_offices.office_name`), and the `và` joining its two bodies closes no name (`edges`), so the
office is cut off the button and read as the author. A menu's item or a sentence the office opens is
no signature."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.signing_offices import office_name

_STORY = (
    "Ngày 4/12, Ủy ban nhân dân phường Bình Kiến bàn giao 12 căn nhà cho các hộ có nhà bị sập trong đợt lũ "
    "tháng 11. Mỗi căn nhà được hỗ trợ 60 triệu đồng từ nguồn vận động của Ủy ban Mặt trận Tổ quốc tỉnh."
)


def _page(closing: str) -> bytes:
    return (
        "Title: Bàn giao 12 căn nhà cho hộ bị lũ\nSource: Cổng thông tin điện tử phường Bình Kiến\n"
        "Link: https://binhkien.example.gov.vn/tin-tuc/ban-giao-nha.html\n"
        "Published Date: 2026-12-04T10:00:00+07:00\nAuthor: \nTags: None\nSummary: Mỗi căn được hỗ trợ 60 triệu.\n"
        f"Content: Trang chủ Giới thiệu Tin tức Thông báo {_STORY} {closing}\n"
    ).encode()


def test_a_council_s_office_is_an_office_s_name() -> None:
    assert office_name("Văn phòng HĐND và UBND phường")
    assert office_name("Văn phòng Đảng ủy")
    assert not office_name("Văn phòng")
    assert not office_name("Văn phòng phẩm")


def test_the_office_before_the_print_button_signs_the_story() -> None:
    converted = convert(
        _page(
            "Văn phòng HĐND và UBND phường Bản in Tin đã đăng Lịch tiếp công dân tháng 12/2026 (01/12/2026)"
        ),
        "page.txt",
        year=2026,
    )
    assert converted.front.author == "Văn phòng HĐND và UBND phường"
    assert "Bản in" not in converted.body and "Văn phòng HĐND" not in converted.body


def test_a_sentence_the_office_opens_stays() -> None:
    sentence = "Văn phòng HĐND và UBND phường đề nghị các khu phố rà soát hộ còn khó khăn trước ngày 15/12."
    converted = convert(_page(f"{sentence} Bản in"), "page.txt", year=2026)
    assert sentence in converted.body
