"""A wire-style dateline (`HOUSTON, Texas (NV) – `) run in after a page's header is where the lead
starts: the header is cut off before the place, and the dateline stays with its sentence."""

from __future__ import annotations

from bantin.importer.place_datelines import dateline_start
from bantin.importer.units import _peel


def test_the_dateline_ending_a_header_is_found() -> None:
    before = "Cộng đồng Thời sự Mai Lan/Người Việt SAN JOSE, California (NV) –"
    assert before[dateline_start(before) :] == "SAN JOSE, California (NV) –"
    assert dateline_start("HOUSTON (NV) -") == 0


def test_no_dateline_no_cut() -> None:
    assert dateline_start("Trang chủ Thời sự Hà Nội (TTXVN) –") is None  # no place in capitals
    assert dateline_start("Tin nóng A (NV) –") is None  # a lone capital is no place


def test_the_header_goes_and_the_dateline_stays_with_the_lead() -> None:
    lead = (
        "SAN JOSE, California (NV) – Hàng trăm người đã tham dự buổi lễ tưởng niệm tổ chức tại "
        "trung tâm cộng đồng vào chiều Chủ Nhật, theo ban tổ chức."
    )
    assert _peel(f"Trang chủ Cộng đồng Thời sự Rao vặt Mai Lan/Người Việt {lead}")[-1] == lead
