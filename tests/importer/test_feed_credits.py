"""A news feed's credit over a story it carries, the writer then the day after a bullet (MSN's
`Câu chuyện của Thanh Bình • 22 tháng 4`, `Story by … • 2d`, `blind_aggregators`), starts a unit of its own
run on from the publisher's name, and names the writer (`feed_credits`, `bylines.BYLINE_LABEL`)."""

from __future__ import annotations

import pytest

from bantin.importer.bylines import parse_byline
from bantin.importer.convert import convert
from bantin.importer.field_starts import field_cuts


def _page(credit: str) -> bytes:
    content = (
        "Cổng Tin Mẫu Tin tức Thời tiết Thể thao Tiền tệ Báo Sông Mây "
        f"{credit} Sáng 3/6, xã Phú An khánh thành cây cầu bê tông thay cho chiếc cầu khỉ bắc qua kênh Năm Xã. "
        "Cây cầu dài 24 m, rộng 3 m, do người dân và các nhà hảo tâm góp hơn 600 triệu đồng xây dựng. "
        "Ông Lê Văn Tâm, Chủ tịch UBND xã, cho biết học sinh hai ấp nay không còn phải đi đò đến trường. "
        "Tiếp tục đọc Xem thêm tin tức từ Báo Sông Mây Phản hồi"
    )
    return (
        "Title: Xã Phú An khánh thành cầu mới thay cầu khỉ\nSource: Cổng Tin Mẫu\n"
        "Link: https://congtinmau.example/vi-vn/tin-tuc/xa-phu-an-khanh-thanh-cau/ar-AA1bC2d\n"
        "Published Date: 2024-06-03T09:00:00+07:00\nAuthor: \nTags: None\nSummary: \n"
        f"Content: {content}\n"
    ).encode()


@pytest.mark.parametrize(
    ("credit", "writer"),
    [
        ("Câu chuyện của Ngọc Hân • 3 tháng 6", "Ngọc Hân"),
        ("Câu chuyện của Trần Minh Khoa • 5 giờ trước", "Trần Minh Khoa"),
        ("Story by Ngọc Hân • 2d", "Ngọc Hân"),
    ],
)
def test_a_feeds_credit_run_on_from_the_publishers_name_names_the_writer(credit: str, writer: str) -> None:
    converted = convert(_page(credit), "p.txt", year=2017)
    assert converted.front.author == writer
    assert credit not in converted.body and "Sáng 3/6, xã Phú An" in converted.body


def test_the_day_after_the_bullet_is_no_part_of_the_name() -> None:
    found = parse_byline("Câu chuyện của Ngọc Hân • 3 tháng 6")
    assert found is not None and found.author == "Ngọc Hân"
    assert parse_byline("Tác giả: Ngọc Hân • 5 giờ trước").author == "Ngọc Hân"


@pytest.mark.parametrize(
    "text",
    [
        "Câu chuyện của anh Tư khiến nhiều người xúc động.",  # a sentence's words, no name in a capital
        "Ngày hội kết thúc. Câu chuyện của Ngọc Hân được kể lại nhiều lần.",  # no bullet closes the name
        "Chương trình Câu chuyện của Mẹ lên sóng tối nay.",  # nor here
    ],
)
def test_a_sentence_opening_with_the_words_is_no_credit(text: str) -> None:
    assert parse_byline(text) is None
    assert not [at for at in field_cuts(text) if text[at:].startswith("Câu chuyện")]
