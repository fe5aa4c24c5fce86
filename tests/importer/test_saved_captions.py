"""Saved pages: a photo's caption in each shape pages set it in is a caption (`{: .caption }`, its
credit apart), however trafilatura reads the page, and the author a page names in its markup is the
article's author when trafilatura reads none. The pages are written for these tests."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert
from bantin.importer.markup import prepare

STORY = [
    "Sáng 10/5, UBND huyện Hướng Hóa tổ chức lễ khánh thành cầu dân sinh bắc qua suối Sê Pôn tại xã "
    "Hướng Lập, huyện Hướng Hóa, tỉnh Quảng Trị.",
    "Cây cầu dài 60 m, rộng 3,5 m, tổng vốn đầu tư 4,2 tỷ đồng từ nguồn xã hội hóa của các doanh nghiệp "
    "trên địa bàn tỉnh.",
    "Trước đây, mỗi mùa mưa lũ, hơn 300 hộ dân trong xã phải lội suối hoặc đi đò để ra trung tâm xã.",
]
CAPTION = "Người dân đi qua cầu mới trong ngày khánh thành."


def page(photo: str = "", *, head: str = "", after: str = "", story: list[str] = STORY) -> bytes:
    """A page with `photo` (a photo and its caption, in some shape) after the story's first paragraph."""
    first, *rest = (f"<p>{p}</p>" for p in story)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Quảng Trị khánh thành cầu dân sinh ở Hướng Hóa</title>{head}</head><body>
<div class="menu"><a href="/">Trang chủ</a> <a href="/xa-hoi">Xã hội</a></div>
<div class="detail"><h1>Quảng Trị khánh thành cầu dân sinh ở Hướng Hóa</h1>
<div class="content">{first}{photo}{"".join(rest)}</div>{after}</div>
<div class="footer">Giấy phép số 12/GP-BTTTT. Bản quyền thuộc Báo Núi Xanh.</div></body></html>""".encode()


SHAPES = {
    "a figure's figcaption": f"<figure><img src='/u/cau.jpg'><figcaption>{CAPTION}</figcaption></figure>",
    "a photo table's caption cell": (
        "<table class='photo' align='center'><tbody><tr><td><img src='/u/cau.jpg'></td></tr>"
        f"<tr><td class='pCaption'><p>{CAPTION}</p></td></tr></tbody></table>"
    ),
    "two photos in a table, their captions under them": (
        "<table><tr><td><img src='/u/a.jpg'></td><td><img src='/u/b.jpg'></td></tr><tr>"
        f"<td class='pCaption'>{CAPTION}</td><td class='pCaption'>Cầu cũ bị lũ cuốn trôi năm 2020.</td></tr></table>"
    ),
    "a photo table of two columns, its caption beside": (
        "<table><tr><td><img src='/u/cau.jpg'></td><td class='desc'>" + CAPTION + "</td></tr></table>"
    ),
    "an italic paragraph after the photo's": f"<p><img src='/u/cau.jpg'></p><p><em>{CAPTION}</em></p>",
    "an italic style after a linked photo": (
        f"<div class='img'><a href='/u/cau.jpg'><img src='/u/cau-nho.jpg'></a></div>"
        f"<p><span style='font-style: italic'>{CAPTION}</span></p>"
    ),
    "a figure with no figcaption, a caption's class after": (
        f"<figure class='image'><img src='/u/cau.jpg' alt=''></figure><p class='image-caption'>{CAPTION}</p>"
    ),
    "a photo opening a viewer, its caption in italics": (
        f"<p><a href='javascript:void(0)' class='zoom'><img src='/u/cau.jpg'></a></p><p><i>{CAPTION}</i></p>"
    ),
    "a description box after the photo": f"<div><img src='/u/cau.jpg'></div><div class='img-desc'>{CAPTION}</div>",
    "a centred line after the photo": f"<p><img src='/u/cau.jpg'></p><p align='center'>{CAPTION}</p>",
    "text in the photo's box after it": f"<p style='text-align:center'><img src='/u/cau.jpg'><br><i>{CAPTION}</i></p>",
    "a lazy photo in a picture": (
        "<figure><picture><source srcset='/u/cau.webp' type='image/webp'>"
        "<img src='data:image/gif;base64,R0lGODlhAQABAAAAACw=' data-src='/u/cau.jpg'></picture>"
        f"<figcaption><p>{CAPTION}</p></figcaption></figure>"
    ),
}


@pytest.mark.parametrize("shape", SHAPES, ids=list(SHAPES))
def test_a_photo_s_caption_in_each_shape_is_a_caption(shape: str) -> None:
    body = convert(page(SHAPES[shape]), "cau.html", year=2024).body
    assert f"{CAPTION}\n{{: .caption }}" in body
    assert all(paragraph in body for paragraph in STORY)
    assert body.index(STORY[0]) < body.index(CAPTION) < body.index(STORY[1])


@pytest.mark.parametrize(
    ("photo", "credit"),
    [
        (f"<figure><img src='/u/c.jpg'><figcaption>{CAPTION} <span class='credit'>Ảnh: Thanh Trúc</span>"
         "</figcaption></figure>", "Ảnh: Thanh Trúc"),
        (f"<figure><img src='/u/c.jpg'><figcaption><p>{CAPTION}</p><p>(Ảnh: Hồng Vân)</p></figcaption></figure>",
         "Ảnh: Hồng Vân"),
        (f"<p><img src='/u/c.jpg'></p><p><em>{CAPTION}</em></p><p style='text-align:right'><em>Ảnh: TTXVN</em></p>",
         "Ảnh: TTXVN"),
        (f"<p><img src='/u/c.jpg'></p><p class='note'>{CAPTION} Ảnh: Lê Minh</p>", "Ảnh: Lê Minh"),
        (f"<p><img src='/u/c.jpg'></p><p>{CAPTION}</p><p>(Ảnh: Lê Minh)</p>", "Ảnh: Lê Minh"),
    ],
)  # fmt: skip
def test_a_credit_inside_or_under_a_caption_is_its_credit(photo: str, credit: str) -> None:
    body = convert(page(photo), "cau.html", year=2024).body
    assert f"{CAPTION} *{credit}*{{: .credit}}\n{{: .caption }}" in body, body
    assert body.count(credit) == 1


def test_a_short_paragraph_after_a_photo_with_nothing_to_mark_it_a_caption_stays_text_in_a_figure() -> None:
    line = "Cầu được thông xe ngay sau lễ khánh thành."  # a figure ends the photo: what follows is text
    body = convert(page(f"<figure><img src='/u/c.jpg'><figcaption>{CAPTION}</figcaption></figure><p>{line}</p>"),
                   "cau.html", year=2024).body  # fmt: skip
    assert f"{CAPTION}\n{{: .caption }}" in body
    assert f"{line}\n{{: .caption }}" not in body and line in body


def test_marks_written_in_a_page_s_own_text_do_not_make_a_caption_or_a_heading() -> None:
    sneaky = "Đoạn văn ⟦⁂này không phải chú thích⁂⟧ của ảnh ⟦§nào§⟧ cả."
    body = convert(page(f"<p>{sneaky}</p>"), "cau.html", year=2024).body
    assert "Đoạn văn này không phải chú thích của ảnh nào cả." in body
    assert "⁂" not in body and "§" not in body and "{: .caption }" not in body and "#" not in body


def test_a_subheading_stays_a_heading_when_trafilatura_falls_back() -> None:
    """A short page, a photo at its head: trafilatura's fallback reads it, and drops headings."""
    story = [STORY[0], "<h2>Mùa mưa không còn lội suối</h2>", *STORY[1:]]
    html = page(head="", story=story).replace(b"<p><h2>", b"<h2>").replace(b"</h2></p>", b"</h2>")
    body = convert(html.replace(b'<div class="content">', b'<div class="content"><p><img src="/u/a.jpg"></p>'),
                   "cau.html", year=2024).body  # fmt: skip
    assert "## Mùa mưa không còn lội suối" in body
    assert body.index(STORY[0]) < body.index("## Mùa mưa") < body.index(STORY[1])


AUTHORS = {
    "an author's box with a photo, a link and a bio": (
        {"after": "<div class='author-box'><img src='/a.jpg'><div class='author-info'><a href='/tac-gia/minh-anh'>"
                  "Minh Anh</a><p>Phóng viên mảng xã hội, chuyên viết về nông thôn miền núi và giáo dục vùng cao."
                  "</p></div></div>"}
    ),
    "a labelled name in a byline's box": {"after": "<div class='byline'><span>Tác giả: Minh Anh</span></div>"},
    "a name in capitals at the end": {"after": "<p class='author'><strong>MINH ANH</strong></p>"},
    "a link marked rel=author": {"after": "<div class='meta'><a rel='author' href='/u/9'>Minh Anh</a></div>"},
    "schema.org's itemprop": {
        "after": "<span itemprop='author' itemscope><meta itemprop='name' content='Minh Anh'></span>"
    },
    "the article:author meta": {"head": "<meta property='article:author' content='Minh Anh'>"},
    "JSON-LD's author object": {
        "head": '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person",'
                '"name":"Minh Anh"}}</script>'
    },
}  # fmt: skip


@pytest.mark.parametrize("where", AUTHORS, ids=list(AUTHORS))
def test_the_author_a_page_names_in_its_markup_is_the_author(where: str) -> None:
    article = convert(page(**AUTHORS[where]), "cau.html", year=2024)
    assert article.front.author == "Minh Anh"
    assert "Phóng viên mảng" not in article.body


@pytest.mark.parametrize(
    "where",
    [
        {"head": "<meta property='article:author' content='https://www.facebook.com/baonuixanh'>"},
        {"after": "<div class='comments'><div class='comment'><span class='author'>Trần Văn Hai</span>"
                  "<p>Cầu đẹp quá, cảm ơn các nhà hảo tâm.</p></div></div>"},
        {"after": "<aside><div class='news-item'><a href='/x'>Tin khác</a><span class='author'>Lê Ba</span></div></aside>"},
    ],
)  # fmt: skip
def test_an_address_or_a_commenter_s_name_is_no_author(where: dict[str, str]) -> None:
    assert convert(page(**where), "cau.html", year=2024).front.author is None


def test_a_photo_credited_with_no_caption_leaves_the_paragraph_before_it_text() -> None:
    body = convert(page("<figure><img src='/u/c.jpg'><figcaption>Ảnh: TTXVN</figcaption></figure>"),
                   "cau.html", year=2024).body  # fmt: skip
    assert f"{STORY[0]}\n\n" in body and "*Ảnh: TTXVN*{: .credit}\n{: .caption }" in body


@pytest.mark.parametrize(
    "masthead",
    [
        "<div class='top'><a href='/'><img src='/logo.png'></a><div style='font-style:italic'>Tiếng nói của vùng</div></div>",
        "<header><img src='/logo.png'><p><em>Tiếng nói của vùng</em></p></header>",
        "<div><img src='/icons/rss.png' width='16' height='16'></div><p><em>Tiếng nói của vùng</em></p>",
        "<div class='item'><a href='/tin/khac.html'><img src='/t/1.jpg'></a></div><p class='desc'>Tiếng nói của vùng</p>",
    ],
)  # fmt: skip
def test_a_logo_an_icon_and_the_line_under_them_are_no_photo_and_caption(masthead: str) -> None:
    prepared = prepare(page().decode().replace('<div class="menu">', masthead + '<div class="menu">'))
    assert "⟦⁂" not in prepared.page


def test_the_sapo_in_italics_under_the_cover_photo_is_the_lead_not_a_caption() -> None:
    cover = "<div class='cover'><img src='/u/cover.jpg'></div><p class='sapo'><em>Cây cầu mới giúp hơn 300 hộ dân đi lại an toàn.</em></p>"
    prepared = prepare(page().decode().replace('<div class="content">', cover + '<div class="content">'))
    assert "⟦⁂" not in prepared.page
    assert prepared.sapo == "Cây cầu mới giúp hơn 300 hộ dân đi lại an toàn."


@pytest.mark.parametrize(
    ("masthead", "site"),
    [
        ("<a href='/'><img src='/logo.png' alt='Báo Núi Xanh'></a>", "Báo Núi Xanh"),
        ("<a href='https://nuixanh.vn/'>Núi Xanh Online</a>", "Núi Xanh Online"),
        ("<a href='/'>Trang chủ</a>", None),
        ("<a href='/'>&lt;img src=x onerror=alert(1)&gt; Núi Xanh</a>", None),
    ],
)
def test_the_masthead_s_link_home_names_the_site(masthead: str, site: str | None) -> None:
    assert (
        prepare(page().decode().replace('<div class="menu">', masthead + '<div class="menu">')).site == site
    )
