"""A header's language switch written with spaces only (`VI EN`, `VN EN JP`), as with bars (`VI | EN`),
ends a unit where the lead's capital follows it on a one-line page, so the switch goes with the header
(`menus.SWITCH`, cut in `units`) even when a price cell before it already cut the header off."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert

_LEAD = "Sáng 3/12, cảng Mẫu đón tàu container có sức chở 16.000 TEU, lớn nhất từ trước tới nay."


def _page(header: str) -> bytes:
    return (
        "Title: Cảng Mẫu đón tàu 16.000 TEU\nSource: Cảng Mẫu\nLink: https://cangmau.example.vn/tau.html\n"
        "Published Date: 2026-12-04T10:00:00+07:00\nAuthor: \nTags: None\nSummary: Tàu lớn nhất cập cảng.\n"
        f"Content: {header} {_LEAD} Năm 2026, cảng ước đạt sản lượng 1,2 triệu TEU, tăng 9% so với năm trước.\n"
    ).encode()


@pytest.mark.parametrize(
    "header",
    [
        "Giới thiệu Dịch vụ Cổ đông Tin tức Tuyển dụng CMX 42.100 ▲ 1,20% VI EN",
        "Trang chủ Giới thiệu Lĩnh vực Dự án Quan hệ cổ đông Tin tức Liên hệ VN EN JP",
    ],
)
def test_a_spaced_language_switch_goes_with_the_header(header: str) -> None:
    body = convert(_page(header), "p.txt", year=2026).body
    assert body.startswith(_LEAD)
    assert "EN" not in body.split()
