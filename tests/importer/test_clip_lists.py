"""A box of clips after the story, each title closed by its length in brackets (`Clip nổi bật Lễ trao
giải … (02:40) Hội thao công nhân … (04:05)`), run into the app badges: the box's label and first title
go (`inline`), and so does each title after it, right under a clip the detector took (`clip_lists`); a
clock's minutes in brackets are no numbered item's stop (`numbered_items`), so the app's label after
them (`Tải ứng dụng`) starts a widget. A story's line with a time in brackets and its stop stays. On
pages and lines written for these tests."""

from __future__ import annotations

from bantin.importer.clip_lists import clips_after_box
from bantin.importer.convert import convert
from bantin.importer.inline import MEDIA_REASON
from bantin.importer.numbered_items import after_item_number


def test_a_clocks_minutes_are_no_items_number() -> None:
    assert not after_item_number("Hội thao công nhân 2026 (04:05) ")
    assert after_item_number("Các bước như sau: Bước 2) ")  # a step's number still


def test_the_titles_under_the_box_go_and_a_sentence_stays() -> None:
    texts = [
        "Clip nổi bật Lễ trao giải (02:40)",
        "Hội thao công nhân 2026 (04:05)",
        "Phiên họp khai mạc (08:30).",
    ]
    kinds = [("chrome", MEDIA_REASON), ("prose", "short or headline-like"), ("prose", "sentence-like")]
    assert clips_after_box(kinds, texts) == [kinds[0], ("chrome", MEDIA_REASON), kinds[2]]


def test_the_clip_box_and_the_badges_go() -> None:
    page = (
        "Title: Bệnh viện triển khai kỹ thuật mới\nSource: Bệnh viện Đa khoa tỉnh Hậu Giang\n"
        "Link: https://bvdkhaugiang.vn/tin/ky-thuat-moi.html\n"
        "Published Date: 2026-11-28T10:00:00+07:00\nAuthor: \nTags: None\nSummary: Kỹ thuật mới.\n"
        "Content: Trang chủ Tin tức Ngày 27/11, Bệnh viện Đa khoa tỉnh Hậu Giang thực hiện thành công ca nút "
        "mạch điều trị u xơ tử cung đầu tiên cho một bệnh nhân 45 tuổi. Sau hai ngày, bệnh nhân đã xuất viện. "
        "Phòng Công tác xã hội Clip nổi bật Lễ trao giải bác sĩ trẻ (02:40) Hội thao công nhân 2026 (04:05) "
        "Tải ứng dụng BV Hậu Giang App Store Google Play Bệnh viện Đa khoa tỉnh Hậu Giang. 647 Trần Hưng Đạo\n"
    )
    body = convert(page.encode(), "page.txt", year=2026).body
    assert "Hội thao" not in body and "App Store" not in body, body
    assert "Sau hai ngày, bệnh nhân đã xuất viện." in body
