"""A title opening with `Báo` as a compound's first syllable (`Báo cáo tài chính quý III/2026`, `Báo giá`,
`Báo chí`) names a report, a price quote or the press, never a paper (`bylines.is_source_name`): a list of
a company's documents after the story is no credit of the page's source."""

from __future__ import annotations

import pytest

from bantin.importer.bylines import is_source_name, parse_byline
from bantin.importer.convert import convert


@pytest.mark.parametrize(
    "title", ["Báo cáo tài chính quý III/2026", "Báo cáo thường niên 2025", "Báo giá dịch vụ Cảng 2027"]
)
def test_a_report_s_title_names_no_paper(title: str) -> None:
    assert not is_source_name(title)
    assert parse_byline(title) is None


def test_a_paper_still_names_one() -> None:
    assert is_source_name("Báo Quân đội nhân dân")
    assert parse_byline("Theo Báo Tin tức").source == "Báo Tin tức"


def test_a_documents_box_after_the_story_is_no_source() -> None:
    page = "\n".join(
        [
            "Công ty Mẫu lãi 420 tỷ đồng năm 2026",
            "",
            "Công ty Mẫu ước lãi trước thuế 420 tỷ đồng năm 2026, tăng 12% so với năm trước. - Công ty Mẫu",
            "",
            "Công ty Mẫu Trang chủ Giới thiệu Tin tức 05/12/2026",
            "Công ty Mẫu ước lãi trước thuế 420 tỷ đồng năm 2026, tăng 12% so với năm trước.",
            "Doanh thu cả năm ước đạt 5.100 tỷ đồng, trong đó xuất khẩu chiếm 70%.",
            "Tài liệu nhà đầu tư",
            "Báo cáo tài chính quý III/2026",
            "Tải xuống",
        ]
    )
    converted = convert(page.encode(), "p.txt", year=2026)
    assert converted.front.source != "Báo cáo tài chính quý III/2026"
