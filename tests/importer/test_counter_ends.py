"""A counter's box run into the story between two sentences (`Thống kê truy cập: Đang online 35 | Hôm nay
1.208 Ban Quản lý …`) ends after its last count (`split_bars.counter_cuts`, for `units`): the box goes
whole, the sentence after it stays; a figure of the story's with no counter's pipe before it is no cut."""

from __future__ import annotations

from bantin.importer.split_bars import counter_cuts
from bantin.importer.units import split_units

_AFTER = "Ban Quản lý đang phối hợp với tỉnh A-tô-pư nâng cấp bãi kiểm hóa chung trong quý IV/2025."
_TEXT = f"Kim ngạch đạt 96,5 triệu USD. Thống kê truy cập: Đang online 35 | Hôm nay 1.208 {_AFTER}"


def test_a_counters_box_ends_after_its_last_count() -> None:
    assert counter_cuts(_TEXT) == {_TEXT.index(" Ban Quản lý")}
    assert _AFTER in split_units(_TEXT)


def test_a_figure_of_the_storys_is_no_counter() -> None:
    assert counter_cuts(f"Kim ngạch đạt 96,5 triệu USD. Hôm nay 1.208 {_AFTER}") == set()
    assert counter_cuts(f"Giá vàng | Hôm nay 76.000 {_AFTER}") == set()  # no count before the pipe
    assert counter_cuts("Đang online 35 | Hôm nay 1.208 Ban Quản lý họp.") == set()  # no sentence after
