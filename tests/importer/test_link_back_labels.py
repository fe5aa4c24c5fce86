"""A paper's name stamped with its time over the story (`Tạp chí Đồi Mây 07:25 14/11/2026`) names the
publisher of a page an aggregator reposts, which the page shows by its link back to the original: `Xem
nguồn`, `Xem bài gốc`, and `Xem bản gốc` too (reposts.py). Without a link back the name stays none of
the page's: a site's own page in the one-line layout runs its name, its section and its time together
over the story (`Đồi Mây Ngân hàng 08/10/2024 08:15`)."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert

STORY = [
    "Ngày 13/11, UBND tỉnh Đồi Mây cho biết đã di dời khẩn cấp 317 hộ dân ra khỏi vùng có nguy cơ sạt lở.",
    "Mưa lớn kéo dài từ ngày 9/11 khiến nhiều vết nứt trên sườn đồi mở rộng tới 40 cm.",
    "Tỉnh đã hỗ trợ mỗi người 15 kg gạo và 300.000 đồng tiền ăn trong thời gian tạm cư.",
]
LEAD = "Sau nhiều ngày mưa lớn, chính quyền khẩn cấp di dời hơn 300 hộ dân đến nơi an toàn."
PAPER = "Tạp chí Đồi Mây"
TITLE = "Đồi Mây di dời hơn 300 hộ dân khỏi vùng sạt lở"


def _raw(stamp: str, tail: list[str]) -> str:
    return "\n".join([TITLE, "", stamp, *STORY, "Lê Sơn", *tail, "", "", "", LEAD])


def _flat(stamp: str, tail: list[str]) -> str:
    return "\n".join([TITLE, LEAD, " ".join([stamp, *STORY, "Lê Sơn", *tail])])


@pytest.mark.parametrize("render", [_raw, _flat])
def test_the_paper_stamped_over_a_page_that_links_to_its_original_is_the_publisher(render) -> None:
    page = render(f"{PAPER} 07:25 14/11/2026", ["Xem bản gốc", "Tin liên quan"])
    done = convert(page.encode(), "page.txt", year=2017, sources={})
    assert done.front.source == PAPER
    assert str(done.front.date) == "2026-11-14"
    assert "07:25" not in done.body and STORY[0] in done.body


def test_a_sites_own_name_and_section_over_its_one_line_page_name_no_publisher() -> None:
    page = _flat("Đồi Mây Ngân hàng 08/10/2024 08:15", ["Tin cùng chủ đề", "Lãi suất tiết kiệm tăng nhẹ"])
    done = convert(page.encode(), "page.txt", year=2017, sources={})
    assert done.front.source != "Đồi Mây Ngân hàng"
