"""Body blocks → the Markdown the site renders, with scraped text escaped to show literally.

Text from the web may hold `*`, `_`, `[`, `<` or a leading `#` or `1.` that Python-Markdown (with
attr_list) would turn into formatting, links, HTML or lists; each is escaped so a reader sees the
characters the newspaper printed. Captions use the fixed form the theme styles and the sanitizer
allows: the caption paragraph, its credit as `*…*{: .credit}`, then a `{: .caption }` line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .parsed import Block

_INLINE = re.compile(r"([\\`*_\[\]{}])")
_ENTITY_LIKE = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
_LEADING = re.compile(r"^(#+|>|[-+](?=\s|$)|-+$)")
_ORDERED = re.compile(r"^(\d+)\.(?=\s|$)")
_CAPTION_END = re.compile(r"[.!?…:;]['\"”’»)]*$")


def _escape_inline(text: str) -> str:
    text = " ".join(text.split())
    text = _INLINE.sub(r"\\\1", text)
    text = _ENTITY_LIKE.sub("&amp;", text)
    return text.replace("<", "&lt;")


def escape(text: str) -> str:
    """Escape one paragraph of plain text so Markdown renders it character for character."""
    text = _ORDERED.sub(r"\1\\.", _escape_inline(text))
    match = _LEADING.match(text)
    if match:
        text = "\\" + text
    return text


def caption(text: str, credit: str | None) -> str:
    """`Toàn cảnh Hội đàm – *Ảnh: TTXVN*{: .credit}` then `{: .caption }`."""
    parts = []
    if text:
        parts.append(escape(text))
    if credit:
        credit_md = f"*{escape(credit)}*{{: .credit}}"
        if parts:
            joiner = " " if _CAPTION_END.search(text) else " – "
            parts.append(joiner)
        parts.append(credit_md)
    return "".join(parts) + "\n{: .caption }"


def render(blocks: Iterable[Block]) -> str:
    """The article body: one block per paragraph, blocks separated by a blank line."""
    out = []
    for block in blocks:
        if block.kind == "caption":
            out.append(caption(block.text, block.credit))
        elif block.kind == "heading":
            out.append("## " + _escape_inline(block.text).replace("#", "\\#"))
        elif block.text.strip():
            out.append(escape(block.text))
    return "\n\n".join(out) + "\n" if out else ""
