"""The provinces' papers merged with their radio-TV stations in 2025 (fixtures/blind_sample6.yml): a
title's suffix naming one by its short name (`… - Báo và PT-TH Thái Nguyên`) goes as the site's name,
and a credit naming one in full (`Theo Báo và Phát thanh, Truyền hình Lào Cai`, `Theo Đài Phát thanh và
Truyền hình Hải Phòng`) names the source, its spelled-out kind counting as one word as `PT-TH` does."""

from __future__ import annotations

import pytest

from bantin.importer.bylines import is_source_name, parse_byline
from bantin.importer.masthead_names import short_kind
from bantin.importer.suffixes import source_of_title


@pytest.mark.parametrize(
    ("title", "site"),
    [
        ("Khai mạc Lễ hội Trà Thái Nguyên năm 2025 - Báo và PT-TH Thái Nguyên", "Báo và PT-TH Thái Nguyên"),
        (
            "Sạt lở bờ biển Tây uy hiếp đê - Báo và Phát thanh, Truyền hình Cà Mau",
            "Báo và Phát thanh, Truyền hình Cà Mau",
        ),
    ],
)
def test_a_merged_papers_name_after_the_title_goes(title: str, site: str) -> None:
    assert source_of_title(title) == (title.split(" - ")[0], site)


@pytest.mark.parametrize(
    ("credit", "source"),
    [
        ("Theo Báo và Phát thanh, Truyền hình Lào Cai", "Báo và Phát thanh, Truyền hình Lào Cai"),
        ("Theo Đài Phát thanh và Truyền hình Hải Phòng", "Đài Phát thanh và Truyền hình Hải Phòng"),
        ("Theo Đài Phát thanh - Truyền hình Đà Nẵng", "Đài Phát thanh - Truyền hình Đà Nẵng"),
    ],
)
def test_a_credit_naming_a_station_or_merged_paper_in_full_names_the_source(credit: str, source: str) -> None:
    found = parse_byline(credit)
    assert found is not None and found.source == source


def test_the_spelled_out_kind_counts_as_its_initials() -> None:
    assert short_kind("Báo và Phát thanh, Truyền hình Lào Cai") == "Báo và PT-TH Lào Cai"
    assert is_source_name("Đài Phát thanh và Truyền hình Lào Cai")
    assert not is_source_name("Báo Thanh niên tình nguyện hỗ trợ người dân vùng lũ Lào Cai")  # a clause
    assert parse_byline("Theo Báo Lao Động, giá lúa tăng mạnh") is None  # a sentence, no credit
