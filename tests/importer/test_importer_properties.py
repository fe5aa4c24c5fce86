"""Whatever bytes arrive, the importer returns an article that reads back, or a clean error."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import Literal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bantin.core.article import plain_text, read_article
from bantin.core.text import normalize
from bantin.importer.convert import convert
from bantin.importer.errors import BadInput
from bantin.importer.markdown import escape

TODAY = dt.date(2024, 6, 1)
SETTINGS = settings(
    max_examples=int(__import__("os").environ.get("IMPORTER_EXAMPLES", "120")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

# Pieces that exercise the layouts and the passes: headers, captions, credits, chrome, dates.
PIECES = st.sampled_from(
    ["Title: ", "Content: ", "Source: VnExpress", "Published Date: N/A", "Ảnh: AFP", "(Ảnh: TTXVN)", "Theo ",
     "Nguồn ", "./.", "&nbsp;", "&#39;", "Ngày 15/10, ", "Thứ Tư, 08/12/2021 15:30", "Tin liên quan", "Xem thêm",
     " - VnExpress", "TTO - ", "*", "_", "[", "]", "<", "\\", "# ", "> ", "- ", "1. ", "{: .x}", "  ", "\n", "\n\n",
     "\n\n\n\n", "hoà", "Uỷ ban", "\u00a0", "\u200b", "“", "”", "bếp.Lực", "TP.HCM", "VOV VOV", "English Français 中文"]
)  # fmt: skip
NO_SURROGATES: tuple[Literal["Cs"]] = ("Cs",)
WORDS = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=NO_SURROGATES), max_size=30)
PRINTABLE_ONLY: tuple[Literal["Cs", "Cc", "Zl", "Zp"], ...] = ("Cs", "Cc", "Zl", "Zp")
DOCUMENTS = st.lists(st.one_of(PIECES, WORDS), max_size=40).map("".join)


def _roundtrip(data: bytes, name: str) -> None:
    try:
        converted = convert(data, name, today=TODAY)
    except BadInput as exc:
        reason = str(exc)
        assert reason and "\n" not in reason
        return
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "article.md"
        path.write_text(converted.markdown(), encoding="utf-8")
        article = read_article(path, "article.md")
    assert article.title == converted.front.title and "\n" not in article.title
    assert article.date == converted.front.date
    assert article.body == converted.body.strip("\n") + "\n"
    assert article.source_sha256 == converted.front.source_sha256


@SETTINGS
@given(st.binary(max_size=600))
def test_arbitrary_bytes_never_crash(data: bytes) -> None:
    _roundtrip(data, "x.txt")


@SETTINGS
@given(DOCUMENTS)
def test_arbitrary_text_documents_round_trip(text: str) -> None:
    _roundtrip(text.encode("utf-8"), "x.txt")


@SETTINGS
@given(DOCUMENTS)
def test_arbitrary_html_never_crashes(text: str) -> None:
    _roundtrip(
        f"<html><head><title>{text[:60]}</title></head><body><p>{text}</p></body></html>".encode(), "x.html"
    )


@SETTINGS
@given(
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp")), max_size=80)
)
def test_escaped_paragraph_renders_as_the_same_text(text: str) -> None:
    text = " ".join(normalize(text).split())
    assert plain_text(escape(text)) == text
