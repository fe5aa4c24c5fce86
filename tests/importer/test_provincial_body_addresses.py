"""A province's body known only by its address (`sotaichinh.bacninh.gov.vn`), whose titles end with its
name (`… - Sở Tài chính tỉnh Bắc Ninh`): the address spells the body's label and the province's, leaving
out the `tỉnh` (a city's `thành phố`, `TP`) the name says (`spelled.spells_body`), so the suffix is the
source even where the page prints the name too, or runs past six words (`… - Sở Y tế thành phố Hà
Nội`); a suffix that spells no such address (a place of the story) is not."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert

_STORY = (
    "Theo số liệu của {name}, 11 tháng năm 2026, tỉnh thu hút 1,2 tỷ USD vốn đầu tư nước ngoài, tăng "
    "14% so với cùng kỳ. Vốn tập trung vào linh kiện điện tử và logistics."
)


def _page(address: str, suffix: str, name: str) -> bytes:
    return (
        f"Title: Thu hút 1,2 tỷ USD vốn FDI - {suffix}\nSource: {address}\nLink: https://{address}/fdi.html\n"
        "Published Date: 2026-12-03T10:00:00+07:00\nAuthor: \nTags: None\nSummary: Vốn FDI tăng 14%.\n"
        f"Content: Trang chủ Tin tức Đầu tư {_STORY.format(name=name)} Minh Ngọc\n"
    ).encode()


@pytest.mark.parametrize(
    ("address", "suffix"),
    [
        ("sotaichinh.bacninh.gov.vn", "Sở Tài chính tỉnh Bắc Ninh"),
        ("sotuphap.quangninh.gov.vn", "Sở Tư pháp tỉnh Quảng Ninh"),
        ("thongke.laocai.gov.vn", "Thống kê tỉnh Lào Cai"),
        ("soyte.hanoi.gov.vn", "Sở Y tế thành phố Hà Nội"),  # a city's `thành phố`
        ("sotuphap.danang.gov.vn", "Sở Tư pháp TP Đà Nẵng"),
    ],
)
def test_the_body_its_address_spells_is_the_source(address: str, suffix: str) -> None:
    front = convert(_page(address, suffix, suffix), "p.txt", year=2026).front
    assert front.title == "Thu hút 1,2 tỷ USD vốn FDI"
    assert front.source == suffix


def test_a_name_spelling_no_body_of_the_address_is_not() -> None:
    front = convert(_page("sotaichinh.bacninh.gov.vn", "Kinh tế Bắc Ninh", "Sở"), "p.txt", year=2026).front
    assert front.source != "Kinh tế Bắc Ninh"
