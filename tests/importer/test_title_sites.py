"""The site's name a saved page's `<title>` prints after its own `<h1>` (`… | Việt Nam Kinh doanh`) is its
source where no metadata names one (`suffixes.site_after_headline`, read in `html`)."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.suffixes import site_after_headline

_HEADLINE = "VN-Index vượt mốc 1.250 điểm, khối ngoại quay lại mua ròng"


def test_the_name_after_the_headline_is_the_site_s() -> None:
    assert site_after_headline(f"{_HEADLINE} | Việt Nam Kinh doanh", _HEADLINE) == "Việt Nam Kinh doanh"
    assert (
        site_after_headline(f"{_HEADLINE} - Chứng khoán - Nhà nông Ngày nay", _HEADLINE)
        == "Nhà nông Ngày nay"
    )
    assert site_after_headline(_HEADLINE, _HEADLINE) is None  # nothing after it
    assert site_after_headline(f"{_HEADLINE} - trang 2", _HEADLINE) is None  # no name in capitals
    assert (
        site_after_headline(f"Tin mới: {_HEADLINE} | Việt Nam Kinh doanh", _HEADLINE) is None
    )  # not its <h1>


def test_a_page_with_no_metadata_takes_its_source_from_the_title() -> None:
    page = (
        f"<!DOCTYPE html><html><head><title>{_HEADLINE} | Việt Nam Kinh doanh</title></head><body>"
        f"<article><h1>{_HEADLINE}</h1><time>14/03/2024 10:15</time>"
        "<p>Phiên sáng 14/3, VN-Index tăng hơn 12 điểm lên 1.253,6 điểm, mức cao nhất kể từ tháng 9 năm ngoái.</p>"
        "<p>Khối ngoại mua ròng gần 320 tỷ đồng trên sàn HOSE sau chuỗi 12 phiên bán ròng liên tiếp.</p>"
        "</article></body></html>"
    ).encode()
    assert convert(page, "page.html", year=2024).front.source == "Việt Nam Kinh doanh"
