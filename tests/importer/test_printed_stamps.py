"""A saved page with no date in its metadata (no `article:published_time`, no JSON-LD) is dated by
the stamp it prints; templates set the time and the date apart by a dash, a bar or a comma as often
as by a space (`10:20 - 27/08/2024`, `15:30 | 22/07/2024`), and either may come first. A stamp in a
`<time>` is the case: trafilatura's own date search reads some of these in a `<div>`, not there."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert

_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Huyện ven biển có thêm hai cụm công nghiệp chế biến - Báo Mẫu Đồng Bằng</title></head><body>
<div class="main"><h1>Huyện ven biển có thêm hai cụm công nghiệp chế biến</h1><time>{}</time>
<p>Ủy ban nhân dân tỉnh vừa quyết định thành lập hai cụm công nghiệp tại huyện ven biển với tổng diện tích 95 ha.</p>
<p>Hai cụm dự kiến thu hút các dự án chế biến thủy sản, cơ khí và đóng gói hàng xuất khẩu.</p>
<p>Hiện tỉnh có tám khu công nghiệp và mười hai cụm công nghiệp, tỷ lệ lấp đầy bình quân trên 70%.</p>
</div></body></html>"""


_STAMPS = [
    "10:20 - 27/08/2024",
    "27/08/2024 - 10:20",
    "10:20 | 27/08/2024",
    "27/08/2024, 10:20",
    "10:20 – 27/08/2024",
]


@pytest.mark.parametrize("stamp", _STAMPS)
def test_a_stamp_whose_time_and_date_a_mark_sets_apart_dates_the_page(stamp: str) -> None:
    front = convert(_PAGE.format(stamp).encode(), "page.html", year=2017).front
    assert str(front.date) == "2024-08-27"
    assert not front.date_estimated


def test_a_score_or_a_range_of_hours_is_not_a_stamp() -> None:
    page = _PAGE.format("Tin tổng hợp").replace(
        "với tổng diện tích 95 ha.", "với tổng diện tích 95 ha, làm việc từ 7:30 - 11:30."
    )
    front = convert(page.encode(), "page.html", year=2017).front
    assert front.date_estimated
