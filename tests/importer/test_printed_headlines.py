"""Saved pages whose metadata says otherwise than the page prints: an `og:title` or JSON-LD headline
written for social networks is not the headline when the `<h1>` and the `<title>` agree on another
(`html._printed`); and an embedded post's frame, whose links all lead to the post, is no list of
other stories, so the caption the story quotes stays (`markup._drop_story_boxes`)."""

from __future__ import annotations

import pytest

from bantin.importer.convert import convert
from bantin.importer.html import parse_html
from bantin.importer.markup import prepare

_STORY = (
    "<p>Sáng nay, huyện miền núi khánh thành cây cầu treo thứ mười hai nối hai bờ con suối lớn.</p>"
    "<p>Cây cầu dài 80 mét, rộng 1,5 mét, giúp hơn 300 học sinh không phải lội suối đến trường.</p>"
)


def _page(title: str, h1: str, og: str = "", ld: str = "", body: str = _STORY) -> str:
    metas = f'<meta property="og:title" content="{og}">' if og else ""
    script = (
        f'<script type="application/ld+json">{{"@type":"NewsArticle","headline":"{ld}"}}</script>'
        if ld
        else ""
    )
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>{metas}{script}'
        f'<meta property="og:site_name" content="Báo Núi Mẫu"></head><body>'
        f"<article><h1>{h1}</h1>{body}</article></body></html>"
    )


_H1 = "Huyện vùng cao khánh thành cây cầu treo thứ mười hai"
_SOCIAL = "🔥 Không còn cảnh lội suối: học sinh vùng cao có cầu mới?"


@pytest.mark.parametrize("title", [f"{_H1} - Báo Núi Mẫu", f"{_H1} | Báo Núi Mẫu", _H1])
@pytest.mark.parametrize("meta", [{"og": _SOCIAL}, {"ld": _SOCIAL}, {"og": _SOCIAL, "ld": _SOCIAL}])
def test_the_headline_the_h1_and_the_title_agree_on_is_the_title(title: str, meta: dict[str, str]) -> None:
    parsed = parse_html(_page(title, _H1, **meta))
    assert parsed.title == _H1
    assert all(block.text != _H1 for block in parsed.blocks)  # not a heading over the story


def test_a_title_that_holds_the_metadata_s_headline_keeps_it() -> None:
    # the `<h1>` is a kicker or a shortened line; the `<title>` backs the metadata's headline
    long = "Huyện vùng cao khánh thành cây cầu treo thứ mười hai cho học sinh"
    assert parse_html(_page(f"{long} - Báo Núi Mẫu", "Cầu mới cho học sinh", og=long)).title == long


def test_a_cut_og_title_is_still_made_whole_from_the_h1() -> None:
    parsed = parse_html(_page(f"{_H1} - Báo Núi Mẫu", _H1, og="Huyện vùng cao khánh thành cây cầu..."))
    assert parsed.title == _H1


_EMBED = (
    '<p>Trên trang cá nhân, người đoạt giải viết:</p><blockquote class="instagram-media" '
    'data-instgrm-permalink="https://www.instagram.com/p/Ab1/"><div style="padding:16px">'
    '<a href="https://www.instagram.com/p/Ab1/"><div>Xem bài viết này trên Instagram</div></a>'
    '<p><a href="https://www.instagram.com/p/Ab1/">Cảm ơn thầy cô và bạn bè đã luôn tin tưởng và ủng hộ em '
    "trong suốt những năm qua.</a></p><p>Một bài viết được chia sẻ bởi Mai Lan (@mailan.ig)</p></div></blockquote>"
)


def test_an_embedded_post_s_caption_the_story_quotes_stays_and_its_frame_goes() -> None:
    page = _page(f"{_H1} - Báo Núi Mẫu", _H1, body=_STORY + _EMBED + _STORY.replace("Sáng nay", "Chiều nay"))
    body = convert(page.encode(), "page.html", year=2024).body
    assert "Cảm ơn thầy cô và bạn bè đã luôn tin tưởng và ủng hộ em" in body
    assert "Xem bài viết này trên Instagram" not in body
    assert "@mailan.ig" not in body


def test_a_labelled_list_of_other_stories_still_goes() -> None:
    related = (
        "<div><p>Xem thêm tin</p><p><a href='/a'>Tỉnh miền núi xây thêm ba trường bán trú cho học sinh</a></p>"
        "<p><a href='/b'>Cầu dân sinh mới giúp người dân vùng cao đi lại thuận tiện</a></p></div>"
    )
    body = convert(
        _page(f"{_H1} - Báo Núi Mẫu", _H1, body=_STORY + related).encode(), "p.html", year=2024
    ).body
    assert "trường bán trú" not in body and "Cầu dân sinh mới" not in body


@pytest.mark.parametrize("href", ["javascript:void(0)", "#"])
def test_a_list_of_stories_a_script_opens_still_goes(href: str) -> None:
    # its links lead nowhere alike (`javascript:void(0)`): that says nothing of one post
    related = (
        f"<div><p>Bạn đọc quan tâm</p><p><a href='{href}' onclick='go(1)'>Tỉnh miền núi xây thêm ba trường"
        f" bán trú cho học sinh</a></p><p><a href='{href}' onclick='go(2)'>Cầu dân sinh mới giúp người dân"
        " vùng cao đi lại thuận tiện</a></p></div>"
    )
    page = prepare(_page(f"{_H1} - Báo Núi Mẫu", _H1, body=_STORY * 3 + related)).page
    assert "trường bán trú" not in page and "Cầu dân sinh mới" not in page  # the box went before trafilatura
