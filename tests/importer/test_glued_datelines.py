"""A place's dateline glued to the lead by the scraper (`An GiangBình oxy…`, `Hà Nội40 cựu chiến
binh…`, `VĨNH PHÚC-Hàng trăm…`) is set apart as a dateline; words glued otherwise stay as they are."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert
from bantin.importer.datelines import unglue_place


@pytest.mark.parametrize(
    ("glued", "apart"),
    [
        ("An GiangBình oxy phát nổ khiến xe cháy.", "An Giang - Bình oxy phát nổ khiến xe cháy."),
        ("Hà Nội40 cựu chiến binh hội ngộ.", "Hà Nội - 40 cựu chiến binh hội ngộ."),
        ("VĨNH PHÚC-Hàng trăm người chen lấn.", "VĨNH PHÚC - Hàng trăm người chen lấn."),
        ("Lâm ĐồngÔtô lao xuống vực.", "Lâm Đồng - Ôtô lao xuống vực."),
    ],
)
def test_a_place_glued_to_the_lead_is_a_dateline(glued: str, apart: str) -> None:
    assert unglue_place(glued) == apart


@pytest.mark.parametrize(
    "text",
    [
        "Ông BìnhAn nói rằng mọi việc đã xong.",  # no place before the glue
        "iPhone15 bán chạy ở Hà Nội.",
        "Hà Nội - Sáng nay, trời mưa.",  # already apart
        "Công ty VinFast công bố mẫu xe mới.",
    ],
)
def test_words_glued_otherwise_stay(text: str) -> None:
    assert unglue_place(text) == text


def test_the_imported_lead_opens_with_the_dateline_apart() -> None:
    raw = (
        "Title: Xe cấp cứu cháy\nSource: Vietnam.vn\nLink: https://www.vietnam.vn/xe-cap-cuu-chay\n"
        "Published Date: N/A\nAuthor: \nTags: None\nSummary: \nContent: An GiangBình oxy phát nổ khiến xe cấp "
        "cứu bốc cháy, một người bị thương. Vụ việc xảy ra trưa 16/2 trên quốc lộ 91. Lực lượng chức năng "
        "đã dập tắt đám cháy sau 20 phút.\n"
    ).encode()
    body = convert(raw, "trang.txt", year=2024, sources={}).body
    assert body.startswith("An Giang - Bình oxy phát nổ")
