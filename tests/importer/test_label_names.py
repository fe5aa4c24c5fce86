"""A photo's credit is no writer: a label and its colon inside a run of capitals (`Ảnh: TTXVN`) make it
a credit, not someone's name, while a byline's label before a name still names the writer."""

from __future__ import annotations

from bantin.importer.bylines import is_name, parse_byline


def test_a_label_with_its_colon_is_no_part_of_a_name() -> None:
    assert not is_name("Ảnh: TTXVN")
    assert not is_name("Nguồn: Bộ Ngoại giao")
    assert is_name("Minh Anh - Hồng Nhung")


def test_a_photo_credit_alone_names_no_author() -> None:
    assert parse_byline("Ảnh: TTXVN") is None or parse_byline("Ảnh: TTXVN").author is None


def test_a_labelled_byline_still_names_its_writer() -> None:
    assert (parse_byline("Bài, ảnh: Minh Anh") or parse_byline("")).author == "Minh Anh"
    assert (parse_byline("PV: Hoàng Long - KTV: Đức Anh") or parse_byline("")).author == "Hoàng Long"
