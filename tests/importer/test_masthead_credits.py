"""Credits of papers no table of bylines lists (issue 15's fourth baomoi round): a masthead of two
nouns joined by `&` after a writer's name, and a source's credit run on, in a one-line body, from a
related headline that has no full stop (so the credit is read and the headline still goes)."""

from __future__ import annotations

import pytest

from bantin.importer.bylines import Byline, is_source_name, parse_byline
from bantin.importer.convert import convert
from bantin.importer.trailing_credit import credit_at_end
from bantin.importer.units import split_units


@pytest.mark.parametrize(
    ("text", "byline"),
    [
        (
            "Thu Trang (Người cao tuổi & Đời sống)",
            Byline(source="Người cao tuổi & Đời sống", author="Thu Trang"),
        ),
        ("Hải Đăng (Văn hóa & Du lịch)", Byline(source="Văn hóa & Du lịch", author="Hải Đăng")),
        ("Theo Nông thôn & Phát triển", Byline(source="Nông thôn & Phát triển")),
    ],
)
def test_a_masthead_of_two_nouns_joined_by_an_ampersand_is_a_paper(text: str, byline: Byline) -> None:
    assert parse_byline(text) == byline


@pytest.mark.parametrize(
    "text",
    [
        "Quỳnh Anh & Đức Minh",  # two writers signing together: every word a capital
        "Sở Công Thương & Du lịch",  # an office, not a paper
        "Hà Nội & TP.HCM",
        "Ăn uống & nghỉ ngơi",  # the second side opens with no capital
    ],
)
def test_what_an_ampersand_joins_otherwise_is_no_paper(text: str) -> None:
    assert not is_source_name(text)


def test_a_writer_and_an_office_joined_by_an_ampersand_keeps_only_the_writer() -> None:
    assert parse_byline("Ngọc Lan (Sở Nông nghiệp & Phát triển nông thôn)") == Byline(author="Ngọc Lan")


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        (
            "Mùa lúa năm nay được giá. Tin liên quan Nông dân Cà Mau trúng vụ tôm Theo Nông thôn Ngày nay",
            [
                "Mùa lúa năm nay được giá.",
                "Tin liên quan Nông dân Cà Mau trúng vụ tôm",
                "Theo Nông thôn Ngày nay",
            ],
        ),
        (
            "Lịch thi đấu sẽ được công bố sau (Theo VTC News)",
            ["Lịch thi đấu sẽ được công bố sau", "(Theo VTC News)"],
        ),
    ],
)
def test_a_credit_run_on_from_a_line_without_a_stop_is_cut_off(text: str, pieces: list[str]) -> None:
    assert split_units(text) == pieces


@pytest.mark.parametrize(
    "text",
    [
        "Quỳnh Chi Theo Đời sống Plus",  # a writer and the outlet: one byline
        "Giá lúa vẫn tăng Theo cơ quan khuyến nông, vụ tới sẽ được mùa",  # a clause, no outlet
        "Mùa lúa năm nay được giá. Theo Nông thôn Ngày nay",  # a stop sets it apart already
    ],
)
def test_no_credit_is_cut_off_a_byline_a_clause_or_after_a_stop(text: str) -> None:
    assert credit_at_end(text) == []


def test_a_flat_page_ending_on_related_headlines_keeps_its_credit() -> None:
    page = (
        "Nông dân Cà Mau trúng vụ lúa - tôm\n"
        "Vụ lúa trên nền đất nuôi tôm năm nay cho năng suất 5 tấn mỗi héc-ta.\n"
        "Nhiều hộ ở huyện Thới Bình thu lãi hơn 50 triệu đồng sau vụ thu hoạch. Giá lúa thơm được thương lái "
        "mua tận ruộng. Tin liên quan Giá tôm giống tăng mạnh Theo Nông thôn & Phát triển"
    )
    converted = convert(page.encode(), "page.txt", year=2017)
    assert converted.front.source == "Nông thôn & Phát triển"
    assert "Giá tôm giống" not in converted.body
    assert "thương lái mua tận ruộng" in converted.body
