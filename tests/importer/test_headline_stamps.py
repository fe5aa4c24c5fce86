"""A saved page with no date metadata is dated by the `<time>` it prints right under its headline,
not by htmldate's oldest date of its text (a box's `đến 30/11/2026`); a `<title>`'s short name after a
dash (`… - Co-opBank`) is the site's where its footer prints it after its full name in capitals
(`NGÂN HÀNG … - Co-opBank.`), a hyphen inside a word no separator (`html._headline_stamp`,
`suffixes._short_after_capitals`; blind_sample21)."""

from __future__ import annotations

import datetime as dt

from bantin.importer.convert import convert
from bantin.importer.suffixes import source_of_title

_STORY = (
    "<p>Theo Hiệp hội Ngành nghề Mẫu Sơn, đến cuối tháng 10, các làng nghề của tỉnh đã xuất khẩu "
    "hơn 4.000 sản phẩm mây tre, tăng 12% so với cùng kỳ năm trước.</p>"
    "<p>Hiệp hội cho biết phần lớn đơn hàng đến từ các nhà nhập khẩu ở châu Âu và Nhật Bản.</p>"
    "<div class='box-info'><h4>Một số chỉ tiêu của hiệp hội đến 15/10/2025</h4><p>Số làng nghề: 42</p><p>Số hộ tham gia: 3.100</p></div>"
    "<p>Năm tới, hiệp hội đặt mục tiêu mở thêm hai điểm trưng bày sản phẩm tại các khu du lịch.</p>"
    "<p class='author'>Lệ Thu</p>"
)


def _page(stamp: str, head: str = "", footer: str = "") -> bytes:
    return (
        "<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'>"
        f"<title>Làng nghề mây tre xuất khẩu hơn 4.000 sản phẩm - MauSon-Craft</title>{head}</head><body>"
        "<nav><a href='/'>Trang chủ</a> <a href='/gioi-thieu'>Giới thiệu</a> <a href='/tin'>Tin tức</a></nav>"
        f"<main><h1>Làng nghề mây tre xuất khẩu hơn 4.000 sản phẩm</h1>{stamp}{_STORY}</main>"
        f"<footer><p>{footer}</p></footer></body></html>"
    ).encode()


def test_the_stamp_under_the_headline_dates_a_page_with_no_date_metadata() -> None:
    front = convert(_page("<time>Thứ Hai, 03/11/2025</time>"), "p.html", year=2017).front
    assert front.date == dt.date(2025, 11, 3)


def test_the_metadata_date_stays_first() -> None:
    meta = "<meta property='article:published_time' content='2025-11-01T08:00:00+07:00'>"
    front = convert(_page("<time>Thứ Hai, 03/11/2025</time>", head=meta), "p.html", year=2017).front
    assert front.date == dt.date(2025, 11, 1)


def test_the_short_name_after_the_footers_name_in_capitals_is_the_source() -> None:
    footer = "HIỆP HỘI NGÀNH NGHỀ MẪU SƠN - MauSon-Craft. Địa chỉ: 12 Trần Phú, Mẫu Sơn"
    page = _page("<time>Thứ Hai, 03/11/2025</time>", footer=footer)
    assert convert(page, "p.html", year=2017).front.source == "MauSon-Craft"


def test_a_headlines_second_clause_is_no_source() -> None:
    title = "Làng nghề mây tre xuất khẩu hơn 4.000 sản phẩm - Mẫu Sơn"
    footer = "Giá mây tre nguyên liệu tăng ở nhiều địa phương - Mẫu Sơn."  # no name in capitals before it
    assert source_of_title(title, (), texts=(footer,))[1] is None
    assert source_of_title("Giá lúa tăng - Covid-19", (), texts=("GIÁ LÚA TĂNG MẠNH Covid-19.",))[1] is None
