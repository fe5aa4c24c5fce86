"""A box's header opening the text (`Lịch phát sóng trên kênh H1:`) keeps its rows when the headline
names that box (`Lịch phát sóng chương trình đặc biệt …`) and the story goes on after them (`tables`):
the story is the schedule; a box of the page's at the top of another story still goes."""

from __future__ import annotations

from bantin.importer.convert import convert
from bantin.importer.furniture import signals
from bantin.importer.tables import BOX_HEADER, story_tables

_ROWS = [
    "19h30: Thời sự đặc biệt",
    "21h00: Táo quân phiên bản Thủ đô",
    "0h00: Truyền hình trực tiếp bắn pháo hoa",
]
_AFTER = 'Khán giả có thể xem trực tuyến trên ứng dụng của đài, bấm vào mục "Xem trực tiếp".'


def _kinds(texts: list[str]) -> list[tuple[str, str]]:
    return [("chrome", BOX_HEADER)] + [("short", "")] * len(_ROWS) + [("prose", "")]


def test_the_schedule_a_headline_names_stays() -> None:
    texts = ["Lịch phát sóng trên kênh H1:", *_ROWS, _AFTER]
    out = story_tables(_kinds(texts), [signals(t) for t in texts], texts, ["Lịch phát sóng đêm Giao thừa"])
    assert all(kind == "prose" for kind, _ in out)


def test_a_schedule_atop_another_story_goes() -> None:
    texts = ["Lịch phát sóng trên kênh H1:", *_ROWS, _AFTER]
    out = story_tables(_kinds(texts), [signals(t) for t in texts], texts, ["Nghệ sĩ Thủ đô đón Tết sớm"])
    assert out[0] == ("chrome", BOX_HEADER)


def test_a_news_please_page_opening_with_its_schedule_keeps_it() -> None:
    text = "\n".join(
        [
            "Lịch phát sóng chương trình đặc biệt đêm Giao thừa",
            "",
            "Đêm 30 Tết, các kênh truyền hình phát sóng chương trình nghệ thuật chào Xuân từ 19h. - Báo Mẫu",
            "",
            "Văn hóa › Truyền hình",
            "Lịch phát sóng trên kênh H1:",
            *_ROWS,
            _AFTER,
            "Lam Giang",
            "Chia sẻ",
            "Bình luận",
        ]
    )
    body = convert(text.encode(), "page.txt", year=2026).body
    assert all(row.split(": ")[1] in body for row in _ROWS)
