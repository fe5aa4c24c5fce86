"""A stamp behind a menu under a department's name with commas (`Sở Văn hóa, Thể thao và Du lịch …
Trang chủ … Ngày 14/02/2024 Sở …`, `blind_travel`) dates the page (`dates._stamp_after_menu`)."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert
from bantin.importer.dates import _stamp_after_menu

_MENU = "Sở Văn hóa, Thể thao và Du lịch Bình Nguyên Trang chủ Tin du lịch Điểm đến"


def test_a_stamp_behind_a_menu_under_a_departments_name_with_commas_dates_the_page() -> None:
    text = f"{_MENU} Ngày 14/02/2024 Sở vừa công bố giá vé tại các khu du lịch trên địa bàn tỉnh."
    found = _stamp_after_menu(text)
    assert found is not None and (found.day, found.month, found.year) == (14, 2, 2024)
    page = (
        "Title: Giá vé các điểm tham quan năm 2024\nSource: dulichbinhnguyen.vn\n"
        "Link: https://dulichbinhnguyen.vn/tin-tuc/gia-ve-2024\nPublished Date: N/A\nAuthor: \nTags: None\n"
        f"Summary: \nContent: {text} Thác Bạc: 50.000 đồng/người lớn. Đồi chè: miễn phí. Văn bản mới\n"
    )
    assert str(convert(page.encode(), "p.txt", year=2017).front.date) == "2024-02-14"


@pytest.mark.parametrize(
    "text",
    [
        "Trong năm, các đơn vị tổ chức nhiều hoạt động ngày 14/02/2024 Sở đánh giá cao.",  # a clause's comma
        "Sở Văn hóa, Thể thao và Du lịch Bình Nguyên Trang chủ Tin du lịch Điểm đến Tin mới Văn bản Lịch "
        "công tác Liên hệ Ngày 14/02/2024 Sở vừa công bố giá vé.",  # past the menu's reach
    ],
)
def test_no_stamp_is_read_after_a_clause_or_past_a_menus_reach(text: str) -> None:
    assert _stamp_after_menu(text) is None
