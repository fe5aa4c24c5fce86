"""A paper's address is often `bao` and its name (`baovidan.vn` for `Vì Dân`): the name after a title's
` - ` is the site's own, taken off the headline as its address's full name would be."""

from __future__ import annotations

from bantin.importer.suffixes import source_of_title

_TITLE = "Ông Ishiba Shigeru trở thành Thủ tướng thứ 102 của Nhật Bản"


def test_the_name_after_bao_in_the_address_is_the_sites() -> None:
    assert source_of_title(f"{_TITLE} - Vì Dân", ("baovidan.vn",)) == (_TITLE, "Vì Dân")


def test_a_part_of_the_name_stays_the_headlines() -> None:
    title = "Nhật Bản bầu Thủ tướng mới - Dân"
    assert source_of_title(title, ("baovidan.vn",))[0] == title
