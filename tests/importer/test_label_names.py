"""A label is no part of a name: a photo's credit alone (`Ảnh: TTXVN`) is a credit naming no writer, a photographer's
label is cut off the name an author box gives, and a blog's `Categories:` are its tags."""

from __future__ import annotations

from bantin.importer.authors import unlabelled
from bantin.importer.bylines import Byline, is_name, parse_byline
from bantin.importer.widgets import tags_apart


def test_a_label_with_its_colon_is_no_part_of_a_name() -> None:
    assert not is_name("Ảnh: TTXVN")
    assert not is_name("Nguồn: Bộ Ngoại giao")
    assert is_name("Minh Anh - Hồng Nhung")


def test_a_photo_credit_alone_is_a_credit_naming_no_writer() -> None:
    assert parse_byline("Ảnh: TTXVN") == Byline()
    assert parse_byline("Ảnh: Minh Khoa") == Byline()


def test_a_labelled_byline_still_names_its_writer() -> None:
    assert (parse_byline("Bài, ảnh: Minh Anh") or parse_byline("")).author == "Minh Anh"
    assert (parse_byline("PV: Hoàng Long - KTV: Đức Anh") or parse_byline("")).author == "Hoàng Long"


def test_a_photographer_s_label_is_no_word_of_the_author_s_name() -> None:
    assert unlabelled("Ảnh: Thanh Phương") == "Thanh Phương"
    assert unlabelled("Ảnh Thanh Phương") == "Thanh Phương"  # trafilatura reads the colon off
    assert unlabelled("Ảnh minh họa") == "Ảnh minh họa"


def test_a_blog_s_categories_under_their_label_after_the_story_go() -> None:
    texts = [
        "Tháng cuối dành cho đề thi thử như thi thật.",
        "Categories: IELTS, Kinh nghiệm học",
        "Tags: ielts",
    ]
    kinds = tags_apart([("prose", ""), ("short", ""), ("short", "")], texts)
    assert kinds[1] == ("chrome", "the page's tags under their label")


def test_a_clip_s_label_over_its_headline_is_no_credit() -> None:
    assert parse_byline("Clip: Khoảnh khắc động đất làm rung chuyển thành phố") is None
    assert parse_byline("Ảnh: Khoảnh khắc động đất") is None
