"""A blog's stamp and share row in the news-please layout (issue 15's eighth blind round): the
stamp above the text in Vietnamese (`Đăng ngày 15/03/2018 bởi Hằng Nga`) dates the page, and
WordPress's like button under the text (`Thích bài này:`, `Thích Đang tải...`) goes."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert
from bantin.importer.furniture import LABELLED_DATE

STORY = [
    "Mình đi Hội An vào giữa tháng 3, tổng chi phí cho hai người khoảng 6 triệu đồng cả vé máy bay.",
    "Bạn nên thuê xe đạp để đi quanh phố cổ, giá khoảng 30.000 đồng mỗi ngày.",
]


def _blog(stamp: str, *after: str) -> str:
    head = ["Kinh nghiệm du lịch Hội An tự túc", "", "Lịch trình và chi phí một chuyến đi Hội An.", ""]
    return "\n".join([*head, stamp, *STORY, *after]) + "\n"


@pytest.mark.parametrize(
    "stamp", ["Đăng ngày 15/03/2018 bởi Hằng Nga", "Posted on 15/03/2018 by Mây", "Đăng ngày: 15/03/2018"]
)
def test_a_blogs_stamp_above_the_text_dates_the_page_and_goes(stamp: str) -> None:
    converted = convert(_blog(stamp).encode(), "hoi-an.txt", year=2017)
    assert str(converted.front.date) == "2018-03-15"
    assert "15/03/2018" not in converted.body and STORY[0] in converted.body


def test_a_name_after_the_stamp_is_three_words_at_most_and_only_at_the_end() -> None:
    assert LABELLED_DATE.fullmatch("Đăng ngày 15/03/2018 bởi Nguyễn Hằng Nga")
    assert not LABELLED_DATE.fullmatch("Đăng ngày 15/03/2018 bởi Hằng Nga Mình đi Hội An")


def test_wordpress_like_button_under_the_text_goes() -> None:
    page = _blog("", "Chia sẻ:", "Facebook", "Twitter", "Thích bài này:", "Thích Đang tải...", "Có liên quan")
    body = convert(page.encode(), "hoi-an.txt", year=2017).body
    assert body.rstrip().endswith(STORY[-1])
