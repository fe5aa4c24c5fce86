"""The sanitizer, and the short cut plain paragraphs take past it."""

from __future__ import annotations

import sys

from bantin.core import prose
from bantin.site.sanitize import sanitize_html, sanitize_plain


def _plain_characters() -> str:
    """Every code point a line of plain prose may hold (`prose` sets such lines aside)."""
    line = prose._PLAIN_LINE  # what `prose.is_plain` asks of each line, 10× faster alone
    return "".join(
        chr(cp)
        for cp in range(sys.maxunicode + 1)
        if not 0xD800 <= cp <= 0xDFFF and line.fullmatch(f"a{chr(cp)}a")
    )


def test_sanitize_plain_is_what_the_sanitizer_makes_of_every_plain_character() -> None:
    characters = _plain_characters()
    assert "\xa0" in characters and "Đ" in characters and "<" not in characters
    for start in range(0, len(characters), 4096):
        text = characters[start : start + 4096]
        assert sanitize_html(f"<p>{text}</p>") == f"<p>{sanitize_plain(text)}</p>", start


def test_a_no_break_space_is_written_as_the_sanitizer_writes_it() -> None:
    assert sanitize_plain("Hà\xa0Nội") == "Hà&nbsp;Nội"
    assert sanitize_html("<p>Hà\xa0Nội</p>") == "<p>Hà&nbsp;Nội</p>"


def test_the_sanitizer_drops_what_could_run() -> None:
    html = '<p onclick="x()">a<script>alert(1)</script><a href="javascript:x()">b</a></p>'
    clean = sanitize_html(html)
    assert "onclick" not in clean and "script" not in clean and "javascript" not in clean
    assert clean.startswith("<p>a") and ">b</a></p>" in clean
