"""A header's menu in sentence case closed by its search box (`… Tra cứu mã chứng khoán Nhập mã CK Tìm
kiếm`) run into the lead is cut off it at the box (`menus.peel_menu`), not at an item inside the menu
that a lead could open with (`Văn bản pháp lý …`); a sentence ending with the words, or no weak item in
the head, is not cut."""

from __future__ import annotations

from bantin.importer.menus import peel_menu

_MENU = (
    "Sơ đồ trang Liên hệ Giới thiệu Tin tức Thông báo Văn bản pháp lý Thống kê Hỗ trợ hội viên "
    "Tra cứu mã số thuế Nhập mã số Tìm kiếm"
)
_LEAD = (
    "Theo báo cáo của Hiệp hội Tư vấn thuế, trong tháng 11/2026 có 1.240 doanh nghiệp đăng ký dịch vụ tư vấn "
    "mới, tăng 18% so với tháng trước."
)


def test_the_menu_is_cut_at_its_search_box() -> None:
    assert peel_menu(f"{_MENU} {_LEAD}") == (_MENU, _LEAD)


def test_no_menu_no_cut() -> None:
    assert peel_menu(_LEAD) is None
    sentence = "Người dùng có thể nhập mã số thuế để tra cứu và bấm nút tìm kiếm trên cổng thông tin."
    assert peel_menu(sentence) is None
