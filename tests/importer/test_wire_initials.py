"""A wire's initials the table of outlets knows (`AP`) are a foreign name's word though their letters
spell a Vietnamese syllable (`translated_credits.foreign`): a world story's `(Theo Reuters, AP)` over
its writer stays in the text as `(Theo Kyodo, NHK)` does."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.translated_credits import foreign


def test_a_list_of_wires_with_initials_is_foreign() -> None:
    assert foreign("Reuters, AP")
    assert foreign("AFP, AP")
    assert not foreign("Tuổi Trẻ, AP")  # a Vietnamese outlet's name among them: a re-post's credit


def test_the_sources_line_of_a_world_story_stays_over_its_writer() -> None:
    page = "\n".join(
        [
            "Ông Prabowo dẫn đầu kết quả kiểm phiếu nhanh bầu cử Tổng thống Indonesia",
            "",
            "Kết quả kiểm phiếu nhanh cho thấy ông Prabowo Subianto giành khoảng 58% số phiếu. - Thời báo VN",
            "",
            "Hai ứng cử viên còn lại lần lượt nhận khoảng 25% và 17% số phiếu bầu trong cả nước.",
            "Ủy ban Bầu cử Indonesia dự kiến công bố kết quả chính thức vào ngày 20/3.",
            "(Theo Reuters, AP)",
            "Minh Hạnh",
        ]
    )
    converted = convert(page.encode(), "page.txt", year=2024)
    assert converted.body.rstrip().endswith("(Theo Reuters, AP)")
    assert converted.front.author == "Minh Hạnh"
