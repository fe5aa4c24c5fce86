"""A match report's sentence opening with its minute (`Phút 85, Brenner …`) after a photo's credit run
into it: the credit ends before the minute, which stays the sentence's first word."""

from __future__ import annotations

from bantin.importer.convert import convert


def test_the_credit_ends_before_the_minute() -> None:
    raw = (
        "Title: Nam Định thắng ngược Công an Hà Nội\nSource: Thể thao\nLink: https://x.vn/a-1.html\n"
        "Published Date: 2025-08-30\nAuthor: \nTags: None\nSummary: \nContent: Tối 30/8, trên sân Thiên"
        " Trường, Nam Định thắng ngược Công an Hà Nội 2-1 ở vòng 3 V-League. Sang hiệp 2, Nam Định gỡ hòa ở"
        " phút 61 nhờ cú sút xa của Văn Vĩ. Các cầu thủ Nam Định ăn mừng bàn thắng. Ảnh: Dũng Phương Phút 85,"
        " Brenner tận dụng sai lầm của hàng thủ đội khách để ghi bàn ấn định chiến thắng. Dũng Phương\n"
    )
    body = convert(raw.encode(), "page.txt", year=2025).body
    assert "Phút 85, Brenner tận dụng sai lầm" in body
    assert "Dũng Phương Phút" not in body
