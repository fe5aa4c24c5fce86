"""A series' part printed over the lead as the page's headline names it (`Bài 2: …` under `… (Bài 2:
…)`) is the story's kicker and stays; a menu before it goes, and the links to the series' other parts
under the story go. The pages are written for these tests."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert
from bantin.importer.headline_parts import names_headline_part

from .scrapes import vnsum

HEADLINE = "Đồn biên phòng giữa đại ngàn (Kỳ 2: Những mùa mưa lũ)"


@pytest.mark.parametrize(
    "text", ["Kỳ 2: Những mùa mưa lũ", "KỲ 2: NHỮNG MÙA MƯA LŨ", "Kỳ 2 - Những mùa mưa lũ"]
)
def test_the_part_the_headline_names_is_the_headlines(text: str) -> None:
    assert names_headline_part(text, HEADLINE)


@pytest.mark.parametrize(
    "text",
    [
        "Kỳ 1: Đường lên cột mốc",  # another part: a link to another page
        "Những mùa mưa lũ",  # no part's label: a headline of its own
        "Tin liên quan",
    ],
)
def test_another_part_or_a_line_with_no_label_is_not(text: str) -> None:
    assert not names_headline_part(text, HEADLINE)
    assert not names_headline_part(text, "")


def test_the_kicker_stays_over_the_lead_and_the_other_parts_go() -> None:
    lead = "Mùa mưa năm nay, cán bộ, chiến sĩ đồn biên phòng đã giúp dân bản di dời hơn 40 nóc nhà khỏi vùng sạt lở."
    content = (
        f"Biên phòng Biên giới Đồn - Trạm Kỳ 2: Những mùa mưa lũ {lead} Trong đêm lũ về, tổ công tác lội suối"
        " đưa 12 cụ già và trẻ nhỏ lên điểm tránh trú an toàn. Minh Hà Kỳ 1: Đường lên cột mốc"
        " Kỳ 3: Giữ bình yên bản làng"
    )
    body = convert(
        vnsum(HEADLINE, "https://bienphong.example.vn/ky-2-nhung-mua-mua-lu.html", content, summary=lead),
        "page.txt",
        year=2024,
    ).body
    assert "Kỳ 2: Những mùa mưa lũ" in body and lead in body
    assert "Đường lên cột mốc" not in body and "Giữ bình yên" not in body and "Đồn - Trạm" not in body
