"""A scraper's Markdown page's writer and headline (the blind round `blind_markdown`): the writer's
name linked to the authors' page opening the date line under the headline is the author; a clipper's
`author:` that is the site's own name is no one's, and one with the outlet after a slash is the
writer's; two names in capitals joined by `và` are set in normal case; a headline opening with a name
spelt with a capital inside (`iPhone`) keeps its spelling; the editor's note `*Tin đang được cập nhật`
under the story is no time stamp."""

from __future__ import annotations

from bantin.importer.bylines import clean_author
from bantin.importer.convert import convert

_STORY = (
    "Chiều 4/11, Bộ Giáo dục và Đào tạo công bố phương án tổ chức kỳ thi tốt nghiệp, dự kiến diễn ra "
    "ngày 11 và 12/6/2026.\n\nCác trường đại học được khuyến khích dùng kết quả thi để xét tuyển, hạn chế "
    "xét tuyển sớm như những năm trước."
)


def _jina(under_headline: str, title: str = "Bộ GD&ĐT công bố phương án thi tốt nghiệp THPT 2026") -> str:
    return (
        f"Title: {title} | Báo Tin giáo dục\n\nURL Source: https://tingiaoduc.vn/tuyen-sinh/phuong-an-thi-123.htm\n\n"
        "Published Time: 2025-11-05T09:15:00+07:00\n\nMarkdown Content:\n"
        "*   [Giáo dục](https://tingiaoduc.vn/giao-duc)\n*   [Tuyển sinh](https://tingiaoduc.vn/tuyen-sinh)\n\n"
        f"{title}\n{'=' * len(title)}\n\n{under_headline}\n\n{_STORY}\n"
    )


def _clipper(author: str, host: str, closing: str) -> str:
    return (
        f"---\ncreated: 2025-11-28T21:14:05 (UTC +07:00)\ntags: []\nsource: https://{host}/tin-tuc/bai-1234.html\n"
        f"author: {author}\n---\n\n# Bộ GD&ĐT công bố phương án thi tốt nghiệp THPT 2026\n\n"
        "---\n- [Thời sự](https://x.vn/thoi-su)\n- [Giáo dục](https://x.vn/giao-duc)\n- [Thế giới](https://x.vn/the-gioi)\n\n"
        f"{_STORY}\n\n{closing}\n\n[Tin liên quan](https://x.vn/tin-lien-quan)\n"
    )


def _import(text: str):
    return convert(text.encode(), "page.md", year=2017)


def test_the_name_linked_to_the_authors_page_before_the_date_line_is_the_author() -> None:
    page = _import(
        _jina("[Hoàng Hồng](https://tingiaoduc.vn/tac-gia/hoang-hong.htm) - Thứ tư, 05/11/2025 - 09:15")
    )
    assert page.front.author == "Hoàng Hồng"
    assert "Hoàng Hồng" not in page.body and "09:15" not in page.body
    assert "Các trường đại học được khuyến khích" in page.body


def test_a_name_linked_elsewhere_before_a_date_is_no_author() -> None:
    page = _import(_jina("[Giáo dục](https://tingiaoduc.vn/giao-duc) - Thứ tư, 05/11/2025 - 09:15"))
    assert page.front.author != "Giáo dục"


def test_a_clippers_author_that_is_the_sites_name_leaves_the_byline_to_the_page() -> None:
    page = _import(_clipper("VTC News", "vtcnews.vn", "MINH KHÔI"))
    assert page.front.author == "Minh Khôi"


def test_a_clippers_author_with_the_outlet_after_a_slash_is_the_writer() -> None:
    assert _import(_clipper("Minh Hằng/VOV.VN", "vov.vn", "")).front.author == "Minh Hằng"
    assert _import(_clipper("Minh Hằng", "vov.vn", "")).front.author == "Minh Hằng"


def test_two_names_in_capitals_joined_by_va_are_in_normal_case() -> None:
    assert clean_author("VIỆT TUẤN và LÊ HOÀNG") == "Việt Tuấn và Lê Hoàng"
    assert clean_author("Việt Tuấn và Lê Hoàng") == "Việt Tuấn và Lê Hoàng"


def test_a_headline_opening_with_a_name_spelt_with_a_capital_inside_keeps_it() -> None:
    page = _import(
        _jina("Thứ tư, 05/11/2025 - 09:15", "iPhone 17 chính hãng về Việt Nam, giá từ 25 triệu đồng")
    )
    assert page.front.title == "iPhone 17 chính hãng về Việt Nam, giá từ 25 triệu đồng"


def test_the_editors_note_that_the_story_is_being_updated_stays() -> None:
    page = _import(_jina("Thứ tư, 05/11/2025 - 09:15").rstrip("\n") + "\n\n\\*Tin đang được cập nhật\n")
    assert "Tin đang được cập nhật" in page.body
