"""Pages of partners across a border (blind_laos2): a company's or a university's header with its
language switch (`VI | EN`) or its longer menu items (`Khoa học công nghệ`, `Cựu sinh viên`) run
into a dated lead, a station's player label (`Xem video`, `Nghe audio`) glued between two
paragraphs, a writer's unit in brackets with an en dash in its name (`(Cao su Việt – Lào)`): the
header, the label go; the lead, the paragraphs and the writer's name stay."""

from __future__ import annotations

import pytest

from bantin.importer.bylines import parse_byline
from bantin.importer.convert import convert
from bantin.importer.menus import peel_menu

from .scrapes import vnsum

LEAD = (
    "Tối 19/10, tại Thủ đô Viêng Chăn, Công ty Mẫu Telecom tổ chức lễ kỷ niệm 15 năm kinh doanh "
    "tại Lào, với hơn 4 triệu thuê bao."
)
DATED_LEAD = (
    "Sáng 15/11, Trường Đại học Mẫu Sơn tổ chức lễ trao bằng tốt nghiệp cho 126 lưu học sinh Lào, "
    "trong đó có 98 cử nhân và 28 thạc sĩ."
)


@pytest.mark.parametrize("switch", ["VI | EN", "VN | EN | LA"])
def test_a_menu_closed_by_a_language_switch_is_cut_before_the_lead(switch: str) -> None:
    header = f"Tin tức Sản phẩm dịch vụ Quan hệ cổ đông Tuyển dụng Liên hệ {switch}"
    assert peel_menu(f"{header} {LEAD}") == (header, LEAD)


def test_a_menu_of_longer_items_before_a_dated_lead_is_cut() -> None:
    header = "Giới thiệu Tuyển sinh Đào tạo Khoa học công nghệ Hợp tác quốc tế Sinh viên Cựu sinh viên"
    assert peel_menu(f"{header} {DATED_LEAD}") == (header, DATED_LEAD)


@pytest.mark.parametrize(
    "opening",
    [
        "Đại hội Hội Hữu nghị Việt Nam - Lào tỉnh Mẫu Sơn lần thứ 3",  # figures: a headline's
        "Ông Nguyễn Văn An Giám đốc Sở Ngoại vụ tỉnh Mẫu Sơn và đoàn công tác",  # a name
    ],
)
def test_a_heading_or_a_name_before_a_dated_lead_is_no_menu(opening: str) -> None:
    found = peel_menu(f"{opening} {DATED_LEAD}")
    assert found is None or found[0] != opening


@pytest.mark.parametrize("label", ["Xem video", "Nghe audio"])
def test_a_players_label_between_two_paragraphs_goes(label: str) -> None:
    second = "Tiếp đoàn, Phó Chủ tịch UBND tỉnh Mẫu Sơn thông tin về kết quả hợp tác giữa hai tỉnh năm nay."
    raw = vnsum(
        "Mẫu Sơn và Khăm Muồn trao đổi đoàn",
        "https://tvmau.vn/thoi-su/trao-doi-doan-a123.html",
        f"Chiều 12/12, đoàn đại biểu tỉnh Khăm Muồn (Lào) đã làm việc với lãnh đạo tỉnh Mẫu Sơn. "
        f"{label} {second} Hai bên thống nhất tổ chức hội nghị tổng kết vào quý I năm sau. Thu Hà",
    )
    body = convert(raw, "trang.txt", year=2024, sources={}).body
    assert label not in body
    assert second in body


@pytest.mark.parametrize("dash", ["–", "-"])
def test_a_writers_unit_in_brackets_may_hold_an_en_dash(dash: str) -> None:
    assert parse_byline(f"Hoàng Nam (Cao su Việt {dash} Lào)").author == "Hoàng Nam"
