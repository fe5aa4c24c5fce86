"""A dateline glued to the lead's first word after the page's menu (`… Thị trường CẦN THƠ -Theo Hiệp hội
…`, `… Hà Nội (HNP)Chiều 2/12, …`, `… Giá xe HÀ NỘI -Ngày 1/8, …`): the space is put back, the menu
goes, and the dateline stays with the lead it opens."""

from __future__ import annotations

from bantin.importer.anchors import cut_at_anchors
from bantin.importer.furniture import Unit
from bantin.importer.glued_datelines import space_glued_dateline
from bantin.importer.place_datelines import dateline_start
from bantin.importer.units import _peel

_LEAD = (
    "CẦN THƠ - Theo Hiệp hội Chế biến và Xuất khẩu thủy sản (VASEP), xuất khẩu tôm 10 tháng năm 2024 "
    "đạt 3,2 tỷ USD."
)


def test_a_glued_dateline_gets_its_space_back() -> None:
    assert space_glued_dateline("Thị trường CẦN THƠ -Theo Hiệp hội") == "Thị trường CẦN THƠ - Theo Hiệp hội"
    assert space_glued_dateline("Hà Nội (HNP)Chiều 2/12,") == "Hà Nội (HNP) Chiều 2/12,"
    for kept in ("Jae-Hyun", "U23 -Ngày", "(CDC)cho biết", "HÀ NỘI - Ngày"):
        assert space_glued_dateline(kept) == kept


def test_a_place_and_its_dash_alone_end_a_header() -> None:
    before = "Thời sự Nuôi trồng Khai thác Thị trường CẦN THƠ -"
    assert before[dateline_start(before) :] == "CẦN THƠ -"
    assert dateline_start("Thời sự Thị trường -") is None  # no place in capitals


def test_the_menu_goes_and_the_dateline_stays() -> None:
    assert _peel(f"Thời sự Nuôi trồng Khai thác Thị trường {_LEAD}")[-1] == _LEAD


def test_the_summarys_words_after_a_dateline_of_two_words_keep_it() -> None:
    lead = (
        "HÀ NỘI - Ngày 1/8, VinFast bàn giao đồng loạt lô xe VF 3 đầu tiên cho khách hàng tại 63 tỉnh, thành."
    )
    units = cut_at_anchors(
        [Unit(0, f"Ô tô Xe máy Đánh giá xe Giá xe {lead}")],
        (
            "VinFast bàn giao lô VF 3 đầu tiên",
            "VinFast bàn giao đồng loạt lô xe VF 3 đầu tiên cho khách hàng.",
        ),
    )
    assert [unit.text for unit in units] == ["Ô tô Xe máy Đánh giá xe Giá xe", lead]


def test_an_outlets_tag_before_its_dash_is_no_place() -> None:
    assert dateline_start("Tin nóng Bão số 3 đang tiến vào vịnh Bắc Bộ VOV.VN -") is None
    assert dateline_start("Thời sự Xã hội TTXVN -") is None
    assert dateline_start("Thời sự Xã hội HUẾ -") is not None
