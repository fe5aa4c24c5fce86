"""A place behind a preposition (`Tại Quảng Ngãi`, `Ở Bình Nguyên`, `Theo Minh Quân`'s credit) is no
one's name (`bylines.is_person`): beside a stamp it is a dateline, not a writer's byline."""

from __future__ import annotations

import pytest

from bantin.importer.bylines import is_person, parse_byline


@pytest.mark.parametrize("text", ["Tại Quảng Ngãi", "Ở Bình Nguyên", "Trong Thanh Hóa", "Theo Minh Quân"])
def test_a_place_behind_a_preposition_is_no_person(text: str) -> None:
    assert not is_person(text)


@pytest.mark.parametrize("text", ["Minh Quân", "Tạ Minh Anh", "Ông Lê Văn Tám"])
def test_names_stay_persons(text: str) -> None:
    assert is_person(text)


def test_a_prepositioned_place_beside_a_stamp_is_no_byline() -> None:
    assert parse_byline("Tại Bình Nguyên - 16/02/2024") is None
    found = parse_byline("Minh Anh - 16/02/2024")
    assert found is not None and found.author == "Minh Anh"
