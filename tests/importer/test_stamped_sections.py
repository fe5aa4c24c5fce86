"""An aggregator's label of the section it filed a reposted story under, on its own line right under the
paper's stamp (`Hội Nông dân tỉnh Bắc Giang 16:05 06/12/2026` | `Nông nghiệp` | the lead), goes with the
stamp whatever desk it names (`stamped_sections`); a writer's name there stays, and so does a line
that is no label (a figure in it, a sentence)."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert

_LEAD = "Năm 2026, Quỹ Hỗ trợ nông dân các cấp giải ngân 52 tỷ đồng cho hơn 1.300 hội viên vay phát triển sản xuất."


def _page(under: str) -> bytes:
    return "\n".join(
        [
            "Quỹ Hỗ trợ nông dân giải ngân 52 tỷ đồng",
            "",
            "Hội Nông dân tỉnh Bắc Giang 16:05 06/12/2026",
            under,
            _LEAD,
            "Tỷ lệ nợ quá hạn chỉ 0,3%, nhiều mô hình vay vốn cho thu nhập hàng trăm triệu đồng mỗi năm.",
            "Xuân Hòa",
            "Xem nguồn",
            "",
            "",
            "",
            "Quỹ Hỗ trợ nông dân các cấp giải ngân 52 tỷ đồng cho hơn 1.300 hội viên.",
        ]
    ).encode()


@pytest.mark.parametrize("label", ["Nông nghiệp", "Biển đảo", "Kinh tế"])
def test_the_section_under_the_stamp_goes(label: str) -> None:
    body = convert(_page(label), "page.txt", year=2026).body
    assert label not in body
    assert body.startswith("Năm 2026, Quỹ Hỗ trợ nông dân")


def test_a_writer_under_the_stamp_stays() -> None:
    body = convert(_page("Minh Châu"), "page.txt", year=2026).body
    assert body.startswith("Minh Châu\n")  # a credit over the story, as the importer keeps one


def test_a_line_with_a_figure_is_no_label() -> None:
    body = convert(_page("Năm 2026 có 52 tỷ"), "page.txt", year=2026).body
    assert "Năm 2026 có 52 tỷ" in body
