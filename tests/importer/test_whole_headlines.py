"""A saved page prints its headline whole (its `<h1>`, its `<title>`): an address whose slug runs on
past it (a word the editor took out of the headline, `…-hang-hoa-atiga-n5512.html`) completes nothing;
a headline a scraper cut (`…`) is still completed from it (header.py)."""

from __future__ import annotations

from bantin.importer.convert import convert

TITLE = "ASEAN hoàn tất đàm phán nâng cấp Hiệp định Thương mại hàng hóa"
LINK = (
    "https://mau.vn/the-gioi/asean-hoan-tat-dam-phan-nang-cap-hiep-dinh-thuong-mai-hang-hoa-atiga-n5512.html"
)
STORY = (
    "Ngày 27/10, các Bộ trưởng Kinh tế ASEAN tuyên bố hoàn tất đàm phán nâng cấp Hiệp định Thương mại "
    "hàng hóa ASEAN (ATIGA) sau hơn ba năm. Hiệp định bổ sung các chương mới về thương mại số."
)


def test_a_saved_pages_whole_headline_is_not_completed_from_its_slug() -> None:
    page = (
        f'<html lang="vi"><head><meta charset="utf-8"><title>{TITLE}</title>'
        f'<meta property="og:title" content="{TITLE}"><meta property="og:url" content="{LINK}"></head>'
        f"<body><article><h1>{TITLE}</h1><p>{STORY}</p><p>Các nước sẽ ký hiệp định tại Hội nghị Cấp cao cuối năm.</p>"
        "</article></body></html>"
    )
    assert convert(page.encode(), "page.html", year=2017, sources={}).front.title == TITLE


def test_a_scrapers_cut_headline_is_still_completed_from_its_slug() -> None:
    page = (
        f"Title: ASEAN hoàn tất đàm phán nâng cấp Hiệp định Thương mại…\nSource: mau.vn\nLink: {LINK}\n"
        f"Published Date: 2026-10-27\nAuthor: \nTags: None\nSummary: \nContent: {STORY}\n"
    )
    title = convert(page.encode(), "page.txt", year=2017, sources={}).front.title
    assert title.startswith(TITLE)
