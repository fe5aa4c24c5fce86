"""A writer's name printed twice after the story's last stop (the author's box: its link and its heading,
then the writer's office, no bio sentence) is the author, not a logo scraped twice; a logo's name
twice over the lead still goes."""

from __future__ import annotations

from bantin.importer.body import strip_site_repeats
from bantin.importer.convert import convert
from bantin.importer.parsed import Block

_LAST = "Ông Phạm Đức Mục được bầu làm Chủ tịch Hội khóa IX."


def _page(body: str) -> bytes:
    return (
        "Title: Đại hội Hội Kỹ thuật viên nhiệm kỳ mới\nSource: Hội Kỹ thuật viên Mẫu\n"
        "Link: https://example.vn/dai-hoi-hoi-ky-thuat-vien.html\nPublished Date: 2026-11-21T16:30:00+07:00\n"
        "Author: \nTags: None\nSummary: Đại hội bầu Ban Chấp hành khóa IX.\n"
        f"Content: Ngày 21/11, Hội Kỹ thuật viên tổ chức Đại hội đại biểu toàn quốc lần thứ IX. {_LAST} {body}\n"
    ).encode()


def test_a_name_twice_after_the_story_s_stop_is_the_author_s_box() -> None:
    body = (
        "Thu Hương Thu Hương Ban Truyền thông Hội Kỹ thuật viên Tin liên quan Tập huấn kỹ năng cho hội viên"
    )
    converted = convert(_page(body), "page.txt", year=2026)
    assert converted.front.author == "Thu Hương"
    assert _LAST in converted.body
    assert "Ban Truyền thông" not in converted.body


def test_the_name_stays_twice_after_a_stop_and_a_logo_s_name_twice_goes() -> None:
    kept = strip_site_repeats([Block("paragraph", f"{_LAST} Thu Hương Thu Hương Ban Truyền thông")], [])
    assert kept[0].text == f"{_LAST} Thu Hương Thu Hương Ban Truyền thông"
    sources: list[str] = []
    logo = strip_site_repeats([Block("paragraph", "VOV VOV Ngày 21/11, Hội tổ chức Đại hội.")], sources)
    assert logo[0].text == "Ngày 21/11, Hội tổ chức Đại hội."
