"""An office signing the story (`signing_offices`): a body's secretariat is one too (`Văn phòng VACPA`,
`Văn phòng Bộ`, a word more than the office's head: `office_name`), and an office's name with a link of
the page run on after it, dropped after the story's end (`Ban Truyền thông Xem biểu đồ phụ tải theo thời
gian thực`, `… Tải số liệu quan trắc`), is cut off the link and read as the author (`_link_after`); a
writer's `Xem` link is not. `Văn phòng` alone, or before a word in lower case, is no office."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert
from bantin.importer.signing_offices import office_name

STORY = (
    "Chiều 5/12, phụ tải miền Bắc đạt 21.400 MW, cao nhất mùa đông năm nay. Hệ thống vẫn vận hành an toàn "
    "nhờ các hồ thủy điện tích nước đầy. Công ty khuyến cáo khách hàng tiết kiệm điện trong giờ cao điểm."
)


def _page(content: str, layout: str = "vnsum") -> bytes:
    if layout == "vfnd":
        return f"Phụ tải đỉnh mùa đông đạt 21.400 MW\n\nPhụ tải miền Bắc lên cao nhất mùa đông.\n\n{content}\n".encode()
    return (
        "Title: Phụ tải đỉnh mùa đông đạt 21.400 MW\nSource: Công ty Mẫu\nLink: https://mau.example.vn/tin/a1.html\n"
        "Published Date: 2026-12-06T17:00:00+07:00\nAuthor: \nTags: None\nSummary: \n"
        f"Content: {content}\n"
    ).encode()


@pytest.mark.parametrize("text", ["Văn phòng VACPA", "Văn phòng Bộ", "Văn phòng Hội đồng quản trị"])
def test_a_body_s_secretariat_is_an_office(text: str) -> None:
    assert office_name(text)


@pytest.mark.parametrize("text", ["Văn phòng", "Văn phòng phẩm", "Văn phòng cho thuê giá rẻ"])
def test_an_office_alone_or_a_shop_s_words_are_none(text: str) -> None:
    assert not office_name(text)


def test_a_secretariat_under_the_story_is_its_author() -> None:
    lines = "\n".join([*STORY.split(". "), "Văn phòng Hiệp hội", "Chia sẻ", "Tin liên quan"])
    front = convert(_page(lines, "vfnd"), "page.txt", year=2026).front
    assert front.author == "Văn phòng Hiệp hội"


def test_an_office_run_into_a_link_is_the_author() -> None:
    content = f"{STORY} Ban Truyền thông Xem biểu đồ phụ tải theo thời gian thực Tin khác Đưa vào vận hành trạm biến áp 500 kV Thanh Hóa"
    converted = convert(_page(content), "page.txt", year=2026)
    assert converted.front.author == "Ban Truyền thông"
    assert "Xem biểu đồ" not in converted.body and "Ban Truyền thông" not in converted.body
