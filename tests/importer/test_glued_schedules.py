"""Two things a one-line scrape does to a story's lines that end with no stop, in the shape of
blind_sample13's pages: the rows of a dated schedule glued to the word before each (`Lịch chiếu các
phim còn lại:5/12: Mùi cỏ cháy6/12: Địa đạo …`) part again, a row a line (`core.sentences`); and a
related link under an arrow whose headline has a comma (`>> Triều cường lên cao, nhiều tuyến đường
ở Cần Thơ ngập sâu Học sinh sẽ học bù …`), run into the list before it and the sentence after it,
is cut where the story's next sentence starts, past its comma (`arrow_links`)."""

from __future__ import annotations

from bantin.core.sentences import glued_dated_items, split_glued
from bantin.importer.arrow_links import marked_links_apart
from bantin.importer.convert import convert
from bantin.importer.furniture import LINKED_HEADLINE, Unit

LEAD = (
    "Tối 4/12, tại bãi đất ven sông Hoài, Trung tâm Văn hóa phường tổ chức đêm chiếu phim ngoài trời "
    "đầu tiên với bộ phim “Đất rừng phương Nam”."
)


def body(content: str) -> str:
    raw = (
        "Title: Phường tổ chức chiếu phim ngoài trời\nSource: vidu.vn\n"
        "Link: https://vidu.vn/van-hoa/bai-a1.html\nPublished Date: 2026-12-04T19:10:00+07:00\n"
        f"Author: \nTags: None\nSummary: \nContent: {content}\n"
    )
    return convert(raw.encode(), "trang.txt", year=2017).body


def test_a_schedules_rows_glued_to_the_words_before_them_part() -> None:
    text = "Lịch chiếu:5/12: Mùi cỏ cháy6/12: Địa đạo: Mặt trời trong bóng tối7/12: Đào, phở và piano"
    assert split_glued(text) == [
        "Lịch chiếu:",
        "5/12: Mùi cỏ cháy",
        "6/12: Địa đạo: Mặt trời trong bóng tối",
        "7/12: Đào, phở và piano",
    ]
    lines = body(f"{LEAD}Lịch chiếu các phim còn lại:5/12: Mùi cỏ cháy6/12: Địa đạo7/12: Đào, phở và piano")
    assert "Mùi cỏ cháy\n" in lines and "\n6/12: Địa đạo\n" in lines


def test_one_date_glued_to_a_word_is_no_schedule() -> None:
    assert glued_dated_items("Thông báo số12/3: Về việc tổ chức lễ khai mạc") == []
    assert split_glued("Sáng 6/12: Đoàn công tác đến thăm xã.") == ["Sáng 6/12: Đoàn công tác đến thăm xã."]


def test_a_related_links_headline_with_a_comma_is_cut_where_the_story_goes_on() -> None:
    units = marked_links_apart([
        Unit(0, ">> Triều cường lên cao, nhiều tuyến đường ở Cần Thơ ngập sâu Học sinh sẽ học bù vào các "
             "buổi sáng thứ Bảy trong tháng 11.")
    ])  # fmt: skip
    assert [u.text for u in units] == [
        ">> Triều cường lên cao, nhiều tuyến đường ở Cần Thơ ngập sâu",
        "Học sinh sẽ học bù vào các buổi sáng thứ Bảy trong tháng 11.",
    ]
    assert [u.reason for u in units] == [LINKED_HEADLINE, "article text"]
