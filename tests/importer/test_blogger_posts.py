"""A Blogger or WordPress post's footer (blind_blogs): `Đăng bởi Thu Hằng lúc 21:05` is the post's
byline (its writer, and no date: a time alone dates nothing), cut from the counter after it (`3 nhận
xét`); the labels (`Nhãn: du lịch, Hà Giang`, never a fruit's price `Nhãn: 25.000 đồng/kg`), the pager
(`Bài đăng Mới hơn`, `Bài đăng Cũ hơn`), the archive (`Lưu trữ Blog`), a forum's `Chủ đề tương tự`
and a Q&A site's votes on its answer (`Câu trả lời hữu ích?`, `Hữu ích (42)`) go. The pages are
written for these tests."""

from __future__ import annotations

import re

import pytest

from bantin.importer.bylines import parse_byline
from bantin.importer.convert import convert
from bantin.importer.units import split_units
from bantin.importer.vocabulary import BLOG_LABEL

from .scrapes import vnsum

STORY = [
    "Tôi trở lại vùng cao vào cuối tháng Ba, khi những cánh đồng hoa cuối cùng đã bắt đầu tàn.",
    "Lần đầu tôi đến đây là mười năm trước, trên chiếc xe máy mượn của một người bạn ở Hà Nội.",
    "Có lẽ tôi sẽ còn quay lại, nhưng không phải để tìm hoa nữa.",
]


def _front_and_body(content: str) -> tuple[str, str]:
    page = vnsum(title="Mùa hoa cuối", link="https://mauthuong.blogspot.com/2024/03/mua-hoa.html",
                 content=content, summary=STORY[0], source="Mẫu thương")  # fmt: skip
    converted = convert(page, "page.txt", year=2024)
    return converted.front.author or "", converted.body


@pytest.mark.parametrize(
    "footer",
    [
        "Đăng bởi Thu Hằng lúc 21:05 3 nhận xét Gửi email bài đăng này BlogThis! Chia sẻ lên Facebook "
        "Nhãn: du lịch, Hà Giang, ghi chép Bài đăng Mới hơn Bài đăng Cũ hơn Trang chủ Lưu trữ Blog",
        "Thu Hằng Đăng bởi Thu Hằng lúc 09:00 Không có nhận xét nào Nhãn: nhà Nguyễn, giao thông "
        "Bài đăng Mới hơn Bài đăng Cũ hơn Blog yêu thích Lưu trữ blog tháng 5 (12) tháng 4 (9)",
    ],
)
def test_a_bloggers_footer_gives_the_writer_and_goes(footer: str) -> None:
    author, body = _front_and_body(" ".join([*STORY, footer]))
    assert all(sentence in body for sentence in STORY)
    assert author == "Thu Hằng"
    for words in ("Đăng bởi", "nhận xét", "Nhãn", "Bài đăng", "Lưu trữ"):
        assert words not in body


def test_the_time_after_a_labelled_writer_is_no_date() -> None:
    byline = parse_byline("Đăng bởi Thu Hằng lúc 10:32 SA")
    assert byline is not None and byline.author == "Thu Hằng" and byline.when is None
    assert parse_byline("Bởi vì lúc 10:00") is None


def test_the_label_of_tags_is_no_fruits_price() -> None:
    assert re.match(BLOG_LABEL, "Nhãn: du lịch, Hà Giang")
    assert not re.match(BLOG_LABEL, "Nhãn: 25.000 đồng/kg, tăng 2.000 đồng")
    assert not re.match(BLOG_LABEL, "Nhãn: loại 1, giá 30.000 đồng")
    text = "Giá vải thiều giảm mạnh. Nhãn: 25.000 đồng/kg, tăng 2.000 đồng so với tuần trước."
    assert split_units(text) == ["Giá vải thiều giảm mạnh.", text.split(". ", 1)[1]]


@pytest.mark.parametrize(
    "tail",
    [
        "Câu trả lời hữu ích? Có (87) Không (2) Theo dõi câu hỏi",
        "Hữu ích (42) Câu hỏi tương tự Xe tay ga bị hụt ga khi tăng tốc",
        "Trả lời Chủ đề tương tự: Bé bị tay chân miệng phải làm sao?",
    ],
)
def test_a_qa_sites_votes_and_similar_questions_go(tail: str) -> None:
    _, body = _front_and_body(" ".join([*STORY, tail]))
    assert all(sentence in body for sentence in STORY)
    for words in ("hữu ích", "Hữu ích", "tương tự", "Trả lời"):
        assert words not in body
