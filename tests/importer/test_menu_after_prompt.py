"""A notification prompt run into the page's menu ends its unit inside the menu (a box's header there):
the menu's last items left on the lead that opens with its hour or day (`Lịch thi đấu Thư viện ảnh Tối
6/12, tại …`) are cut from it (`frames`); a lead with no such items before it stays whole."""

from __future__ import annotations

from bantin.importer.chrome import Unit
from bantin.importer.convert import convert
from bantin.importer.frames import PROMPT, _menu_after_prompt

_LEAD = (
    "Tối 6/12, tại Nhà thi đấu tỉnh Ninh Bình, đội chủ nhà thắng 3-1 trong trận chung kết nội dung nữ "
    "của giải bóng chuyền vô địch quốc gia năm nay."
)


def test_the_menu_s_last_items_after_a_prompt_are_cut_from_a_timed_lead() -> None:
    prompt = Unit(0, "Để sau Cho phép Trang chủ Giới thiệu Tin tức Giải đấu Đội tuyển", False, PROMPT)
    assert _menu_after_prompt(prompt, Unit(0, f"Lịch thi đấu Thư viện ảnh {_LEAD}")) == (
        "Lịch thi đấu Thư viện ảnh",
        _LEAD,
    )
    assert _menu_after_prompt(prompt, Unit(0, _LEAD)) is None
    assert _menu_after_prompt(prompt, Unit(1, f"Lịch thi đấu Thư viện ảnh {_LEAD}")) is None


def test_on_a_page_the_items_go_and_the_lead_stays() -> None:
    page = (
        "Title: Đội chủ nhà vô địch giải bóng chuyền\nSource: Liên đoàn Mẫu\n"
        "Link: https://example.vn/doi-chu-nha-vo-dich.html\nPublished Date: 2026-12-06T22:10:00+07:00\n"
        "Author: \nTags: None\nSummary: Đội chủ nhà lên ngôi vô địch nữ.\n"
        "Content: Bạn có muốn nhận thông báo tin mới từ Liên đoàn? Để sau Cho phép Trang chủ Giới thiệu "
        f"Tin tức Giải đấu Đội tuyển Lịch thi đấu Thư viện ảnh {_LEAD} Chủ công của đội ghi 27 điểm, "
        "là cầu thủ ghi điểm nhiều nhất trận.\n"
    ).encode()
    body = convert(page, "page.txt", year=2026).body
    assert _LEAD in body
    assert "Thư viện ảnh" not in body
