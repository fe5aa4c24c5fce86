"""Reading and writing article files: the schema, its errors, and what templates use."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

import nh3
import pytest
import yaml

from bantin.core.article import Article, FrontMatter, dump_article, plain_text, read_article
from bantin.core.errors import ContentErrors

GOOD = """---
title: Tiêu đề bài
date: 2021-12-08
source: TTXVN
people:
- tran-cam-tu
title_en: ''
---

Chú thích ảnh – *Ảnh: TTXVN*{: .credit}
{: .caption }

Đoạn **đầu tiên** của bài.

Đoạn thứ hai.
"""


def test_read_article(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(GOOD, encoding="utf-8")
    article = read_article(path, "articles/2021/a.md")
    assert article.title == "Tiêu đề bài" and article.date == dt.date(2021, 12, 8)
    assert article.people == ["tran-cam-tu"] and article.places == []
    assert article.title_en is None and article.english_title_by() is None
    assert article.lead_text == "Đoạn đầu tiên của bài."  # captions are not the lead
    assert article.effective_slug == "tieu-de-bai"
    assert article.body.startswith("Chú thích ảnh")


def test_dump_then_read_round_trips(tmp_path: Path) -> None:
    header = FrontMatter(title="Hòa bình", date=dt.date(2022, 1, 2), places=["lao"], keywords=["an ninh"])
    text = dump_article(header, "Một đoạn.\n")
    assert "title: Hòa bình\n" in text  # readable Vietnamese, not \u escapes
    assert text.index("places:") < text.index("title_en:") < text.index("keywords:")
    path = tmp_path / "b.md"
    path.write_text(text, encoding="utf-8")
    again = read_article(path, "b.md")
    assert FrontMatter(**{k: getattr(again, k) for k in FrontMatter.model_fields}) == header


@pytest.mark.parametrize(
    "url", ["https://a.vn/quan-he-viet-nam---lao.aspx", "https://a.vn/x-----y", "https://a.vn/---"]
)
def test_a_value_with_three_dashes_leaves_no_fence_in_the_head(tmp_path: Path, url: str) -> None:
    """Tools that cut a file at the first `---` after the opening fence still get the whole head."""
    header = FrontMatter(title="Quan hệ Việt Nam --- Lào", date=dt.date(2024, 3, 15), source_url=url)
    text = dump_article(header, "Một đoạn.\n\n---\n\nĐoạn sau.\n")
    _, head, body = text.split("---", 2)
    assert yaml.safe_load(head)["source_url"] == url  # the escaped dashes read back as dashes
    assert yaml.safe_load(head)["title"] == "Quan hệ Việt Nam --- Lào"
    assert body.strip().startswith("Một đoạn.") and "\n---\n" in body  # the body's rule is the body's
    path = tmp_path / "b.md"
    path.write_text(text, encoding="utf-8")
    assert read_article(path, "b.md").source_url == url


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("---\ntitle: x\n---\nA\n", "a.md:2: date: Field required"),
        ("---\ntitle: x\ndate: 2021-13-01\n---\n", "a.md:3: date: Input should be a valid date"),
        (
            "---\ntitle: x\ndate: 2021-01-01 08:30\nslug: Có dấu\n---\n",
            "a.md:4: slug: String should match pattern",
        ),
        (
            "---\ntitle: x\ndate: 2021-01-01\ntitle_en_by: robot\n---\n",
            "a.md:4: title_en_by: String should match pattern",
        ),
        ("---\ntitle: x\ndate: 2021-01-01\n", "a.md:1: front-matter is not closed"),
        ("---\n- a\n---\n", "a.md:2: front-matter must be a mapping"),
        ("---\ntitle: 'x\ndate: 2021-01-01\n---\n", "a.md:2: invalid YAML front-matter"),
    ],
)
def test_errors_name_file_and_line(tmp_path: Path, text: str, expected: str) -> None:
    path = tmp_path / "a.md"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ContentErrors) as caught:
        read_article(path, "a.md", display="a.md")
    assert str(caught.value.errors[0]).startswith(expected)


@pytest.mark.parametrize(
    "fragment",
    [
        'Ngày 15/10, tại Hà Nội, hai bên (Việt Nam – Lào) nhất trí: tăng cường hợp tác; "đặc biệt" 100%.',
        "Giá 5.000 đồng, tăng 3,5% so với 2020.\nDòng thứ hai  \nDòng ba",
        "+5 điểm so với năm trước, a - b",
        "Tiêu đề\n===",
        "- mục một",
        "2020. Năm bản lề",
        "> trích dẫn",
        "Chữ *nghiêng* và **đậm**, [liên kết](https://example.org) &amp; &lt;b&gt;",
        "\tmã",
        "    mã",
    ],
)
def test_plain_text_skips_markdown_only_where_markdown_would_change_nothing(fragment: str) -> None:
    from bantin.core.article import _converter

    rendered = _converter().reset().convert(fragment)
    expected = " ".join(html.unescape(nh3.clean(rendered, tags=set())).split())
    assert plain_text(fragment) == expected


@pytest.mark.parametrize(
    ("between", "line"),
    [("", 5), ("\n", 6), ("\n  \n\n", 8)],
)
def test_links_in_the_body_are_counted_in_the_whole_file(tmp_path: Path, between: str, line: int) -> None:
    """With or without blank lines after the closing `---` (before, without one the body was
    counted a line too far)."""
    path = tmp_path / "a.md"
    path.write_text(f"---\ntitle: x\ndate: 2021-01-01\n---\n{between}Xem [bài](../b/).\n", encoding="utf-8")
    article = read_article(path, "a.md")
    assert article.body == "Xem [bài](../b/).\n"
    assert article.line_of("[bài]") == line


def test_the_build_and_the_editing_commands_cut_a_file_alike(tmp_path: Path) -> None:
    """One reading of where front-matter ends: a first line of three dashes, as `tag` and
    `translate` read it (python-frontmatter also took four)."""
    path = tmp_path / "a.md"
    path.write_text("----\ntitle: x\ndate: 2021-01-01\n---\nThân bài.\n", encoding="utf-8")
    with pytest.raises(ContentErrors) as caught:
        read_article(path, "a.md")
    assert "no front-matter" in str(caught.value.errors[0])


def test_a_copy_with_a_changed_field_does_not_keep_the_times_and_slug_made_before() -> None:
    """The times and the slug are kept once made (`cached_property`); `model_copy` drops them."""
    article = Article(title="Tin cũ", date="2021-10-15", updated="2021-10-20", src_uri="a.md")
    made = (article.updated_at.day, article.modified, article.effective_slug)
    assert made == (20, dt.date(2021, 10, 20), "tin-cu")
    changes = {"title": "Tin mới", "updated": dt.date(2022, 1, 2), "date": dt.date(2021, 12, 1)}
    copy = article.model_copy(update=changes)
    assert copy.effective_slug == "tin-moi"
    assert (copy.published_at, copy.updated_at) == (
        dt.datetime(2021, 12, 1, tzinfo=dt.UTC),
        dt.datetime(2022, 1, 2, tzinfo=dt.UTC),
    )
    assert article.model_copy() == article and article.updated_at.day == 20
