"""A translated story's sources line (`Theo Science Alert`, `Nguồn: Zootaxa`) stays in the text, the
writer signing after it on the same line is read for the author, and the site that translated the
story stays its publisher (translated_credits.py)."""

from __future__ import annotations

import pytest

from bantin.importer.bylines import Byline, parse_byline
from bantin.importer.convert import convert
from bantin.importer.translated_credits import foreign, signed_sources, translated, writer_after


@pytest.mark.parametrize(
    ("text", "source", "author"),
    [
        ("Theo Live Science Quang Huy", "Live Science", "Quang Huy"),
        ("Nguồn: PLOS One Bảo Ngọc", "PLOS One", "Bảo Ngọc"),
        ("Theo Phys.org Lê Văn Tâm", "Phys.org", "Lê Văn Tâm"),
    ],
)
def test_a_writer_after_a_foreign_credit_is_read_apart(text: str, source: str, author: str) -> None:
    assert parse_byline(text) == Byline(source=source, author=author)


@pytest.mark.parametrize(
    "text", ["Theo Tiền Phong", "Theo Hà Nội Mới", "Theo ESA Lào Cai", "Theo Sài Gòn Giải Phóng"]
)
def test_no_writer_is_cut_from_a_vietnamese_outlet_or_a_place(text: str) -> None:
    assert (parse_byline(text) or Byline()).author is None


def test_what_is_foreign() -> None:
    assert foreign("New Scientist") and foreign("ESA") and foreign("Phys.org")
    assert not foreign("Tuổi Trẻ") and not foreign("TTXVN") and not foreign("Reuters")
    assert not foreign("vietnamnet.vn") and not foreign("Minh Long")
    assert writer_after("Tuổi Trẻ Minh Long") is None  # a re-post's credit: read as before


def test_the_sources_line_is_what_stays_of_the_credit() -> None:
    assert translated("Theo Live Science Quang Huy", "Live Science", "Quang Huy") == "Theo Live Science"
    assert translated("(Theo ESA)", "ESA", None) == "(Theo ESA)"
    assert translated("Theo Tiền Phong", "Tiền Phong", None) is None
    assert (
        translated("Quang Huy (Theo Live Science)", "Live Science", "Quang Huy") is None
    )  # the writer first


def test_a_long_sources_line_signed_after_its_foreign_name() -> None:
    text = "Băng tan nhanh hơn dự báo. Nguồn: Báo cáo khí hậu của IPCC Thanh Mai"
    assert signed_sources(text) == ("Băng tan nhanh hơn dự báo. Nguồn: Báo cáo khí hậu của IPCC", "Thanh Mai")
    assert signed_sources("Nguồn: Báo cáo của Bộ Y tế Hà Nội") is None  # no foreign name before it


def _page(closing: str, site: str = "Tạp chí Vũ Trụ") -> str:
    return (
        f"Title: Sao chổi mới được phát hiện ở rìa hệ Mặt Trời\nSource: {site}\n"
        "Link: https://tapchivutru.vn/sao-choi-moi.html\nPublished Date: 2024-11-02T08:00:00+07:00\n"
        "Author: \nTags: None\nSummary: \nContent: Các nhà thiên văn vừa phát hiện một sao chổi mới ở rìa "
        "hệ Mặt Trời, quay một vòng quanh Mặt Trời mất khoảng 3.000 năm. Sao chổi được đặt theo tên hai "
        f"nhà thiên văn nghiệp dư đã chụp được nó đầu tiên ở Chile. {closing}\n"
    )


def test_the_page_keeps_the_line_and_its_publisher_and_reads_the_writer() -> None:
    converted = convert(_page("Theo Live Science Quang Huy").encode(), "page.txt", year=2017)
    assert converted.body.rstrip().endswith("Theo Live Science")
    assert converted.front.author == "Quang Huy"
    assert converted.front.source == "Tạp chí Vũ Trụ"


def test_a_saved_page_keeps_its_site_for_publisher_under_a_foreign_credit() -> None:
    html = (
        '<html><head><title>Sao chổi mới</title><meta property="og:site_name" content="Tạp chí Vũ Trụ">'
        '<meta property="og:url" content="https://tapchivutru.vn/sao-choi.html"></head><body><article>'
        "<h1>Sao chổi mới</h1><p>Các nhà thiên văn vừa phát hiện một sao chổi mới ở rìa hệ Mặt Trời, quay "
        "một vòng quanh Mặt Trời mất khoảng 3.000 năm.</p><p>Sao chổi được đặt theo tên hai nhà thiên văn "
        "nghiệp dư đã chụp được nó đầu tiên ở Chile.</p><p>Theo ESA</p><p>Quang Huy</p></article></body></html>"
    )
    converted = convert(html.encode(), "page.html", year=2017)
    assert "Theo ESA" in converted.body
    assert converted.front.source == "Tạp chí Vũ Trụ"


@pytest.mark.parametrize("closing", ["Theo Live Science", "Quang Huy Theo ESA"])
def test_a_credit_with_no_translator_after_it_is_the_page_s_as_before(closing: str) -> None:
    converted = convert(_page(closing).encode(), "page.txt", year=2017)
    assert not converted.body.rstrip().endswith(closing.split()[-1])
