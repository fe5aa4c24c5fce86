"""A portal's header links before its menu's home item, the menu run into a lead whose subject is the
site (`Lịch tiếp công dân Dịch vụ công trực tuyến Phản ánh kiến nghị qua iHanoi Trang chủ Giới thiệu Tin
tức … Thủ tục hành chính UBND phường Đông Ngạc vừa …`): the links, a few words with no stop, go with the menu
(`item_menus.peel_menu_over_site`), a lead never holding `Trang chủ`; the lead stays whole."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert

_LEAD = (
    "UBND phường Đông Ngạc vừa ban hành kế hoạch phân loại chất thải rắn sinh hoạt tại nguồn trên toàn địa bàn "
    "phường từ ngày 1/1/2027."
)
_MENU = "Trang chủ Giới thiệu Tin tức Thông báo Quy hoạch Thủ tục hành chính"


def _page(links: str) -> bytes:
    return (
        "Title: Phân loại rác tại nguồn từ 1/1/2027\nSource: UBND phường Đông Ngạc\n"
        "Link: https://dongngac.example.vn/rac.html\nPublished Date: 2026-12-07T10:00:00+07:00\n"
        "Author: \nTags: None\nSummary: Rác chia làm ba nhóm.\n"
        f"Content: {links} {_MENU} {_LEAD} Phường cấp miễn phí 9.000 bộ thùng rác cho các hộ gia đình. Minh Quân\n"
    ).encode()


@pytest.mark.parametrize(
    "links",
    [
        "Lịch tiếp công dân Dịch vụ công trực tuyến Phản ánh kiến nghị qua iHanoi",
        "Đường dây nóng Hỏi đáp trực tuyến Tra cứu hồ sơ",
    ],
)
def test_links_before_the_home_item_go_with_the_menu(links: str) -> None:
    body = convert(_page(links), "p.txt", year=2026).body
    assert body.startswith(_LEAD)
    assert "Trang chủ" not in body


def test_a_lead_without_a_menu_stays_whole() -> None:
    body = convert(_page("").replace(_MENU.encode(), b""), "p.txt", year=2026).body
    assert body.startswith(_LEAD)
