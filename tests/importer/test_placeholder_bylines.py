"""The closing byline run into a comment box whose input's placeholder closes with dots (`Thu Trang
Bình luận Viết bình luận của bạn...`) is cut from it as from a box with no stop: the dots are no
sentence's (`edges.closing_byline_apart`). A text-size bar's and a footer's labels (`Kích thước chữ`,
`Sơ đồ website`, `Liên kết nhanh`) are the page's widgets."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.widgets import leading_buttons

_LAST = "Hiệp hội dự báo cả năm xuất khẩu cá tra đạt khoảng 2,07 tỷ USD, tăng 7% so với năm trước."


def _page(tail: str) -> bytes:
    return (
        "Title: Xuất khẩu cá tra tăng 8%\nSource: Hiệp hội Mẫu\n"
        "Link: https://hiephoi.example.vn/xuat-khau-ca-tra.html\nPublished Date: 2026-12-03T08:15:00+07:00\n"
        "Author: \nTags: None\nSummary: Xuất khẩu cá tra 11 tháng tăng 8% so với cùng kỳ.\n"
        f"Content: Xuất khẩu cá tra 11 tháng tăng 8% so với cùng kỳ. {_LAST} {tail}\n"
    ).encode()


def test_the_byline_before_a_comment_box_s_placeholder_is_the_author() -> None:
    converted = convert(_page("Thu Trang Bình luận Viết bình luận của bạn... Gửi"), "p.txt", year=2026)
    assert _LAST in converted.body
    assert converted.front.author == "Thu Trang"
    assert "Viết bình luận" not in converted.body


def test_a_text_size_bar_and_a_footer_s_labels_are_widgets() -> None:
    assert leading_buttons("Kích thước chữ") > 0
    assert leading_buttons("Sơ đồ website Liên kết nhanh") > 0
