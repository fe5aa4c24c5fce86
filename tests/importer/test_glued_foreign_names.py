"""Pieces a scraper glued with no space where a foreign name or a label in capitals meets a Vietnamese
word (`core.glued_words`): a row ending in a foreign name glued to the next row (`… 0-1
IndonesiaViệt Nam …`), a photo's credit glued to a label in capitals (`Ảnh: Phan SơnĐỌC THÊM: …`,
`credit_ends.to_glue`); brands that glue words of their own stay whole."""

from __future__ import annotations

import pytest

from bantin.core.glued_words import glued_words
from bantin.importer.convert import convert


def _after(text: str) -> list[str]:
    return [text[cut:] for cut in glued_words(text)]


def test_a_row_ending_in_a_foreign_name_glued_to_the_next_is_cut() -> None:
    assert _after("Việt Nam 0-1 IndonesiaViệt Nam 2-3 Iraq") == ["Việt Nam 2-3 Iraq"]


def test_a_credit_glued_to_a_label_in_capitals_is_cut() -> None:
    assert _after("Ảnh: Phan SơnĐỌC THÊM: Nha Trang đón khách") == ["ĐỌC THÊM: Nha Trang đón khách"]


@pytest.mark.parametrize(
    "text", ["VietNam Airlines", "TikTok Việt Nam", "GrabFood giao hàng", "Nhà hàng PHỞ BÒ"]
)
def test_brands_stay_whole(text: str) -> None:
    assert glued_words(text) == []


def _body(content: str) -> str:
    page = (
        "Title: Khánh Hòa đón tàu du lịch quốc tế\nSource: kinhtexahoi.vn\n"
        "Link: https://kinhtexahoi.vn/du-lich/khanh-hoa-don-tau-du-lich-quoc-te-a1.html\n"
        "Published Date: 2024-02-14T18:25:00+07:00\nAuthor: \nTags: None\nSummary: \n"
        f"Content: {content}\n"
    )
    return convert(page.encode(), "page.txt", year=2024).body


def test_the_caption_keeps_its_credit_and_the_label_run_into_it_goes() -> None:
    body = _body(
        "Sáng 14/2, tàu du lịch Spectrum of the Seas đưa gần 5.000 khách quốc tế cập cảng Nha Trang, mở đầu "
        "mùa du lịch tàu biển năm 2024.Du khách quốc tế rời tàu tại cảng Nha Trang. Ảnh: Phan SơnĐỌC THÊM: "
        "Nha Trang đón hơn 1 triệu lượt khách quốc tế năm 2023Theo Sở Du lịch Khánh Hòa, năm 2024 dự kiến có "
        "hơn 70 chuyến tàu biển quốc tế cập cảng Nha Trang và Cam Ranh. Phan Sơn"
    )
    assert "Du khách quốc tế rời tàu tại cảng Nha Trang. *Ảnh: Phan Sơn*" in body
    assert "ĐỌC THÊM" not in body and "1 triệu lượt" not in body
    assert "Theo Sở Du lịch Khánh Hòa, năm 2024" in body
