"""A draw's results, numbers a spaced dash parts, are the story's, not a phone number to call."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert
from bantin.importer.furniture import PHONE


@pytest.mark.parametrize("text", ["Giải ba: 61207 - 09354 - 82216", "Giải nhì: 04418 - 37790"])
def test_numbers_a_spaced_dash_parts_are_no_phone(text: str) -> None:
    assert not PHONE.search(text)


@pytest.mark.parametrize(
    "text", ["Điện thoại: 0243 825 4231", "0912-345-678", "ĐT 024 3825 4231 - 0912 345 678"]
)
def test_a_phone_number_is_still_one(text: str) -> None:
    assert PHONE.search(text)


def test_a_draws_results_and_the_lines_after_them_stay() -> None:
    page = "\n".join(
        [
            "Kết quả xổ số kiến thiết ngày 3/4",
            "",
            "Kỳ quay thưởng diễn ra lúc 16 giờ 15 phút tại trụ sở công ty xổ số của tỉnh.",
            "Giải đặc biệt: 73051",
            "Giải nhất: 20488",
            "Giải nhì: 04418 - 37790",
            "Giải ba: 61207 - 09354 - 82216",
            "Vé trúng thưởng được lĩnh trong vòng 30 ngày kể từ ngày mở thưởng",
        ]
    )
    body = convert(page.encode(), "page.txt", year=2017).body
    assert "Giải ba: 61207 - 09354 - 82216" in body and "Vé trúng thưởng được lĩnh" in body
