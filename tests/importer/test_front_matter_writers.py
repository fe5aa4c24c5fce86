"""A front-matter's list of writers (Obsidian's clipper: `author: ["[[Ngọc Anh]]", "[[Hoàng Hà]]"]`) names
them all, joined by dashes as a byline joins them (`Ngọc Anh - Hoàng Hà`), not its first alone
(`markdown_headers._writers`; blind_markdown2); a list with a name that is no person's keeps its first."""

from __future__ import annotations

from bantin.importer.convert import convert

_STORY = (
    "Tối 6/12, Nhà hát Lớn Mẫu Sơn tổ chức đêm nhạc kỷ niệm 30 năm thành lập dàn nhạc giao hưởng của tỉnh.\n\n"
    "Chương trình gồm 12 tác phẩm, trong đó có ba bản giao hưởng của các nhạc sĩ trẻ lần đầu được biểu diễn.\n\n"
    "Ban tổ chức cho biết toàn bộ số tiền bán vé sẽ dành cho quỹ học bổng của trường âm nhạc tỉnh.\n"
)


def _page(authors: list[str]) -> bytes:
    listed = "".join(f'\n  - "{name}"' for name in authors)
    return (
        '---\ntitle: "Đêm nhạc kỷ niệm 30 năm dàn nhạc giao hưởng Mẫu Sơn"\n'
        'source: "https://baomauson.vn/van-hoa/dem-nhac-ky-niem-30-nam-4411.html"\n'
        f"author:{listed}\npublished: 2025-12-06\ncreated: 2025-12-07\ntags:\n  - clippings\n---\n\n"
        f"{_STORY}"
    ).encode()


def test_the_front_matters_writers_are_all_named() -> None:
    front = convert(_page(["[[Ngọc Anh]]", "[[Hoàng Hà]]"]), "p.md", year=2017).front
    assert front.author == "Ngọc Anh - Hoàng Hà"


def test_one_writer_in_a_list_is_the_author() -> None:
    assert convert(_page(["[[Ngọc Anh]]"]), "p.md", year=2017).front.author == "Ngọc Anh"


def test_a_list_with_a_name_that_is_no_persons_keeps_its_first() -> None:
    front = convert(_page(["[[Ngọc Anh]]", "[[Báo Mẫu Sơn]]"]), "p.md", year=2017).front
    assert front.author == "Ngọc Anh"
