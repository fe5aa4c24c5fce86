"""A ticker of prices with arrows over a one-line page (vnsum's `Content:`), run into the story's first sentence, goes,
however short that sentence is (`Bị cáo lĩnh 18 tháng tù.`) and whatever word in capitals it opens
with (`Giá vàng miếng SJC tăng …`); a label of figures after it that could not stand as the story's
first sentence (`Tỷ giá trung tâm: 24.012 VND/USD.`) is left glued: kept, not lost. The pages are
written for these tests."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert
from bantin.importer.tickers import peel_ticker

from .scrapes import vnsum

TICKER = "USD 25.120 ▲ 15 | EUR 27.080 ▼ 10 | Vàng SJC 82,10 ▲ 0,30"
STORY = (
    "Ngày 20/6, TAND tỉnh mở phiên sơ thẩm xét xử bị cáo Trần Văn Lực về tội lừa đảo chiếm đoạt tài sản. "
    "Theo cáo trạng, Lực đã chiếm đoạt hơn 2,3 tỷ đồng của 14 người qua các hợp đồng mua bán đất giả."
)


def _one_line(opening: str) -> str:
    content = f"Pháp luật 20/06/2024 15:02 {TICKER} {opening} {STORY} Minh Châu"
    scrape = vnsum(
        "Lừa bán đất bằng hợp đồng giả, lĩnh án tù", "https://baomau.vn/lua-ban-dat-a123.html", content
    )
    return convert(scrape, "page.txt", year=2024, sources={}).body


@pytest.mark.parametrize(
    "opening",
    [
        "Bị cáo lĩnh 18 tháng tù tại phiên sơ thẩm.",
        "Giá vàng miếng SJC tăng 500.000 đồng lên 82,1 triệu đồng/lượng.",
    ],
)
def test_a_ticker_run_into_the_storys_first_sentence_goes(opening: str) -> None:
    body = _one_line(opening)
    assert opening in body and "25.120" not in body


def test_a_label_that_cannot_open_the_story_stays_glued() -> None:
    assert peel_ticker(f"{TICKER} Tỷ giá trung tâm: 24.012 VND/USD.") is None
    assert "Tỷ giá trung tâm: 24.012 VND/USD." in _one_line("Tỷ giá trung tâm: 24.012 VND/USD.")


def test_a_sentence_with_one_arrow_is_no_ticker() -> None:
    assert peel_ticker("Giá USD ▲ 20 đồng sáng nay. Ngân hàng Nhà nước giữ nguyên tỷ giá trung tâm.") is None
