"""A magazine's byline labels (blind round fixtures/blind_lifestyle.yml): `Bài & Ảnh:` is the writer's
label as `Bài và ảnh:` is, not a photo's credit, and a saved page's `Thực hiện:` box names its writer."""

from __future__ import annotations

from lxml import html

from bantin.importer.authors import page_author, unlabelled
from bantin.importer.bylines import parse_byline
from bantin.importer.convert import convert
from bantin.importer.credit_lines import made_by_cuts

from .scrapes import vnsum


def test_an_ampersand_joins_a_byline_s_label_as_va_does() -> None:
    assert (parse_byline("Bài & Ảnh: Phương Thảo") or parse_byline("")).author == "Phương Thảo"
    assert unlabelled("Bài & ảnh: Lê Hà") == "Lê Hà"


def test_a_closing_byline_labelled_with_an_ampersand_is_the_writer_not_a_credit() -> None:
    story = (
        "Nhiều người trẻ chọn sống trong căn hộ nhỏ để dành tiền cho những chuyến đi xa. "
        "Họ cho rằng không gian gọn gàng giúp tiết kiệm thời gian dọn dẹp mỗi tuần. "
        "Bài & Ảnh: Phương Thảo"
    )
    raw = vnsum("Sống gọn trong căn hộ nhỏ", "https://example.vn/song-gon.html", story, source="example.vn")
    converted = convert(raw, "page.txt", year=2024)
    assert converted.front.author == "Phương Thảo"
    assert "Họ cho rằng không gian gọn gàng" in converted.body


def test_a_saved_page_s_author_box_labelled_thuc_hien_names_the_writer() -> None:
    assert unlabelled("Thực hiện: Tùng Lâm") == "Tùng Lâm"
    tree = html.fromstring('<html><body><p class="author">Thực hiện: Tùng Lâm</p></body></html>')
    assert page_author(tree) == "Tùng Lâm"


def test_a_labelled_byline_s_name_ends_before_the_page_s_words_run_on_after_it() -> None:
    text = "Bài & Ảnh: Phương Thảo Nghe podcast Tạp Chí trên Spotify"
    assert text.index(" Nghe podcast") in made_by_cuts(text)
    assert not [c for c in made_by_cuts("Bài: Nguyễn Thị Hà Báo Thanh Niên") if c]  # a masthead, no words
