"""A page's header run into a lead that names an ordinal and a quoted theme (`… Tác giả Hội chợ Sách
lần thứ V với chủ đề "Sách - Nhịp cầu tri thức" sẽ …`): the menu's cut (`menus.peel_menu`) never falls
inside the quotation (`"Sách - | Nhịp cầu …"`) nor between an ordinal's `thứ` and its number (`lần thứ |
V`), so the lead's opening words stay with the lead."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.menus import peel_menu

_MENU = "Số mới Tạp chí số 88 - tháng 12/2026 Đặt mua tạp chí Trang chủ Văn học Nghệ thuật Lý luận - Phê bình"
_LEAD = (
    'Hội chợ Sách lần thứ V với chủ đề "Sách - Nhịp cầu tri thức" sẽ diễn ra từ ngày 15 đến 19/12/2026 '
    "tại công viên trung tâm, với hơn 80 gian hàng của các nhà xuất bản."
)
_SECOND = "Ban tổ chức dự kiến đón khoảng 50.000 lượt khách trong 5 ngày, phần lớn là học sinh, sinh viên."


def test_no_cut_inside_a_quotation_or_after_an_ordinal_s_word() -> None:
    peeled = peel_menu(f"{_MENU} {_LEAD}")
    assert peeled is None or peeled[1].endswith(_LEAD)
    assert peeled is None or ('"' not in peeled[0] and not peeled[0].endswith("thứ"))


def test_the_lead_stays_whole() -> None:
    page = (
        "Title: Hội chợ Sách lần thứ V\nSource: Tạp chí Mẫu\nLink: https://tapchi.example.vn/hoi-cho-sach.html\n"
        "Published Date: 2026-12-06T08:00:00+07:00\nAuthor: \nTags: None\nSummary: \n"
        f"Content: {_MENU} {_LEAD} {_SECOND} Thu Hà Bình luận (0)\n"
    )
    body = convert(page.encode(), "p.txt").body
    assert "Nhịp cầu tri thức" in body and "80 gian hàng" in body and _SECOND in body
