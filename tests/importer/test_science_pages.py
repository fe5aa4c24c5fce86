"""The science round's bylines and credits (blind_science): a writer's whole name before a field's label
of the footer (`Giờ mở cửa:`), before a blog's `Bài viết mới`, with the office a comma set after it; and a
photo's credit whose parts a slash joins, and one before a sentence opening `Theo TS`."""

from __future__ import annotations

import pytest

from bantin.importer.bylines import parse_byline
from bantin.importer.captions import split_captions
from bantin.importer.convert import convert


def _vnsum(content: str) -> str:
    return (
        "Title: Thả rùa biển về tự nhiên\nSource: Khu bảo tồn biển\nLink: https://baotonbien.vn/tha-rua.html\n"
        "Published Date: 2024-11-02T08:00:00+07:00\nAuthor: \nTags: None\nSummary: \n"
        f"Content: {content}\n"
    )


_STORY = (
    "Sáng 2/11, cán bộ khu bảo tồn đã thả 12 cá thể rùa biển về vùng biển phía nam đảo. "
    "Các cá thể rùa được cứu hộ từ lưới của ngư dân trong tháng 10 và đã khỏe mạnh trở lại."
)


@pytest.mark.parametrize(
    ("name", "after"),
    [
        ("Lê Văn Thịnh", "Giờ làm việc: 7h30 - 17h00 Liên hệ Khu bảo tồn biển - Phú Quốc, Kiên Giang"),
        ("Trần Đức Phường", "Bài viết mới Rùa biển trở lại đẻ trứng ở Côn Đảo Ngày hội đại dương 2024"),
    ],
)
def test_the_writer_s_whole_name_before_the_footer(name: str, after: str) -> None:
    page = _vnsum(f"{_STORY} {name} {after}")
    assert convert(page.encode(), "page.txt", year=2017).front.author == name


def test_a_byline_cut_at_the_comma_before_its_office_has_no_comma() -> None:
    assert parse_byline("ThS. Lê Thu Hà,").author == "ThS. Lê Thu Hà"


@pytest.mark.parametrize(
    ("text", "credit", "after"),
    [
        ("Ảnh: VQG Bạch Mã/WCS Đàn voọc sống ở độ cao 1.200 m.", "Ảnh: VQG Bạch Mã/WCS", "Đàn voọc"),
        (
            "Ảnh: Anna Müller Theo TS Lê Văn An, loài này mới được mô tả.",
            "Ảnh: Anna Müller",
            "Theo TS Lê Văn An",
        ),
    ],
)
def test_a_photo_s_credit_ends_where_the_next_sentence_begins(text: str, credit: str, after: str) -> None:
    blocks = split_captions(f"Một cá thể voọc trên cây. {text}")
    assert blocks[0].credit == credit
    assert blocks[1].text.startswith(after)
