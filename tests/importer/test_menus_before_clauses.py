"""A header's last items left on a lead that opens with its clause (fixtures/blind_vnsum8.yml): an
institute's or a provincial board's menu cut after `Tin tức`, the rest of its items and the crumb
(`Tin hoạt động`) still before `Theo Viện …, …` or `Từ ngày 22 đến 28/1, …`. A lead's preposition
before the name of its source and a comma is no item's (`lead_clauses`), and the items may hold a
grammar word as menus do, one in eight words (`Người có uy tín`, `item_menus`)."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.item_menus import peel_item_menu
from bantin.importer.lead_clauses import opens_clause

SOURCED = (
    "Theo Viện Vệ sinh dịch tễ Trung ương, từ đầu năm đến ngày 12/5/2024, 17 tỉnh, thành phố miền Bắc ghi "
    "nhận 198 ca mắc ho gà, gấp 6 lần cùng kỳ năm 2023."
)
DATED = (
    "Từ ngày 22 đến 28/1, các đoàn công tác của Ban Dân tộc tỉnh đã đến thăm, tặng quà 1.180 người có uy "
    "tín trong đồng bào dân tộc thiểu số trên địa bàn 17 huyện, thị xã, thành phố."
)


def test_a_lead_opening_with_its_source_and_a_comma_opens_a_clause() -> None:
    assert opens_clause(SOURCED)
    assert opens_clause("Tại Hội nghị Trung ương 10, Tổng Bí thư nhấn mạnh …")
    assert not opens_clause("Theo dòng sự kiện Tin hoạt động")  # no comma: an item
    assert not opens_clause("Trong Nước. Thế giới, Kinh tế")  # a stop before the comma
    assert not opens_clause("Viện Vệ sinh dịch tễ Trung ương, từ đầu năm")  # no preposition


def test_the_header_s_last_items_go_before_a_lead_naming_its_source() -> None:
    items = "Sự kiện Tiêm chủng mở rộng Đào tạo Nghiên cứu khoa học Tạp chí Y học dự phòng Tin hoạt động"
    assert peel_item_menu(f"{items} {SOURCED}", headed=True) == (items, SOURCED)
    # with no header cut off before them, the capital after the preposition still goes on a name
    assert peel_item_menu(f"{items} {SOURCED}", headed=False) is None


def test_the_header_s_last_items_may_hold_a_grammar_word_before_a_dated_lead() -> None:
    items = "Chính sách dân tộc Văn bản Người có uy tín Tin hoạt động"
    assert peel_item_menu(f"{items} {DATED}", headed=True) == (items, DATED)
    # a headline's clause in sentence case before the lead is no menu: its items run too long
    headline = "Gia Lai thăm tặng quà người có uy tín dịp Tết"
    assert peel_item_menu(f"{headline} {DATED}", headed=True) is None


def test_the_page_keeps_its_lead_whole_and_loses_the_menu() -> None:
    content = (
        "Viện Vệ sinh dịch tễ Trung ương Trang chủ Giới thiệu Tin tức - Sự kiện Tiêm chủng mở rộng Đào tạo "
        f"Nghiên cứu khoa học Tạp chí Y học dự phòng Tin hoạt động {SOURCED} Viện đề nghị các địa phương rà "
        "soát, tiêm bù cho trẻ chưa tiêm đủ mũi trong chương trình Tiêm chủng mở rộng."
    )
    raw = (
        "Title: Cảnh báo số ca mắc ho gà tăng cao ở trẻ nhỏ\nSource: https://vien.example.org.vn\n"
        "Link: https://vien.example.org.vn/tin-tuc/canh-bao-c1.htm\nPublished Date: 15-05-2024 14:00\n"
        f"Author: \nTags: None\nSummary: \nContent: {content}\n"
    ).encode()
    body = convert(raw, "page.txt", year=2024).body
    assert body.startswith("Theo Viện Vệ sinh dịch tễ Trung ương, từ đầu năm")
    assert "Tin hoạt động" not in body and "Tạp chí Y học" not in body
