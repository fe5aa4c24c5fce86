"""A saved page with two `<h1>`, a blog's name over its post's title (Blogger's `<h1 class="title">HTX
…</h1>`, a masthead's): the headline is the last the `<title>` holds (`markup._headline`), not the
first the page prints; with no `<title>` naming one, the first as before."""

from __future__ import annotations

from bantin.importer.convert import convert

_BODY = (
    "<p>Chiều 4/12, 9 tàu cá của Hợp tác xã Khai thác hải sản Bình Minh cập cảng sau chuyến biển 22 ngày "
    "ở vùng biển Hoàng Sa, sản lượng đạt hơn 60 tấn.</p><p>Tổng giá trị ước đạt 2,1 tỷ đồng; mỗi lao động "
    "được chia khoảng 12 triệu đồng sau khi trừ chi phí.</p><p>Đội tàu sẽ nghỉ 5 ngày rồi ra khơi chuyến "
    "cuối năm, dự kiến về trước ngày 25 tháng Chạp.</p><p><i>Lê Văn Tâm</i></p>"
)


def _page(title: str) -> bytes:
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title></head><body>'
        '<div class="header"><h1 class="title"><a href="/">HTX Khai thác hải sản Bình Minh</a></h1></div>'
        '<div class="post hentry"><h1>Đội tàu HTX về cảng sau chuyến biển</h1>'
        f"<time>Thứ Bảy, 5 tháng 12, 2026</time>{_BODY}</div></body></html>"
    ).encode()


def test_the_post_s_title_the_page_title_holds_is_the_headline() -> None:
    converted = convert(_page("Đội tàu HTX về cảng sau chuyến biển"), "page.html", year=2026)
    assert converted.front.title == "Đội tàu HTX về cảng sau chuyến biển"


def test_a_title_naming_the_blog_and_the_post_takes_the_post() -> None:
    page = _page("HTX Khai thác hải sản Bình Minh: Đội tàu HTX về cảng sau chuyến biển")
    assert convert(page, "page.html", year=2026).front.title == "Đội tàu HTX về cảng sau chuyến biển"
