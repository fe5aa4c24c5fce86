"""What a page states of its date and its publisher, and only that: the owner its copyright line
names, a name of the table signing news-please's description, a source's line naming a portal, a
notice's closing `Place, ngày … tháng … năm …`, a stamp under a kept credit; a dateline of history
(`Ngày 28/1/1941, …`) and the story's other dates are no publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from bantin.importer.bylines import is_source_name, parse_byline
from bantin.importer.convert import convert
from bantin.importer.owners import copyright_owner, signed_description
from bantin.importer.published import resolve
from bantin.importer.signed_dates import signed_date


@pytest.mark.parametrize(
    ("texts", "owner"),
    [
        (["Bản quyền thuộc Báo Sông Mẫu"], "Báo Sông Mẫu"),
        (
            ["Đọc tiếp. © Bản quyền thuộc Sở Xây dựng tỉnh Mẫu. Ghi rõ nguồn khi phát hành lại."],
            "Sở Xây dựng tỉnh Mẫu",
        ),
        (["Bản quyền thuộc về Hội Làm vườn Mẫu Tổng biên tập: Lê Văn A"], "Hội Làm vườn Mẫu"),
        (["Bản quyền thuộc Trường Đại học Mẫu 12 Lê Lợi, TP Mẫu"], "Trường Đại học Mẫu"),
        # a company owns a site; readers say the site's name
        (["Bản quyền thuộc Công ty Cổ phần Truyền thông Mẫu"], None),
        (["Bản quyền bài hát thuộc về nhạc sĩ"], None),
        (["Ông nói về bản quyền phần mềm."], None),
    ],
)
def test_the_owner_a_copyright_line_names(texts: list[str], owner: str | None) -> None:
    assert copyright_owner(texts) == owner


def test_a_description_signed_with_a_name_of_the_table() -> None:
    lead = "Nhiều hộ dân đã thoát nghèo nhờ trồng nấm. - Nông dân Mẫu"
    assert signed_description(lead, ["Nông dân Mẫu"]) == "Nông dân Mẫu"
    assert signed_description(lead, ["Báo Khác"]) is None  # a few words may be the writer's


@pytest.mark.parametrize(
    "credit", ["Nguồn: Cổng thông tin điện tử Bộ Mẫu", "Nguồn: Trang thông tin điện tử Sở Mẫu tỉnh Mẫu"]
)
def test_a_portal_named_whole_is_a_source(credit: str) -> None:
    byline = parse_byline(credit)
    assert byline is not None and byline.source == credit.removeprefix("Nguồn: ")


def test_a_footers_masthead_is_no_source() -> None:
    assert not is_source_name("Trang thông tin điện tử tổng hợp Mẫu24h.vn")


@pytest.mark.parametrize(
    ("texts", "date"),
    [
        (["Hồ sơ nộp trước ngày 15/4.", "Mẫu Sơn, ngày 17 tháng 3 năm 2024"], "17/03/2024"),
        (["Ý kiến gửi trước ngày 25/4. Hà Nội, ngày 25 tháng 3 năm 2024 Nguồn: Cổng Mẫu"], "25/03/2024"),
        (["Hội nghị khai mạc tại Hà Nội, ngày 25 tháng 3 năm 2024, với 300 đại biểu."], None),  # a sentence's
        (["Luật có hiệu lực từ ngày 1 tháng 7 năm 2025."], None),
    ],
)
def test_a_notice_signs_off_with_its_date(texts: list[str], date: str | None) -> None:
    assert signed_date(texts) == date


def test_a_dateline_of_history_is_no_publication_date() -> None:
    opening = "Ngày 28/1/1941, lãnh tụ trở về nước, chọn hang đá làm nơi ở."
    text = f"{opening}\nBốn năm sau, ngày 2/9/1945, Người đọc bản Tuyên ngôn."
    resolved = resolve([None], [opening], text, year=None, today=dt.date(2024, 5, 1))
    assert resolved.estimated


def _page(tail: str, lead: str = "Một dòng dẫn của bài về mùa lúa năm nay ở đồng bằng.") -> bytes:
    return (
        f"Nông dân Mẫu Sơn được mùa lúa\n\n{lead}\n\n"
        "Vụ lúa năm nay đạt năng suất cao nhất trong mười năm qua, theo Phòng Nông nghiệp huyện.\n"
        "Giá lúa tại ruộng cũng tăng khoảng 10% so với vụ trước, nông dân có lãi khá.\n"
        f"{tail}\n"
    ).encode()


def test_a_stamp_under_the_byline_before_a_kept_source_line() -> None:
    front = convert(
        _page("Minh Hà\nNgày đăng: 20/03/2024\nNguồn: maunongnghiep.edu.vn"), "p.txt", year=2017
    ).front
    assert front.date == dt.date(2024, 3, 20)
    assert not front.date_estimated


def test_a_copyright_line_names_a_page_nothing_else_names() -> None:
    front = convert(_page("Minh Hà\nBản quyền thuộc Báo Sông Mẫu"), "p.txt", year=2017).front
    assert front.source == "Báo Sông Mẫu"


def test_a_writers_credit_to_a_source_named_like_the_headline_stays_whole() -> None:
    page = (
        "Nông dân Mẫu Sơn được mùa lúa\nMột dòng dẫn của bài về mùa lúa năm nay.\n"
        "Vụ lúa năm nay đạt năng suất cao nhất trong mười năm qua. Giá lúa tăng khoảng 10% so với vụ trước. "
        "Thùy Linh Theo Nông dân Mẫu Sơn"
    )
    front = convert(page.encode(), "p.txt", year=2017).front
    assert front.source == "Nông dân Mẫu Sơn"
