"""A photo's credit whose name the closing byline says again after a dash, run on with no stop (`Ảnh:
Thành Cường Thành Duy - Thành Cường`): the credit is the name the byline closes on, the rest the byline
(`signed_credits`), however long the run; on captions written for these tests."""

from __future__ import annotations

import pytest

from bantin.importer.captions import parse_credit
from bantin.importer.convert import convert
from bantin.importer.signed_credits import signed_credit


@pytest.mark.parametrize(
    ("after", "credit"),
    [
        ("Thành Cường Thành Duy - Thành Cường Sao chép liên kết", "Thành Cường"),
        ("Hoàng Anh Minh Thu - Hoàng Anh", "Hoàng Anh"),
        ("Nguyễn Văn Tùng Lê Thị Hoa - Nguyễn Văn Tùng Tin liên quan", "Nguyễn Văn Tùng"),
        ("Lê Hội Lê Hội Thanh Hóa", "Lê Hội"),  # said again at once, as before
    ],
)
def test_the_credit_is_the_name_the_byline_says_again(after: str, credit: str) -> None:
    assert parse_credit(after)[0] == credit
    assert after[parse_credit(after)[1] :].lstrip().startswith(after[len(credit) :].lstrip()[:6])


def test_no_name_said_again_reads_as_before() -> None:
    assert signed_credit("Thành Cường Thành Duy - Minh Anh".split()) is None
    assert signed_credit("Minh Hải Tin liên quan".split()) is None
    assert (
        signed_credit("Thu Hà Nội dung - Thu Hà".split()) is None
    )  # a word in lower case: no writer between


def test_the_caption_keeps_its_photographer_and_the_byline_both_writers() -> None:
    text = (
        "Title: Hai tỉnh ký kết hợp tác\nSource: Báo Hà Tĩnh\nLink: https://baohatinh.vn/ky-ket-hop-tac\n"
        "Published Date: 2026-12-05T10:00:00+07:00\nAuthor: \nTags: None\nSummary: Hai tỉnh ký kết hợp tác.\n"
        "Content: Chiều 5/12, lãnh đạo tỉnh Hà Tĩnh và tỉnh Bô-ly-khăm-xay ký kết biên bản hợp tác giai đoạn "
        "2026 - 2030, tập trung vào thương mại, giáo dục và quản lý biên giới. Hai bên thống nhất mở thêm "
        "một cặp chợ biên giới trong năm tới. Lãnh đạo hai tỉnh trao biên bản ký kết. Ảnh: Hoàng Anh "
        "Minh Thu - Hoàng Anh Sao chép liên kết Tin liên quan\n"
    )
    converted = convert(text.encode(), "page.txt", year=2026)
    assert "*Ảnh: Hoàng Anh*" in converted.body
    assert converted.front.author == "Minh Thu - Hoàng Anh"
