"""A link to another story under its format in brackets (`[Infographic] …?`), run on from the story's
sentence before it in a one-line body, goes; the sentences around it stay."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.format_links import format_link_apart
from bantin.importer.furniture import LINKED_HEADLINE, Unit

_BEFORE = (
    "Trên thị trường thế giới, giá vàng giao ngay lên 3.750 USD/ounce sau khi Cục Dự trữ Liên bang Mỹ (Fed)"
    " hạ lãi suất 0,25 điểm phần trăm."
)
_AFTER = "Chênh lệch giữa giá vàng trong nước và thế giới hiện khoảng 17 triệu đồng/lượng."


def test_a_format_link_run_on_from_a_sentence_goes() -> None:
    raw = (
        "Title: Giá vàng miếng SJC lập đỉnh mới\nSource: Nhịp sống kinh doanh\n"
        "Link: https://x.vn/gia-vang-a1.html\nPublished Date: N/A\nAuthor: \nTags: None\nSummary: \n"
        "Content: Sáng 23/9, giá vàng miếng SJC được niêm yết ở mức 128,8 - 130,8 triệu đồng/lượng, tăng 1,2"
        f" triệu đồng so với cuối tuần trước. {_BEFORE} [Infographic] Giá vàng biến động thế nào trong 9 tháng"
        f" qua? {_AFTER} Minh Ngọc\n"
    )
    body = convert(raw.encode(), "page.txt", year=2025).body
    assert _BEFORE in body and _AFTER in body
    assert "Infographic" not in body and "biến động thế nào" not in body


def test_the_link_is_cut_off_up_to_its_question_mark() -> None:
    text = f"{_BEFORE} [Video] Người dân đổ xăng trước giờ điều chỉnh giá ở Hà Nội? {_AFTER}"
    out = format_link_apart([Unit(0, text)])
    assert [u.text for u in out] == [
        _BEFORE,
        "[Video] Người dân đổ xăng trước giờ điều chỉnh giá ở Hà Nội?",
        _AFTER,
    ]
    assert out[1].reason == LINKED_HEADLINE


def test_a_bracket_inside_a_sentence_is_no_link() -> None:
    text = "Bộ ảnh được giới thiệu trong mục [Ảnh] của báo, thu hút nhiều lượt xem."
    assert [u.text for u in format_link_apart([Unit(0, text)])] == [text]
