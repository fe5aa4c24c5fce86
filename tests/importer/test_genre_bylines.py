"""A byline's label before the writer's name: a magazine's genre naming its writer (`Ghi chép của Đỗ
Tiến Thụy`, `Bút ký của …`) and Blogger's `Đăng bởi …` read as the page's author gives the name
alone, in a credit line and in a saved page's markup; a sentence opening so is no byline."""

from __future__ import annotations

import pytest

from bantin.importer.authors import unlabelled
from bantin.importer.bylines import parse_byline
from bantin.importer.convert import convert


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Ghi chép của Đỗ Tiến Thụy", "Đỗ Tiến Thụy"),
        ("Bút ký của Nguyễn Văn Hùng", "Nguyễn Văn Hùng"),
        ("Phóng sự của Minh Anh", "Minh Anh"),
    ],
)
def test_a_genre_naming_its_writer_is_a_byline(line: str, author: str) -> None:
    byline = parse_byline(line)
    assert byline is not None and byline.author == author
    assert unlabelled(line) == author


def test_a_sentence_opening_with_a_genre_is_no_byline() -> None:
    assert parse_byline("Phóng sự của Minh Anh đoạt giải A Báo chí quốc gia năm nay.") is None


def test_bloggers_posted_by_is_no_part_of_the_name() -> None:
    assert unlabelled("Đăng bởi Minh Tuấn") == "Minh Tuấn"


def _page(byline: str) -> bytes:
    story = "".join(
        f"<p>{p}</p>"
        for p in (
            "Từ đồn Biên phòng Pha Long, chúng tôi theo tổ tuần tra đi bộ gần năm giờ đồng hồ mới tới cột mốc 42.",
            "Đường mòn hẹp, một bên là vách đá, một bên là vực sâu, thỉnh thoảng phải dừng lại phát cây mở lối.",
            "Tới mốc, cả tổ lau chùi, kiểm tra, chụp ảnh gửi về đồn rồi ăn vội nắm cơm mang theo từ sáng.",
        )
    )
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Đường lên mốc 42</title></head><body><article><h1>Đường lên mốc 42</h1>
{story}{byline}</article></body></html>""".encode()


@pytest.mark.parametrize(
    "byline",
    [
        '<p class="author">Ghi chép của Đỗ Tiến Thụy</p>',
        '<div class="post-footer"><span class="post-author vcard">Đăng bởi <span class="fn" itemprop="author">'
        '<span itemprop="name">Đỗ Tiến Thụy</span></span></span> lúc 08:30</div>',
    ],
)
def test_a_saved_pages_author_is_the_name_alone(byline: str) -> None:
    assert convert(_page(byline), "page.html", year=2024).front.author == "Đỗ Tiến Thụy"
