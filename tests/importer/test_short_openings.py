"""A story opening with a short whole sentence whose grammar words tie its figures together (`Bị cáo
lĩnh 18 tháng tù.`) keeps it under the page's ticker of prices, which goes; a breadcrumb closed by a
stop over the lead (`Trang chủ Pháp luật Hồ sơ vụ án.`), no grammar word in it, is no such sentence.
The pages are written for these tests."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert

TICKER = "USD 25.120 ▲ 15 | EUR 27.080 ▼ 10 | Vàng SJC 82,10 ▲ 0,30"
STORY = [
    "Ngày 20/6, TAND tỉnh mở phiên sơ thẩm xét xử bị cáo Trần Văn Lực về tội lừa đảo chiếm đoạt tài sản.",
    "Theo cáo trạng, Lực đã chiếm đoạt hơn 2,3 tỷ đồng của 14 người qua các hợp đồng mua bán đất giả.",
    "Bị cáo phải bồi thường toàn bộ số tiền cho các bị hại.",
]
LEAD = "Một bị cáo lừa bán đất nền bằng hợp đồng giả lĩnh án tù tại phiên sơ thẩm ngày 20/6."


def _raw(*lines: str) -> str:
    page = "\n".join(["Lừa bán đất bằng hợp đồng giả, lĩnh án tù", "", *lines, "", "", "", LEAD])
    return convert(page.encode(), "page.txt", year=2017).body


@pytest.mark.parametrize("opening", ["Bị cáo lĩnh 18 tháng tù.", "18 tháng tù cho kẻ lừa bán đất nền."])
def test_a_short_sentence_opening_the_story_stays_under_a_ticker(opening: str) -> None:
    body = _raw(TICKER, opening, *STORY)
    assert opening in body and "25.120" not in body


def test_a_breadcrumb_over_the_lead_is_no_such_sentence() -> None:
    body = _raw(TICKER, "Trang chủ Pháp luật Hồ sơ vụ án.", *STORY)
    assert "Hồ sơ vụ án" not in body and STORY[0] in body
