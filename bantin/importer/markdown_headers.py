"""A scraper's Markdown page's header, read before its Markdown: Jina Reader's `Title:`, `URL
Source:`, `Published Time:` lines over `Markdown Content:`, or a web clipper's front-matter (MarkDownload's,
Obsidian's: `title`, `source` or `url`, `author`, `published` or `date`, `description`, `tags`; `created` is
when the page was clipped, no date of it). `scraped_markdown` reads the Markdown under it into the same
`MarkdownPage`."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import yaml

from .bylines import is_person, parse_byline
from .errors import BadInput
from .spelled import spells

# Jina Reader's header lines over `Markdown Content:`.
_JINA_FIELD = re.compile(r"^(Title|URL Source|Published Time|Description|Author)\s*:\s?(.*)$")
_JINA_BODY = "Markdown Content:"
_FRONT = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
# The front-matter keys scrapers and clippers write, by what they hold.
_URL_KEYS = ("url", "link", "source_url", "canonical", "canonical_url", "source", "sourceURL")
_DATE_KEYS = ("published", "published_time", "publishedTime", "date", "datePublished", "published_date")
_AUTHOR_KEYS = ("author", "authors", "byline", "creator")
_SUMMARY_KEYS = ("description", "excerpt", "summary")
_WIKI_LINK = re.compile(r"\[\[(?:[^\]|]*\|)?([^\]]*)\]\]")


@dataclass
class MarkdownPage:
    """A Markdown page's header and its blocks: (`paragraph` | `heading` | `caption`, its lines)."""

    title: str | None = None
    url: str | None = None
    published: str | None = None
    author: str | None = None
    summary: str | None = None
    source: str | None = None
    keywords: list[str] = field(default_factory=list)
    headline: str | None = None  # the first level-one heading: the headline as the page prints it
    blocks: list[tuple[str, list[str]]] = field(default_factory=list)
    links: list[tuple[str, str]] = field(default_factory=list)  # lines dropped, and why (`--explain`)
    menu: list[str] = field(default_factory=list)  # the short ones over the text: the site's sections


def jina_header(lines: list[str]) -> tuple[MarkdownPage, str] | None:
    """Jina Reader's header as a page, and the Markdown under `Markdown Content:`; None if not Jina's."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if not filled or not lines[filled[0]].startswith("Title:"):
        return None
    start = next((i for i in filled[:12] if lines[i].strip() == _JINA_BODY), None)
    if start is None:
        return None
    fields = {}
    for line in lines[:start]:
        if match := _JINA_FIELD.match(line.strip()):
            fields[match.group(1)] = match.group(2).strip() or None
    page = MarkdownPage(
        title=fields.get("Title"),
        url=_address(fields.get("URL Source")),
        published=fields.get("Published Time"),
        author=_writer(fields.get("Author"), fields.get("URL Source")),
        summary=fields.get("Description"),
    )
    return page, "\n".join(lines[start + 1 :])


def front_matter(text: str) -> tuple[MarkdownPage, str] | None:
    """A clipper's front-matter as a page, and the Markdown under it; None without one. A front-matter
    YAML cannot read, or one of this site's own articles, is bad input."""
    match = _FRONT.match(text)
    if not match:
        return None
    try:
        data = yaml.safe_load(match.group(1))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        raise BadInput(f"broken front-matter{where}: {getattr(exc, 'problem', None) or exc}") from None
    if not isinstance(data, dict):
        return None
    if "source_sha256" in data:
        raise BadInput(
            "already an article of this site (its front-matter has source_sha256), not a scraped page"
        )
    fields = {str(k): v for k, v in data.items()}
    url = next((u for k in _URL_KEYS if (u := _address(_text(fields.get(k))))), None)
    source = _text(fields.get("source"))
    author = next((a for k in _AUTHOR_KEYS if (a := _writers(fields.get(k)))), None)
    if not source or _address(source):  # a clipper's `author:` that spells the site is its name
        source = author if author and spells(author, urlsplit(url or "").hostname) else None
    page = MarkdownPage(
        title=_text(fields.get("title")),
        url=url,
        published=next((d for k in _DATE_KEYS if (d := _text(fields.get(k)))), None),
        author=_writer(author, url),
        summary=next((s for k in _SUMMARY_KEYS if (s := _text(fields.get(k)))), None),
        source=source,
        keywords=_words(fields.get("tags") or fields.get("keywords")),
    )
    return page, text[match.end() :]


def not_a_scrape(text: str) -> str | None:
    """Why a Markdown file found in a folder is not a scraped page (a folder's `README.md`, notes,
    this site's own articles), or None when its header is a scraper's: Jina Reader's, or a
    front-matter naming the page's link or its date of publication. A broken front-matter is taken for
    a scrape, so that importing it names its line."""
    lines = text.split("\n", 60)[:60]
    if jina_header(lines) is not None:
        return None
    try:
        found = front_matter(text)
    except BadInput as exc:
        return None if str(exc).startswith("broken") else "already an article of this site"
    page = found[0] if found else None
    if page is not None and (page.url or page.published):
        return None
    return "Markdown with no scraper's header (Jina Reader's, or a front-matter with the page's link or date)"


def _writer(author: str | None, url: str | None) -> str | None:
    """A header's author: not the site's own name (`VTC News` on vtcnews.vn, a clipper's guess), the
    writer without the outlet after the slash (`Minh Hằng/VOV.VN`)."""
    if not author or spells(author, urlsplit(url or "").hostname):
        return None
    byline = parse_byline(author)
    return byline.author if byline is not None and byline.author and byline.source else author


def _text(value: object) -> str | None:
    """A front-matter value as text: a list's first item (`authors: [A, B]`), a date as YAML read it,
    a note's link as its words."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name")
    text = " ".join(str(value).split()) if value is not None else ""
    return _WIKI_LINK.sub(r"\1", text) or None  # Obsidian's clipper links its authors: `[[Minh Anh]]`


def _writers(value: object) -> str | None:
    """A front-matter's authors as a byline names them: a list's writers joined by dashes (Obsidian's
    `author: ["[[Ngọc Anh]]", "[[Hoàng Hà]]"]` → `Ngọc Anh - Hoàng Hà`), as the story's byline prints them."""
    if not isinstance(value, list) or len(value) < 2:
        return _text(value)
    names = [n for item in value if (n := _text(item))]
    return " - ".join(names) if all(is_person(n) for n in names) else _text(value)


def _words(value: object) -> list[str]:
    items = value if isinstance(value, list) else str(value or "").split(",")
    return [word for item in items if (word := " ".join(str(item).split()).strip("#"))]


def _address(value: str | None) -> str | None:
    return value if value and re.match(r"^https?://\S+$", value) else None
