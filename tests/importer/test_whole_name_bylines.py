"""A closing byline of a whole Vietnamese name (`Nguyễn Thị Thanh Hà`, four words, after a writer's
titles too: `PGS.TS Bùi Thị Thanh Hà`) run into the page's box after it stays one name, the box's
header going with the box: a name that opens with a family name runs to four words, and a list's
header (`Bài viết cùng tác giả`) after its last word is where the page's chrome starts; on pages
written for these tests."""

from __future__ import annotations

import pytest

from tests.importer.test_signed_tails import STORY, convert_page


@pytest.mark.parametrize(
    ("closing", "author"),
    [
        ("Nguyễn Thị Thanh Hà Tin khác Hội làng Mẫu Sơn đón bằng di tích quốc gia", "Nguyễn Thị Thanh Hà"),
        (
            "PGS.TS Bùi Thị Thanh Hà Bài viết cùng tác giả Hát xoan và những phường xoan cổ Tín ngưỡng thờ Mẫu",
            "PGS.TS Bùi Thị Thanh Hà",
        ),
        ("Trần Văn Nam Tin khác Hội làng Mẫu Sơn đón bằng di tích quốc gia", "Trần Văn Nam"),
        ("Thu Trang Tin khác Hội làng Mẫu Sơn đón bằng di tích quốc gia", "Thu Trang"),
        (  # the last of two writers, its words counted after the dash
            "Hoàng Anh - Nguyễn Thị Thanh Hà Tin khác Hội làng Mẫu Sơn đón bằng di tích quốc gia",
            "Hoàng Anh - Nguyễn Thị Thanh Hà",
        ),
    ],
)
def test_a_whole_name_closing_the_story_is_its_author(closing: str, author: str) -> None:
    page = convert_page(f"{' '.join(STORY)} {closing}")
    assert page.front.author == author
    assert "Tin khác" not in page.body and "Bài viết cùng tác giả" not in page.body
    assert page.body.rstrip().endswith(STORY[-1])
