"""A live page (tường thuật trực tiếp) opens each entry with its time (`08:15`, `09h30`): the time
stays in the text, with its entry, however the page sets it (a `<time>`, which trafilatura drops, a
box or a line of its own, a scrape's line); the page's own stamp in a `<time>` still dates it. The
pages are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bantin.importer.body import join_entry_times
from bantin.importer.convert import convert
from bantin.importer.parsed import Block

TITLE = "Trực tiếp: Khai mạc giải marathon quốc tế di sản Hà Nội 2024"
LEAD = "Sáng nay, giải marathon quốc tế di sản Hà Nội 2024 chính thức khai mạc với hơn 10.000 vận động viên."
ENTRIES = [
    ("08:15", "Đoàn xe đưa các vận động viên đã có mặt tại sân vận động, hàng nghìn cổ động viên chờ sẵn."),
    (
        "08:40",
        "Lễ khai mạc bắt đầu với màn đồng diễn của hơn 500 học sinh các trường trên địa bàn thành phố.",
    ),
    ("09h30", "Chủ tịch UBND thành phố phát biểu khai mạc, nhấn mạnh ý nghĩa của giải đối với phong trào."),
    ("10:05", "Các vận động viên xuất phát ở cự ly 42 km, thời tiết thuận lợi, trời mát và nhiều mây."),
]
SHAPES = {
    "a <time> before the entry's paragraph": "<div class='live-item'><time>{t}</time><p>{x}</p></div>",
    "a <time> opening the paragraph": "<p><time datetime='2024-02-16'>{t}</time> {x}</p>",
    "the time's box above the entry": "<div class='post'><div class='time-live'>{t}</div><div>{x}</div></div>",
    "the time bold on its own line": "<p><b>{t}</b></p><p>{x}</p>",
    "the time bold, a break, the entry": "<p><strong>{t}</strong><br>{x}</p>",
}


def _page(shape: str) -> bytes:
    entries = "".join(shape.format(t=t, x=x) for t, x in ENTRIES)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{TITLE}</title></head><body>
<div class="menu"><a href="/">Trang chủ</a> <a href="/the-thao">Thể thao</a></div>
<article><h1>{TITLE}</h1><div class="meta"><time datetime="2024-02-16T07:30:00+07:00">16/02/2024 07:30</time></div>
<div class="content"><p>{LEAD}</p>{entries}</div></article>
<div class="footer">Giấy phép số 12/GP-BTTTT. Bản quyền thuộc Báo Mẫu.</div></body></html>""".encode()


@pytest.mark.parametrize("shape", SHAPES.values(), ids=SHAPES.keys())
def test_a_live_page_s_entries_keep_their_times(shape: str) -> None:
    converted = convert(_page(shape), "truc-tiep.html", year=2017)
    paragraphs = converted.body.strip().split("\n\n")
    for time, text in ENTRIES:
        assert f"{time} {text}" in paragraphs
    assert converted.front.date == dt.date(2024, 2, 16)


@pytest.mark.parametrize("glue", ["\n", " "])
def test_a_scraped_live_page_keeps_its_times_with_their_entries(glue: str) -> None:
    content = "\n".join([LEAD, *(f"{t}{glue}{x}" for t, x in ENTRIES)])
    page = f"Title: {TITLE}\nSource: \nLink: \nPublished Date: 16/02/2024\nAuthor: \nTags: \nSummary: \nContent: {content}\n"
    paragraphs = convert(page.encode(), "truc-tiep.txt", year=2017).body.strip().split("\n\n")
    assert paragraphs == [LEAD, *(f"{t} {x}" for t, x in ENTRIES)]


def test_only_a_time_alone_opens_the_next_paragraph() -> None:
    blocks = [
        Block("paragraph", "08:15"),
        Block("paragraph", "Đoàn xe đã có mặt."),
        Block("paragraph", "Lúc 08:40"),  # words with the time: a paragraph of its own
        Block("paragraph", "Lễ khai mạc bắt đầu."),
        Block("heading", "09h30"),  # a heading the page set stays one
        Block("paragraph", "Chủ tịch phát biểu."),
    ]
    assert join_entry_times(blocks) == [
        Block("paragraph", "08:15 Đoàn xe đã có mặt."),
        *blocks[2:],
    ]
