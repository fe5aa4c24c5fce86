"""The summary as an anchor of the article's start (bantin/importer/anchors.py): what stands before its
opening words in the first units is cut off, unless it is the lead's own opening clause."""

from __future__ import annotations

import pytest

from bantin.importer.anchors import cut_at_anchors
from bantin.importer.furniture import Unit

HEADLINE = "Lễ hội Bunpimay của cộng đồng người Lào tại Hà Nội"
SUMMARY = "Đại sứ quán Lào tại Việt Nam tổ chức Tết cổ truyền Bunpimay cho cộng đồng người Lào tại Hà Nội."


@pytest.mark.parametrize(
    "opening",
    ["(HNMO) - Ngày 13/4, ", "Ngày 13/4, ", "Sáng 13/4, ", "TTO - Chiều tối 13/4, ", "Theo TTXVN, "],
)
def test_the_leads_opening_clause_the_summary_skips_stays_with_it(opening: str) -> None:
    lead = opening + SUMMARY
    assert [u.text for u in cut_at_anchors([Unit(0, lead)], (HEADLINE, SUMMARY))] == [lead]


def test_a_menu_before_the_opening_clause_is_cut_off() -> None:
    units = cut_at_anchors(
        [Unit(0, f"Trang chủ Thời sự Đăng nhập Ngày 13/4, {SUMMARY}")], (HEADLINE, SUMMARY)
    )
    assert [u.text for u in units] == ["Trang chủ Thời sự Đăng nhập", f"Ngày 13/4, {SUMMARY}"]


def test_a_menu_before_the_summarys_own_opening_is_cut_off() -> None:
    units = cut_at_anchors([Unit(0, f"Trang chủ Thời sự Đăng nhập {SUMMARY}")], (HEADLINE, SUMMARY))
    assert [u.text for u in units] == ["Trang chủ Thời sự Đăng nhập", SUMMARY]


def test_a_sentences_own_words_before_the_summarys_cut_nothing() -> None:
    lead = f"Trong không khí vui tươi, {SUMMARY}"
    assert [u.text for u in cut_at_anchors([Unit(0, lead)], (HEADLINE, SUMMARY))] == [lead]


def test_the_summarys_words_in_the_leads_brackets_cut_nothing() -> None:
    summary = "Sở Y tế tỉnh vừa phát hiện một cơ sở kinh doanh thuốc không rõ nguồn gốc."
    lead = "Thanh tra khu vực II (Sở Y tế tỉnh) vừa phát hiện một cơ sở kinh doanh thuốc không rõ nguồn gốc."
    assert [u.text for u in cut_at_anchors([Unit(0, lead)], (HEADLINE, summary))] == [lead]


def test_a_datelines_bracket_after_a_menu_is_still_cut_off() -> None:
    units = cut_at_anchors(
        [Unit(0, f"Trang chủ Thời sự (HNMO) - {SUMMARY}")], (HEADLINE, f"(HNMO) - {SUMMARY}")
    )
    assert [u.text for u in units] == ["Trang chủ Thời sự", f"(HNMO) - {SUMMARY}"]


def test_the_summarys_words_inside_the_leads_clause_cut_nothing() -> None:
    """The summary's words stand inside the lead, after a clause of its own (`…, đưa | Nhật Bản trở
    thành …`): the sentence goes on in lower case after its comma, no menu ends so."""
    summary = "Nhật Bản trở thành quốc gia thứ năm đưa tàu thăm dò đổ bộ thành công lên Mặt trăng."
    lead = (
        "Tin nóng: Giá xăng giảm Cơ quan vũ trụ JAXA cho biết tàu SLIM đã hạ cánh lúc 0h20 ngày 20/1 "
        "(giờ Tokyo), đưa Nhật Bản trở thành quốc gia thứ năm làm được điều này."
    )
    assert [u.text for u in cut_at_anchors([Unit(0, lead)], ("Tàu SLIM lên Mặt trăng", summary))] == [lead]
