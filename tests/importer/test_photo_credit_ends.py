"""A photo's credit left alone after the story's last sentence (`… nộp tiền. Ảnh minh họa Hoài Nam Tin
liên quan …`, its caption's picture gone with the scrape) is the story's: it stays, with the byline
run into it, and is not read as a site's line between the story and its tail of related links."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert
from bantin.importer.credit_lines import photo_credit

_HEAD = (
    "Title: Tỉnh tăng thu ngân sách quý I\nSource: Báo Tỉnh\nLink: https://baotinh.vn/tang-thu-ngan-sach.html\n"
    "Published Date: 05/04/2024 07:00\nAuthor: \nTags: None\nSummary: Thu ngân sách tăng.\nContent: "
)
_STORY = (
    "Thu ngân sách quý I của tỉnh ước đạt 4.200 tỷ đồng, bằng 30% dự toán năm. Trong đó, thu nội địa tăng 12% "
    "so với cùng kỳ năm trước. Cục Thuế tỉnh cho biết sẽ đôn đốc các doanh nghiệp nộp thuế đúng hạn."
)


@pytest.mark.parametrize("credit", ["Ảnh minh họa", "Ảnh tư liệu", "Ảnh: Minh Châu"])
def test_a_credit_after_the_last_sentence_stays_before_related_links(credit: str) -> None:
    tail = " Tin liên quan Tỉnh giải ngân vốn đầu tư công quý I Cơ quan chủ quản: UBND tỉnh"
    body = convert(f"{_HEAD}{_STORY} {credit} Lan Anh{tail}\n".encode(), "p.txt", year=2017).body
    assert credit in body
    assert "Tin liên quan" not in body and "Cơ quan chủ quản" not in body


@pytest.mark.parametrize(
    "text", ["Ảnh minh họa Hoài Nam", "Ảnh: Thu Trang", "(Ảnh: TTXVN)", "Video: Hà Phương", "ẢNH: NGỌC LAN"]
)
def test_photo_credits(text: str) -> None:
    assert photo_credit(text)


@pytest.mark.parametrize("text", ["Ảnh hưởng của bão số 3", "Tải ứng dụng ngay", "Ảnh đẹp mùa thu Hà Nội"])
def test_not_photo_credits(text: str) -> None:
    assert not photo_credit(text)
