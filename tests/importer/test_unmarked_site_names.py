"""A saved page's `<title>` naming its site without the marks (`… - Vien Phim Viet Nam`, typed by a hand
that wrote the site, or an old template's), where the page prints the name with them (`Viện Phim Việt
Nam` in its story and footer): the source is the name as printed (`publishers.name`, `spelt_as` over the
page's text); a name the page never prints with marks stays as the title writes it."""

from __future__ import annotations

from bantin.importer.convert import convert

STORY = (
    "<p>Từ ngày 8 đến 14/12, Viện Mẫu Quốc gia tổ chức tuần chiếu phim tư liệu tại phòng chiếu của "
    "Viện, với 12 bộ phim được phục chế và số hóa trong năm nay.</p>"
    "<p>Vé mời phát miễn phí tại phòng chiếu từ 17h mỗi ngày, mỗi người nhận tối đa hai vé.</p>"
    "<p>Đây là lần thứ ba tuần phim được tổ chức, nhằm giới thiệu kết quả phục chế tới công chúng.</p>"
)


def _page(suffix: str, footer: str) -> bytes:
    return (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">'
        f"<title>Tuần chiếu phim tư liệu có 12 bộ phim phục chế - {suffix}</title></head><body>"
        '<table width="900"><tr><td><h1>Tuần chiếu phim tư liệu có 12 bộ phim phục chế</h1>'
        f"<p>Cập nhật: 01/12/2026</p>{STORY}</td></tr></table><footer><p>{footer}</p></footer></body></html>"
    ).encode()


def test_the_name_typed_without_marks_is_read_as_printed() -> None:
    page = _page("Vien Mau Quoc gia", "Viện Mẫu Quốc gia - 12 phố Mẫu, Hà Nội - Điện thoại: 024 3834 0000")
    front = convert(page, "vien-mau.html", year=2026).front
    assert front.source == "Viện Mẫu Quốc gia"


def test_a_name_the_page_never_prints_with_marks_stays() -> None:
    page = _page("Kho Phim Tu Lieu", "Địa chỉ: 12 phố Mẫu, Hà Nội - Điện thoại: 024 3834 0000")
    front = convert(page, "vien-mau.html", year=2026).front
    assert front.source == "Kho Phim Tu Lieu"
