"""The furniture of international broadcasters' Vietnamese pages: their stamp in ISO form with
seconds and their English buttons (`2024-12-01 11:30:00 Print Share`) run into the lead, and their
lists' headers (`Được đọc nhiều nhất`, `Các chủ đề khác`, `Khám phá thêm`)."""

from __future__ import annotations

from bantin.importer.furniture import STAMP
from bantin.importer.units import _peel
from bantin.importer.vocabulary import RELATED_HEADERS

_LEAD = (
    "Cơ quan thống kê cho biết giá tiêu dùng trong tháng 11 đã tăng 2,1% so với cùng kỳ năm ngoái, "
    "cao hơn mức dự báo của các nhà kinh tế."
)


def test_an_iso_stamp_with_seconds_is_a_stamp() -> None:
    assert STAMP.search("Tin tức 2025-03-14 08:05:00").group(0) == "2025-03-14 08:05:00"
    assert STAMP.search("mã số 2025-03-14 0805") is None


def test_the_stamp_and_english_buttons_go_off_the_lead() -> None:
    assert _peel(f"Tin tức Kinh tế 2025-03-14 08:05:00 Print Share {_LEAD}")[-1] == _LEAD


def test_a_broadcasters_list_headers_are_related_headers() -> None:
    assert {"được đọc nhiều nhất", "các chủ đề khác", "chủ đề khác", "khám phá thêm"} <= set(RELATED_HEADERS)
