"""A line that only names a place (`Tại Quảng Ngãi`, `Huyện Mường Tè`, a report's part headed by where
it happened) is no byline: a place's word or a preposition opens it, which no one's name does
(`bylines.parse_byline`, as `is_person` reads beside a stamp, test_prepositioned_places.py)."""

from __future__ import annotations

import pytest

from bantin.importer.bylines import parse_byline


@pytest.mark.parametrize("text", ["Tại Quảng Ngãi", "Ở Bình Nguyên", "Huyện Mường Tè", "Tỉnh Lào Cai"])
def test_a_place_alone_on_its_line_is_no_ones_name(text: str) -> None:
    byline = parse_byline(text)
    assert byline is None or byline.author is None


@pytest.mark.parametrize("text", ["Minh Quân", "Tạ Minh Anh", "TRẦN HẢI", "Thu Hà - Minh Đức"])
def test_names_alone_on_their_line_still_sign(text: str) -> None:
    byline = parse_byline(text)
    assert byline is not None and byline.author
