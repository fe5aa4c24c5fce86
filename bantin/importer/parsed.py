"""The typed middle of an import: every layout is parsed into a `Parsed` before cleaning.

Layout parsers only say what each piece of the raw file *is* (title, lead, paragraph, heading,
caption, header metadata); the cleaning, boilerplate, caption, byline and date passes that follow
work the same way for every layout.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["paragraph", "heading", "caption"]


@dataclass(frozen=True)
class Block:
    """One block of the body. A caption keeps its photo credit apart (`Ảnh: TTXVN`)."""

    kind: BlockKind
    text: str
    credit: str | None = None


@dataclass
class Parsed:
    """What a layout parser found in a raw file, still in the raw file's words."""

    layout: str
    title: str
    blocks: list[Block] = field(default_factory=list)
    lead: str | None = None
    summary: str | None = None  # a search-result snippet (`Summary:`), to complete a cut title
    source: str | None = None
    author: str | None = None
    url: str | None = None
    published: str | None = None
    keywords: list[str] = field(default_factory=list)
    # the short lines of links a parser dropped over the text (news-please's copy of the site's menu:
    # `Tin tức › Giáo phận Huế`, `Thánh ca`), which name the site's sections for the chrome detector
    menu: list[str] = field(default_factory=list)
    # the lines a parser dropped before the detector, and why (a Markdown page's lines of links only,
    # news-please's related headlines): `import --explain` shows them
    dropped: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
