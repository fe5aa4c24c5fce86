"""A newsroom's list of its other long reads named by their format under the story (`Emagazine khác`,
`Các E-Magazine khác`, `Infographic khác`, `Longform liên quan`; bantin/importer/vocabulary.py's
`LIST_NOUNS`, blind round fixtures/blind_laos12.yml), run into the e-magazine's closing credits and the
footer of a one-line body: it heads a list of other stories, which goes with its headline; the credits
stay and name the author."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert
from bantin.importer.vocabulary import RELATED_HEADERS

from .scrapes import vnsum


@pytest.mark.parametrize(
    "header",
    ["emagazine khác", "các e-magazine khác", "infographic khác", "longform liên quan", "megastory khác"],
)
def test_a_formats_list_is_a_related_header(header: str) -> None:
    assert header in RELATED_HEADERS


def test_the_list_after_the_credits_goes() -> None:
    story = (
        "Từ năm 2001, công ty đã làm hơn 600 km đường ở 5 tỉnh Nam Lào. "
        "Phần 1: Những mùa mưa trên đường 16 Năm 2001, đoàn kỹ sư đầu tiên sang Pắc-xế với 30 người. "
        "Năm 2026, công ty nâng cấp 54 km đường 16 đến cửa khẩu Phu Cưa, mặt đường rộng 9 m."
    )
    tail = (
        "Emagazine khác Quảng Nam khánh thành cầu qua sông Thu Bồn Công ty Cổ phần Đường bộ Mẫu. "
        "12 Lê Lợi, Đà Nẵng"
    )
    page = vnsum(
        "25 năm làm đường ở Nam Lào",
        "https://duongbomau.vn/emagazine/25-nam-lam-duong-o-nam-lao.html",
        f"{story} Nội dung: Trần Thu Hà - Ảnh: Lê Minh - Trình bày: Ngọc Anh {tail}",
        summary="Từ năm 2001, công ty đã làm hơn 600 km đường ở 5 tỉnh Nam Lào.",
        date="2026-09-02T07:00:00+07:00",
    )
    converted = convert(page, "a.txt")
    assert "Emagazine khác" not in converted.body and "Thu Bồn" not in converted.body
    assert "Trình bày: Ngọc Anh" in converted.body
    assert converted.front.author == "Trần Thu Hà"
