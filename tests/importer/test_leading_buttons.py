"""A box opening with its button, then its parts between pipes, run into the story between two sentences
(`… KCl/năm. Đặt mua tạp chí | Số mới nhất: Số 4/2025 Theo Bộ …`, `button_bars`): it is cut off whole,
its last field's value with it, and goes; a table's row, opening with a field, stays."""

from __future__ import annotations

from bantin.importer.button_bars import button_bar, button_bar_cuts

_BEFORE = "Công suất thiết kế giai đoạn 1 là 300.000 tấn KCl/năm. "
_AFTER = " Theo Bộ Năng lượng và Mỏ Lào, đây là dự án kali đầu tiên của nhà đầu tư nước ngoài tại Khăm Muộn."


def _cut(box: str) -> list[str]:
    text = f"{_BEFORE}{box}{_AFTER}"
    cuts = sorted(button_bar_cuts(text))
    return [text[a:b] for a, b in zip(cuts[::2], cuts[1::2], strict=True)]


def test_a_box_opening_with_its_button_goes_whole() -> None:
    box = "Đặt mua tạp chí | Số mới nhất: Số 4/2025"
    assert _cut(box) == [box]
    assert button_bar(box, f"{_BEFORE}{box}{_AFTER}")


def test_a_tables_row_opening_with_a_field_stays() -> None:
    row = "Sản lượng: 300.000 tấn | Vốn: 522 triệu USD"
    assert _cut(row) == []
    assert not button_bar(row, f"{_BEFORE}{row}{_AFTER}")
