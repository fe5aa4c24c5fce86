"""A portal's box counting its visitors (`Đang online: 21 | Hôm nay: 640 | Tổng: 1.902.337`) goes wherever it
stands, alone between two paragraphs (`visitor_counters`) or run into the next sentence, where it ends
after its last count, its labels with their colons (`split_bars.counter_cuts`); the story's figures,
with their units or inside a sentence, stay."""

from __future__ import annotations

from bantin.importer.split_bars import counter_cuts
from bantin.importer.units import split_units
from bantin.importer.visitor_counters import counter_box, visitor_counters

_AFTER = "Năm nay, đội được tăng cường 2 chuyên gia giám định và 1 máy dò kim loại loại mới."


def test_a_visitors_box_alone_is_the_sites() -> None:
    assert counter_box("Đang online: 21 | Hôm nay: 640 | Tổng: 1.902.337")
    assert counter_box("Thống kê truy cập: Đang truy cập 12 Hôm nay 1.208 Tổng 845.920")
    kinds = visitor_counters(
        [("prose", ""), ("short", ""), ("prose", "")], ["A.", "Đang online: 21 | Tổng: 9.100", "B."]
    )
    assert kinds[1][0] == "chrome"


def test_the_storys_figures_are_no_visitors_box() -> None:
    assert not counter_box("Hôm nay: 640 ca | Tổng: 1.902 ca")  # units after the counts
    assert not counter_box("Hôm nay: 640 | Tổng: 1.902.337")  # nothing counts visits
    assert not counter_box("Đang online: 21 người theo dõi trận đấu.")  # one part, a sentence


def test_a_visitors_box_with_colons_ends_after_its_last_count() -> None:
    text = f"Đội đã hồi hương 1.165 hài cốt. Đang truy cập: 9 | Trong ngày: 311 | Tổng: 845.920 {_AFTER}"
    assert counter_cuts(text) == {text.index(f" {_AFTER}")}
    assert _AFTER in split_units(text)
