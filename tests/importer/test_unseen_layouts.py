"""Pages of sites the development set does not hold, in the layouts other than the one-line
`Content:` scrape (fixtures/unseen_layouts/texts.yml) and saved as HTML (fixtures/unseen_layouts/
*.html, with what each must read in pages.yml). Each page's sentences, captions and credits must
stay, its site's menus, share bars, related lists, tags, comment forms and footers must go, and
the title, stated date, source and author must be the page's."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from bantin.importer.convert import convert

from .test_unseen_sites import words

FIXTURES = Path(__file__).parent / "fixtures" / "unseen_layouts"
TEXTS = yaml.safe_load((FIXTURES / "texts.yml").read_text("utf-8"))


def render(page: dict) -> str:
    """The page's raw text in its layout."""
    body = [*page["head"], *page["article"], *([page["byline"]] if page.get("byline") else []), *page["tail"]]
    title, lead, layout = page["title"], page["lead"], page["layout"]
    if layout == "flat":
        return "\n".join([title, lead, " ".join(body)])
    if layout == "vfnd":
        described = f"{lead} - {page['site']}" if page.get("site") else lead
        return "\n".join([title, "", described, "", *body])
    if layout == "plain":
        return "\n\n".join([title, *body]) + "\n"
    return "\n".join([title, "", *body, "", "", "", lead])  # raw: the lead again at the end


def leftover(page: dict, body: str) -> tuple[list[str], str]:
    """The article's texts lost from `body`, and what of `body` is left once they are taken out."""
    flat = words(body)
    lost = [text for text in page["article"] if words(text) not in flat and not _STUB.match(text)]
    kept = (*page["article"], page["lead"], page.get("byline", ""))
    for text in sorted(kept, key=len, reverse=True):
        if text:
            flat = flat.replace(words(text), " ", 1)
    return lost, flat.strip()


_STUB = re.compile(r"^- Ảnh \d+\.$")  # a photo's place the scraper left (`- Ảnh 1.`): no text of the story


def _id(page: dict) -> str:
    return f"{page['layout']}-{page['title'][:24]}"


@pytest.mark.parametrize("page", TEXTS, ids=[_id(p) for p in TEXTS])
def test_a_text_page_keeps_its_story_and_loses_its_chrome(page: dict) -> None:
    article = convert(render(page).encode(), "page.txt", year=2024)
    lost, left = leftover(page, article.body)
    assert not lost, lost
    assert not left, left
    assert article.front.title == page["title"]
    expect = page["expect"]
    assert str(article.front.date) == str(expect.get("date", article.front.date))
    assert article.front.source == expect.get("source", article.front.source)
    assert (article.front.author or "") == expect.get("author", article.front.author or "")


@pytest.mark.parametrize(
    "sentence",
    [
        "Những ngày này, nông dân xã Dương Xuân Hội, huyện Châu Thành tất bật chăm sóc vườn thanh long.",
        "Ngày 16/2, ông Đức, chủ quán ở xã Hàm Liêm, huyện Hàm Thuận Bắc (Bình Thuận), tháo dỡ cầu thang.",
        "Đến đoạn thuộc thôn Cựp, xã Hướng Lập, huyện Hướng Hóa, xe bị mất lái lao xuống taluy âm bên phải.",
    ],
)
def test_a_sentence_naming_a_commune_and_its_district_stays_whole(sentence: str) -> None:
    page = TEXTS[0]
    text = "\n".join([page["title"], "", page["article"][0] + " " + sentence, *page["article"][1:]])
    body = " ".join(convert(text.encode(), "page.txt", year=2024).body.split())
    assert sentence in body


PAGES = yaml.safe_load((FIXTURES / "pages.yml").read_text("utf-8"))


@pytest.mark.parametrize("page", PAGES, ids=[p["file"] for p in PAGES])
def test_a_saved_page_keeps_its_story_and_reads_its_metadata(page: dict) -> None:
    data = (FIXTURES / "pages" / page["file"]).read_bytes()
    article = convert(data, page["file"], year=2020, sources={"vneconomy.vn": "VnEconomy"})
    body = words(article.body)
    assert [text for text in page["article"] if words(text) not in body] == []
    assert [text for text in page["chrome"] if words(text) in body] == []
    captions = [text for text in page.get("captions", []) if f"{text}\n{{: .caption }}" not in article.body]
    assert captions == [], article.body
    front = article.front
    got = {"title": front.title, "date": front.date, "source": front.source, "author": front.author}
    assert {key: got[key] for key in page["expect"]} == page["expect"]


@pytest.mark.parametrize(
    "line",
    [
        "Ngày 15 tháng 6 năm 2024",
        "Thứ bảy, ngày 15/6/2024",
        "2024-06-15 08:45",
        "Ngày đăng: 15-06-2024",
        "June 15, 2024",
        "Thứ bảy, 15 Tháng 6 2024 08:45",
        "Xuất bản: 15/06/2024 - 08:45",
        "Thứ Bảy, 15 Tháng Sáu, 2024",
        "Tháng Sáu 15, 2024 lúc 8:45 sáng",
    ],
)
@pytest.mark.parametrize("layout", ["plain", "raw"])
def test_a_date_line_above_the_story_gives_the_date_and_goes(line: str, layout: str) -> None:
    page = {**TEXTS[5], "layout": layout, "head": ["Trang chủ > Kinh tế", line]}
    article = convert(render(page).encode(), "page.txt", year=2020)
    assert str(article.front.date) == "2024-06-15"
    assert leftover(page, article.body) == ([], "")


_HOSTILE = re.compile(r"<\s*[a-z!/?]|\bon[a-z]+\s*=|javascript:|vbscript:|data:text|srcdoc", re.I)


@pytest.mark.parametrize("page", PAGES, ids=[p["file"] for p in PAGES])
def test_nothing_of_a_saved_page_s_code_reaches_its_markdown(page: dict) -> None:
    """No tag, event handler or script address, from a page's markup or its hostile bits (handlers,
    `javascript:` links, `<iframe>`, `<svg onload>`, `<embed>`): what the story prints as text
    (`&lt;script&gt;`) stays text, escaped."""
    data = (FIXTURES / "pages" / page["file"]).read_bytes()
    markdown = convert(data, page["file"], year=2020).markdown()
    assert _HOSTILE.findall(markdown) == []


def test_a_tag_the_story_prints_as_text_stays_its_text() -> None:
    data = (FIXTURES / "pages" / "hostile-tinnhanhmientrung-bao.html").read_bytes()
    body = convert(data, "bao.html", year=2020).body
    assert 'các thẻ như &lt;script>alert("bài viết")&lt;/script> chỉ là chữ trong bài' in body
