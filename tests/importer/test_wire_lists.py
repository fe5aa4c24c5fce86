"""A world story's closing list of the foreign wires it was translated from, one of them by its
Vietnamese name (`(Theo Reuters, Tân Hoa xã)` over the translator's name, blind_sample12), stays in the
text as `(Theo Reuters, Kyodo)` does; a list naming a Vietnamese outlet is a re-post's credit, as before."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert
from bantin.importer.translated_credits import translated

from .scrapes import vnsum

FIRST = "Ngày 10/11, hội nghị bộ trưởng các nước thành viên khai mạc tại Bắc Kinh, Trung Quốc."
LAST = "Các bộ trưởng dự kiến ra tuyên bố chung về thương mại điện tử vào ngày bế mạc 11/11."


@pytest.mark.parametrize(
    "credit",
    ["(Theo Reuters, Tân Hoa xã)", "(Theo Tân Hoa xã, AFP)", "(Theo Tân Hoa xã)", "(Theo AFP và Kyodo)"],
)
def test_a_list_of_foreign_wires_stays_over_its_translator(credit: str) -> None:
    page = vnsum(title="Khai mạc hội nghị bộ trưởng tại Bắc Kinh", link="https://thegioi-mau.vn/the-gioi/a1.html",
                 content=f"{FIRST} {LAST} {credit} Minh Anh Tin mới", date="2026-11-10T09:00:00+07:00")  # fmt: skip
    converted = convert(page, "page.txt", year=2026)
    assert credit in converted.body
    assert converted.front.author == "Minh Anh"


@pytest.mark.parametrize("source", ["Reuters, Tuổi Trẻ", "Tuổi Trẻ", "Tân Hoa xã, Thanh Niên"])
def test_a_list_with_a_vietnamese_outlet_is_no_translation(source: str) -> None:
    assert translated(f"(Theo {source})", source, None, wires=True) is None


def test_a_list_of_wires_is_a_translation_s_sources() -> None:
    assert translated("(Theo Reuters, Tân Hoa xã)", "Reuters, Tân Hoa xã", None, wires=True) == (
        "(Theo Reuters, Tân Hoa xã)"
    )
