"""Plain paragraphs kept out of Markdown: the output must be the converter's own, always."""

from __future__ import annotations

import random

import markdown
import pytest

from bantin.core import prose
from bantin.site.sanitize import sanitize_html, sanitize_plain

EXTENSIONS = ["toc", "tables", "fenced_code", "attr_list"]  # what MkDocs gives our mkdocs.yml


def _reference(text: str, extensions: list[str] = EXTENSIONS) -> str:
    return markdown.Markdown(extensions=extensions).convert(text)


#: Blocks as articles and editors write them, and blocks meant to trip the short cut up.
BLOCKS = [
    "Ngày 5/1, tại Viêng Chăn, hai bên đã ký kết biên bản ghi nhớ về hợp tác.",
    "Đoạn văn có hai dòng\nvà dòng thứ hai nối tiếp (theo TTXVN).",
    'Thủ tướng Lào – ông Sonexay Siphandone – phát biểu: "Quan hệ đặc biệt".',
    "15 năm qua, kim ngạch thương mại song phương tăng 20%.",
    "Chú thích ảnh – *Ảnh: TTXVN*{: .credit}\n{: .caption }",
    "Chú thích kết thúc bằng dấu chấm. *Ảnh: Báo Nhân dân*{: .credit}\n{: .caption }",
    "*Ảnh: Hồ Hồng Giang/TTXVN*{: .credit}\n{: .caption }",  # the credit alone
    "Chú thích không có nguồn\n{: .caption }",
    "Chú thích\u00a0có khoảng trắng không ngắt – *Ảnh:\u00a0TTXVN*{: .credit}\n{: .caption }",
    "Hai – dấu – *Ảnh: TTXVN*{: .credit}\n{: .caption }",
    "Có *nhấn mạnh* – *Ảnh: TTXVN*{: .credit}\n{: .caption }",  # not simple: the converter's
    "Chú thích – *Ảnh: <b>TTXVN</b>*{: .credit}\n{: .caption }",
    "Chú thích  – *Ảnh: TTXVN*{: .credit}\n{: .caption }",
    " *Ảnh: TTXVN*{: .credit}\n{: .caption }",
    "Chú thích – *Ảnh: TTXVN*{: .credit}\n{: .caption}",
    "Chú thích – *Ảnh: TTXVN*{: .credit} thêm\n{: .caption }",
    "Chú thích – *Ảnh: TTXVN*{: .credit}\n{: .caption }\nthêm dòng",
    "1. Chú thích – *Ảnh: TTXVN*{: .credit}\n{: .caption }",
    "Chú thích – **Ảnh: TTXVN**{: .credit}\n{: .caption }",
    "## Hợp tác giáo dục",
    "## Hợp tác giáo dục",  # twice: toc must number the second id
    "## Hợp tác giáo dục_1",  # the id toc would give the second one
    "# Đảng và Nhà nước",  # h1: the sanitizer drops its id
    "### Tiêu đề\u00a0có khoảng trắng không ngắt",
    "###### Cấp sáu",
    "####### Bảy dấu thăng",
    "## Tiêu đề có dấu thăng cuối ##",
    "##Không có dấu cách",
    "##  Hai dấu cách",
    "## ",
    "## Tiêu đề\nvà dòng tiếp",
    "## Có *nhấn mạnh*",
    "## 2021 năm bản lề",
    "## [TOC]",
    "Tiêu đề kiểu setext\n-------------------",
    "- một\n- hai",
    "1. thứ nhất\n2. thứ hai",
    "2021. Năm bản lề",
    "> Trích dẫn\ntiếp tục lười",
    "    mã thụt lề",
    "```\nkhối mã\n```",
    "```",
    "~~~",
    "<div>",
    "</div>",
    '<div markdown="1">',
    "Xem [bài trước][1] và [trang chủ](../../).",
    "[1]: https://example.org/bai-truoc",
    "| a | b |\n|---|---|\n| 1 | 2 |",
    "Dòng có hai dấu cách cuối  \nvà xuống dòng.",
    "Chữ &amp; ký hiệu < > và \\*thoát\\*.",
    "Có *nhấn mạnh* và **đậm** và `mã`.",
    "---",
    "***",
    " Dòng bắt đầu bằng dấu cách.",
    "Dòng\tcó tab.",
    "\u00a0",  # a no-break space: text, not a blank line, for Markdown
    "Một đoạn có {ngoặc nhọn} và ~ngã~.",
    "bantinprose0x",
    "[TOC]",
    ": định nghĩa",
    "+ dấu cộng",
    "=====",
    "\t",  # a first line of white space is a code block for Markdown; a later one is blank
    "    ",
    "Khoảng\u00a0trắng\u00a0không ngắt giữa các từ.",  # plain; the sanitizer writes &nbsp;
    "<script>",  # raw HTML the sanitizer drops, with whatever follows it
    "<textarea>",  # text to the end for the sanitizer: placeholders inside it are not paragraphs
    '<p onclick="x()">Đoạn HTML</p>',
]


@pytest.mark.parametrize("block", BLOCKS)
def test_each_block_alone_and_between_paragraphs(block: str) -> None:
    for text in (
        block,
        f"{block}\n\nĐoạn cuối.",
        f"Đoạn đầu.\n\n{block}\n\nĐoạn cuối.",
        f"Đoạn đầu.\n{block}\n\nĐoạn cuối.",
    ):
        md = markdown.Markdown(extensions=EXTENSIONS)
        assert prose.convert(md, text) == _reference(text), text


def test_random_documents_come_out_as_the_converter_makes_them() -> None:
    rng = random.Random(8)
    md = markdown.Markdown(extensions=EXTENSIONS)  # one converter for all, as the build does
    for _ in range(400):
        blocks = rng.choices(BLOCKS, k=rng.randint(1, 9))
        separators = rng.choices(["\n\n", "\n\n\n", "\n", "\n  \n", "\n\t\n"], k=len(blocks))
        text = "".join(b + s for b, s in zip(blocks, separators, strict=True))
        assert prose.convert(md, text) == _reference(text), text


def test_sanitized_documents_come_out_as_the_sanitizer_makes_them() -> None:
    """Plain paragraphs skip the sanitizer too; the result must be the sanitizer's own."""
    rng = random.Random(9)
    md = markdown.Markdown(extensions=EXTENSIONS)
    for _ in range(400):
        blocks = rng.choices(BLOCKS, k=rng.randint(1, 9))
        text = "\n\n".join(blocks)
        expected = sanitize_html(_reference(text))
        assert prose.convert(md, text, finish=sanitize_html, plain=sanitize_plain) == expected, text


PARAGRAPH, CAPTION, HEADING = BLOCKS[0], BLOCKS[4], "## Hợp tác giáo dục"


def test_an_article_of_plain_paragraphs_and_captions_skips_the_converter(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    md = markdown.Markdown(extensions=EXTENSIONS)
    text = f"{PARAGRAPH}\n\n{BLOCKS[1]}\n\n{CAPTION}\n\n{BLOCKS[5]}\n\n{BLOCKS[2]}\n"
    expected = _reference(text)
    assert '<p class="caption">' in expected and '<em class="credit">' in expected
    monkeypatch.setattr(md, "convert", lambda _: pytest.fail("converter called"))
    assert prose.convert(md, text) == expected


def _spy(md: markdown.Markdown) -> list[str]:
    seen: list[str] = []
    convert = md.convert
    md.convert = lambda text: seen.append(text) or convert(text)  # type: ignore[method-assign]
    return seen


def test_only_what_is_not_simple_goes_through_the_converter() -> None:
    md = markdown.Markdown(extensions=EXTENSIONS)
    seen = _spy(md)
    listed = "- một\n- hai"
    text = f"{PARAGRAPH}\n\n{listed}\n\n{CAPTION}\n\n{BLOCKS[1]}"
    assert prose.convert(md, text) == _reference(text)
    assert len(seen) == 1 and listed in seen[0]
    assert "Viêng Chăn" not in seen[0] and "Chú thích" not in seen[0]


def test_headings_skip_the_converter_when_nothing_else_needs_it(monkeypatch: pytest.MonkeyPatch) -> None:
    md = markdown.Markdown(extensions=EXTENSIONS)
    text = f"{PARAGRAPH}\n\n{HEADING}\n\n{CAPTION}\n\n{HEADING}\n\n# Đảng\n\n{BLOCKS[1]}"
    expected = _reference(text)
    assert '<h2 id="hop-tac-giao-duc_1">' in expected and '<h1 id="ang">' in expected
    monkeypatch.setattr(md, "convert", lambda _: pytest.fail("converter called"))
    assert prose.convert(md, text) == expected
    sanitized = sanitize_html(expected)
    assert prose.convert(md, text, finish=sanitize_html, plain=sanitize_plain) == sanitized


def test_headings_go_through_the_converter_with_the_rest_of_the_document() -> None:
    """Ids are numbered among all of a document's: with anything else to convert, its headings
    are the converter's too."""
    md = markdown.Markdown(extensions=EXTENSIONS)
    seen = _spy(md)
    text = f"{HEADING}\n\n{PARAGRAPH}\n\n## Hợp tác giáo dục {{: #hop-tac-giao-duc }}\n\n{HEADING}"
    assert prose.convert(md, text) == _reference(text)
    assert len(seen) == 1 and seen[0].count(f"{HEADING}\n") == 1 and seen[0].endswith(HEADING)


@pytest.mark.parametrize(
    ("configs", "converter"),
    [
        ({}, False),
        ({"baselevel": 3}, False),
        ({"separator": "_"}, False),
        ({"slugify": markdown.extensions.toc.slugify_unicode}, False),
        ({"toc_depth": "2-3"}, False),
        ({"permalink": True}, True),
        ({"anchorlink": True}, True),
        ({"marker": "Mục lục"}, True),  # a plain paragraph could be the marker: all converted
        ({"marker": ""}, False),
        (None, False),  # no toc: headings without ids
    ],
)
def test_headings_follow_tocs_options(configs: dict[str, object] | None, converter: bool) -> None:
    extensions: list[object] = ["attr_list"] if configs is None else ["attr_list", "toc"]
    options = {} if configs is None else {"toc": configs}
    text = f"{PARAGRAPH}\n\n{HEADING}\n\n### Đảng và Nhà nước\n\n{HEADING}\n\nMục lục"
    md = markdown.Markdown(extensions=extensions, extension_configs=options)
    seen = _spy(md)
    expected = markdown.Markdown(extensions=extensions, extension_configs=options).convert(text)
    assert prose.convert(md, text) == expected
    assert bool(seen) is converter


def test_captions_go_through_the_converter_without_attr_list() -> None:
    extensions = ["toc", "tables"]
    md = markdown.Markdown(extensions=extensions)
    seen = _spy(md)
    text = f"{PARAGRAPH}\n\n{CAPTION}"
    assert prose.convert(md, text) == _reference(text, extensions)
    assert "{: .caption }" in _reference(text, extensions)  # no attr_list: the line stays text
    assert len(seen) == 1 and "Chú thích" in seen[0]


@pytest.mark.parametrize(
    ("extensions", "neutral"),
    [
        (EXTENSIONS, True),
        (["markdown.extensions.toc", "admonition"], True),
        ([*EXTENSIONS, "smarty"], False),  # changes quotes and dashes in plain text
        ([*EXTENSIONS, "abbr"], False),  # an abbreviation defined anywhere marks up plain text
        ([*EXTENSIONS, "nl2br"], False),
        ([*EXTENSIONS, "pymdownx.magiclink"], False),  # unknown: assumed to change text
    ],
)
def test_the_short_cut_is_taken_only_with_extensions_that_leave_prose_alone(
    extensions: list[str], neutral: bool
) -> None:
    assert prose.neutral(extensions) is neutral
    if "smarty" in extensions:  # why: the same paragraph, two outputs
        text = BLOCKS[2]
        assert _reference(text, extensions) != _reference(text)


@pytest.mark.parametrize(
    "text",
    [
        "Đoạn đầu.\n\n&#98;antinprose7x\n\nĐoạn cuối.",  # an index no run has: was an IndexError
        "Đoạn đầu.\n\n<b>x</b>\n\n&#98;antinprose0x\n\nĐoạn cuối.",  # a run put back twice
        # the second run sits in a script the sanitizer drops; a forged placeholder used to put it back
        "Đoạn đầu.\n\n<script>\n\nĐoạn bị xóa.\n\n</script>\n\n&#98;antinprose1x",
        "Đoạn đầu.\n\n<textarea>\n\nĐoạn bị xóa.\n\n</textarea>\n\n&#x62;antinprose1x",
    ],
)
def test_placeholders_cannot_be_forged(text: str) -> None:
    """A body cannot write the fast path's placeholder, even with an entity the sanitizer decodes
    (issue 22, item 10): the result is the sanitizer's own."""
    md = markdown.Markdown(extensions=EXTENSIONS)
    expected = sanitize_html(_reference(text))
    assert prose.convert(md, text, finish=sanitize_html, plain=sanitize_plain) == expected
