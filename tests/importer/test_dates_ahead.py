"""A page's own day may run a day ahead of the machine's: Vietnam's day begins seven hours before
UTC's. A saved page stamped tomorrow keeps its stamp (htmldate's bound of today read it as the 1st of
its month), and a dateline of tomorrow with no year is this year's, not last year's
(`html._latest`, `published._AHEAD`)."""

from __future__ import annotations

import datetime as dt

from bantin.importer.convert import convert
from bantin.importer.published import resolve

_STORY = (
    "<p>Sáng nay, Hội Nông dân xã Mẫu Sơn khai mạc phiên chợ nông sản cuối năm với 80 gian hàng của "
    "các tổ hợp tác và hộ nông dân trong vùng.</p>"
    "<p>Phiên chợ mở cửa từ 7 giờ đến 21 giờ, người dân vào cửa miễn phí và được dùng thử sản phẩm.</p>"
    "<p>Ban tổ chức cho biết các gian hàng bán theo giá niêm yết, có hóa đơn và nguồn gốc rõ ràng.</p>"
)


def _page(stamp: str) -> bytes:
    return (
        "<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'>"
        "<title>Xã Mẫu Sơn mở phiên chợ nông sản cuối năm - Nông thôn Mẫu</title>"
        f"<meta property='article:published_time' content='{stamp}'></head><body>"
        f"<main><h1>Xã Mẫu Sơn mở phiên chợ nông sản cuối năm</h1>{_STORY}</main></body></html>"
    ).encode()


def test_a_saved_page_stamped_tomorrow_keeps_its_day() -> None:
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    front = convert(_page(f"{tomorrow.isoformat()}T06:30:00+07:00"), "p.html").front
    assert front.date == tomorrow


def test_a_saved_page_stamped_today_keeps_its_day() -> None:
    today = dt.date.today()
    assert convert(_page(f"{today.isoformat()}T09:00:00+07:00"), "p.html").front.date == today


def test_a_dateline_of_tomorrow_with_no_year_is_this_years() -> None:
    today = dt.date(2026, 12, 8)
    resolved = resolve([], ["Sáng 9/12, xã khai mạc phiên chợ."], "", year=None, today=today)
    assert resolved.date == dt.date(2026, 12, 9) and resolved.estimated
    later = resolve([], ["Sáng 10/12, xã khai mạc phiên chợ."], "", year=None, today=today)
    assert later.date == dt.date(2025, 12, 10)  # two days ahead is no time zone's: last year's
