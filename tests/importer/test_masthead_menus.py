"""The site's own name over its menu, both run into the lead of a one-line page with no date between
them (`Tạp chí Lúa Vàng Tin tức Chính sách Hỏi đáp Văn bản Tổng thu …`): the name and the menu go,
the lead stays. A lead that opens with the site's name and no menu keeps it. The pages are written for
these tests."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert
from bantin.importer.mastheads import peel_masthead

LEAD = (
    "Tổng thu ngân sách của tỉnh quý I ước đạt 4.512 tỷ đồng, bằng 31,4% dự toán, tăng 7,2% so với cùng "
    "kỳ năm trước."
)
REST = (
    "Thu nội địa: 3.980 tỷ đồng, đạt 32,1% dự toán. Thu từ xuất nhập khẩu đạt 532 tỷ đồng. Sở Tài chính "
    "cho biết nguồn thu từ đất tăng mạnh nhờ đấu giá thành công nhiều khu dân cư mới."
)


def _body(source: str, content: str) -> str:
    page = (
        f"Title: Thu ngân sách quý I đạt hơn 31% dự toán\nSource: {source}\n"
        f"Link: https://example.vn/thu-ngan-sach-quy-i-dat-hon-31-du-toan-a1234.html\n"
        f"Published Date: 02/04/2024 08:00\nAuthor: \nTags: None\nSummary: \nContent: {content}\n"
    )
    return convert(page.encode(), "page.txt", year=2017).body


@pytest.mark.parametrize(
    ("source", "masthead"),
    [
        ("Tạp chí Lúa Vàng", "Tạp chí Lúa Vàng Tin tức Chính sách Hỏi đáp Văn bản"),
        ("Báo Ninh Giang", "BÁO NINH GIANG Thời sự Kinh tế Xã hội Pháp luật Văn hóa"),
    ],
)
def test_the_sites_name_and_its_menu_go_from_the_lead(source: str, masthead: str) -> None:
    body = _body(source, f"{masthead} {LEAD} {REST}")
    assert body.startswith(LEAD)
    assert REST.split(". ")[-1] in body


def test_a_lead_opening_with_the_sites_name_keeps_it() -> None:
    lead = (
        "Báo Ninh Giang vừa trao 50 suất học bổng cho học sinh nghèo vượt khó của các xã vùng cao trong tỉnh."
    )
    assert _body("Báo Ninh Giang", f"{lead} {REST}").startswith(lead)


def test_only_a_menu_after_the_name_is_peeled() -> None:
    called = lambda text: "lúa vàng" in text.casefold()  # noqa: E731
    assert peel_masthead(f"Tạp chí Lúa Vàng Tin tức Chính sách Hỏi đáp Văn bản {LEAD}", called) == (
        "Tạp chí Lúa Vàng Tin tức Chính sách Hỏi đáp Văn bản",
        LEAD,
    )
    assert peel_masthead(f"Tạp chí Lúa Vàng vừa ra số đặc biệt. {LEAD}", called) is None
    assert peel_masthead(LEAD, called) is None


@pytest.mark.parametrize(
    ("source", "menu", "lead"),
    [
        ("Tạp chí Nhà Cửa", "Vật liệu xây dựng", "Trong quý I, giá thép xây dựng đã ba lần giảm liên tiếp, còn 14 triệu đồng/tấn."),
        ("Tạp chí Nhà Cửa", "Pháp lý Hỏi đáp", "Để sang tên sổ đỏ, người mua và người bán cần làm đủ bốn bước tại văn phòng đăng ký đất đai."),
    ],
)  # fmt: skip
def test_a_short_menu_under_the_name_goes_before_a_lead_opening_a_clause(
    source: str, menu: str, lead: str
) -> None:
    called = lambda text: text.strip() == source  # noqa: E731
    assert peel_masthead(f"{source} {menu} {lead}", called) == (f"{source} {menu}", lead)


def test_a_sentence_after_the_name_is_not_cut() -> None:
    called = lambda text: text.strip() == "Tạp chí Nhà Cửa"  # noqa: E731
    text = "Tạp chí Nhà Cửa vừa ra số đặc biệt Trong nhà, ngoài phố, với 40 bài viết về nhà ở đô thị."
    assert peel_masthead(text, called) is None
