"""On one line (the vnsum layout) a list's rows of figures are glued to the next row's label (`Urê:
241.000 tấnNPK: 38.500 tấn`): each row stays a row (`core.glued_words`); a credit of an agency's
initials closed by a small letter (`Ảnh: PVFCCo`) ends where the next paragraph is glued on
(`credit_ends`); a sub-department's name (`Chi cục Hải quan …`) opening the lead stays whole after a
portal's menu, and the portal's `Đăng nhập hệ thống` button goes (`menus`, `widgets`)."""

from __future__ import annotations

from bantin.core.glued_words import glued_words
from bantin.importer.convert import convert

_ROWS = "Sản lượng gồm:Urê: 241.000 tấnNPK: 38.500 tấnAmoniac thương phẩm: 12.200 tấn"


def _vnsum(content: str, summary: str = "") -> str:
    return (
        "Title: Một tin của ngành\nSource: nganh.example.vn\nLink: https://nganh.example.vn/mot-tin-cua-nganh-123456.html\n"
        f"Published Date: 04/04/2025 10:20\nAuthor: \nTags: None\nSummary: {summary}\nContent: {content}\n"
    )


def test_a_rows_figure_and_unit_glued_to_the_next_rows_label_is_cut_there() -> None:
    assert [_ROWS[cut : cut + 7] for cut in glued_words(_ROWS)] == ["NPK: 38", "Amoniac"]


def test_a_figure_and_unit_before_a_word_with_no_label_after_it_is_not_cut() -> None:
    assert glued_words("đạt 12 tấnABC trong tháng") == []


def test_a_credit_of_initials_closed_by_a_small_letter_ends_before_the_glued_paragraph() -> None:
    content = (
        "Nhà máy sản xuất hơn 240.000 tấn urê trong quý I, cao nhất kể từ khi đi vào vận hành năm 2004."
        "Dây chuyền đóng bao tại nhà máy. Ảnh: PVFCCoDoanh nghiệp đặt mục tiêu sản xuất 950.000 tấn urê "
        "trong cả năm 2025. Hoàng Nam"
    )
    body = convert(_vnsum(content).encode(), "page.txt").body
    assert "Doanh nghiệp đặt mục tiêu sản xuất 950.000 tấn urê trong cả năm 2025." in body


def test_a_portals_login_button_goes_and_the_lead_keeps_its_sub_departments_name() -> None:
    content = (
        "Trang chủ Giới thiệu Tin hoạt động Thông tin nghiệp vụ Văn bản Thủ tục hải quan Đăng nhập hệ thống "
        "Chi cục Hải quan cửa khẩu cảng Đà Nẵng vừa phát hiện một lô hàng thiết bị điện nhập khẩu khai sai "
        "mã số để hưởng thuế suất thấp.Qua kiểm tra thực tế, lô hàng gồm 1.200 bộ biến tần công nghiệp. "
        "Quang Vinh"
    )
    body = convert(
        _vnsum(content, "Hải quan Đà Nẵng phát hiện lô hàng khai sai mã số.").encode(), "page.txt"
    ).body
    assert body.startswith("Chi cục Hải quan cửa khẩu cảng Đà Nẵng vừa phát hiện")
    assert "Đăng nhập" not in body
