"""A credit wholly in brackets closing a story (`(Theo Tổng Lãnh sự quán Hàn Quốc tại TP Hồ Chí
Minh)`) names its source even when the office with its seat runs past six words, up to twelve; the
same words without brackets, or a clause in them, are no credit (`bylines._outlet_like`)."""

from __future__ import annotations

from bantin.importer.bylines import parse_byline


def test_an_office_with_its_seat_in_brackets_is_a_credit() -> None:
    found = parse_byline("(Theo Tổng Lãnh sự quán Nhật Bản tại TP Hồ Chí Minh)")
    assert found is not None and found.source == "Tổng Lãnh sự quán Nhật Bản tại TP Hồ Chí Minh"
    assert found.author is None


def test_short_credits_are_read_as_before() -> None:
    assert parse_byline("(Theo Bộ Ngoại giao)").source == "Bộ Ngoại giao"
    assert parse_byline("Theo Reuters").source == "Reuters"


def test_a_long_credit_without_brackets_or_a_clause_in_them_is_none() -> None:
    unbracketed = parse_byline("Theo Tổng Lãnh sự quán Nhật Bản tại TP Hồ Chí Minh")
    assert unbracketed is None or unbracketed.source is None
    clause = parse_byline("(Theo Bộ Y tế, số ca mắc sốt xuất huyết trong tuần tăng 12%)")
    assert clause is None or clause.source is None
    counted = parse_byline("(Theo Quyết định số 1234 của Thủ tướng Chính phủ năm 2026)")
    assert counted is None or counted.source is None
