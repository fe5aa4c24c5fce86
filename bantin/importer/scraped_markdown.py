"""A page a scraper saved as Markdown, read into the blocks the text layouts read.

Jina Reader writes `Title:`, `URL Source:`, `Published Time:` and then `Markdown Content:`;
Firecrawl, crawl4ai and web clippers (MarkDownload, Obsidian's) write the page's Markdown, some under
a front-matter of `title:`, `url:`/`source:`, `author:`, `published:`/`date:`. The markup tells what the
text alone would not: a line that is nothing but links is a menu, a tag or another story's headline,
never the story's prose; an image's line is no text, and the short line under it that repeats its
description is its caption; a heading is a heading. Python-Markdown reads the markup, as the site's
build does, so escapes, entities, emphasis and setext headings come out as a reader sees them; raw
HTML inside is read for its text, never for its scripts.

`markdown_headers` reads the header over the Markdown; `layouts` asks `read_markdown` first and builds
the `Parsed` from the `MarkdownPage`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from urllib.parse import urlsplit

import markdown
from lxml import html as lxml_html

from ..core.sentences import ends_sentence
from .authors import AUTHOR
from .bylines import is_name
from .furniture import key
from .link_boxes import box_label
from .markdown_headers import MarkdownPage, front_matter, jina_header

# Lines only Markdown writes: a link or an image, an ATX heading, a list of links, a setext rule.
_MARKUP_LINE = re.compile(r"\]\((?:https?:|/|#)|^!\[|^#{1,6}[ \t]+\S|^\s*[-*+][ \t]+\[")
_LINK = re.compile(r"\]\((?:https?:|/)|^!\[")
_SETEXT = re.compile(r"^(?:=+|-{3,})[ \t]*$")
_EXCERPT = re.compile(r"Excerpt", re.IGNORECASE)  # a clipper's label over the page's description
_IMAGE_LABEL = re.compile(r"^Image \d+(?::\s*|$)")  # Jina numbers its images' descriptions
_NO_TEXT = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "head")
_BLOCKS = frozenset(
    ("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "pre", "table", "hr", "div")
)
_LONGEST_CAPTION = 300
ITALICS = "italics"
_LONGEST_LEAD = 400  # characters: a teaser's lead is a sentence or two
LINKS = "a line of links only (a Markdown page's)"
HEADLINE = "the page's headline, its first level-one heading (a Markdown page's)"
AUTHOR_PAGE = "the writer's name, linked to their page: the author (a Markdown page's)"
TEASER = "another story's lead, under its linked headline (a Markdown page's)"
# A footer's line, no lead: a copyright, or a field's label of a few words and its colon.
_FOOTER_LINE = re.compile(r"^(?:©|\(c\)|[^\s:]+(?:\s[^\s:]+){0,3}:\s)", re.IGNORECASE)
_MENU_WORDS = 6  # a menu's item (`Thời sự`, `Kinh tế › Doanh nghiệp`); another story's headline is longer

# A block read: its kind (`paragraph`, `heading`, `h1`, `links`, `name`, `image`, `excerpt`), its lines,
# and an image's description, a name's link or a paragraph's `italics`.
_Piece = tuple[str, list[str], str | None]


def read_markdown(text: str) -> MarkdownPage | None:
    """The page, when `text` is a scraper's Markdown (Jina's header, a front-matter over Markdown,
    or lines of Markdown's own markup); None for the other layouts. A front-matter YAML cannot read
    is bad input, named with its line."""
    lines = text.split("\n")
    page, body = jina_header(lines) or front_matter(text) or (None, "")
    if page is None:
        filled = [line for line in lines if line.strip()]
        searched = filled[0].startswith("Title:") and any(line.startswith("Content:") for line in lines)
        if searched or not _marked_up(lines):  # a search engine's scrape is read as its own layout
            return None
        page, body = MarkdownPage(), text
    _read_body(page, body)
    return page


def _marked_up(lines: list[str]) -> bool:
    """Three lines or more of Markdown's own markup, a link or an image among them: a page no text
    layout prints (a story's `[1]` or `#1` is no such line)."""
    marked = sum(1 for line in lines if _MARKUP_LINE.search(line))
    marked += sum(1 for before, line in itertools.pairwise(lines) if before.strip() and _SETEXT.match(line))
    return marked >= 3 and any(_LINK.search(line) for line in lines)


def _read_body(page: MarkdownPage, body: str) -> None:
    rendered = markdown.markdown(body, extensions=["tables"], output_format="html")
    if not rendered.strip():
        return
    root = lxml_html.fragment_fromstring(rendered, create_parent="div")
    for element in root.iter(*_NO_TEXT):
        if element.getparent() is not None:
            element.drop_tree()
    pieces = list(_walk(root))
    for i, (kind, lines, _) in enumerate(pieces):
        if kind == "image":
            continue
        if kind == "excerpt":
            page.summary = page.summary or " ".join(lines)
            continue
        if kind == "h1" and page.headline is None:  # the page's headline, whether its title or not
            page.headline = " ".join(lines)
            page.links.extend((line, HEADLINE) for line in lines)
            continue
        if kind == "h1":
            kind = "heading"
        before = pieces[i - 1] if i else None
        if kind == "name" and _author(lines, pieces[i][2]):  # the writer's name linked to their page
            page.author = page.author or " ".join(lines)  # (`/tac-gia/…`); the header's comes first
            page.links.extend((line, AUTHOR_PAGE) for line in lines)
            continue
        if kind == "name":  # a name linked to a page, under the headline or the story: a byline, maybe
            kind = "paragraph" if page.blocks and page.blocks[-1][0] == "paragraph" else "links"
        if kind == "paragraph" and box_label(lines, pieces[i + 1][0] if i + 1 < len(pieces) else None):
            kind = "links"
        if kind == "links":
            page.links.extend((line, LINKS) for line in lines)
            if not any(k == "paragraph" for k, _ in page.blocks):
                page.menu.extend(line for line in lines if len(line.split()) <= _MENU_WORDS)
        elif kind == "paragraph" and page.blocks and _teaser_lead(pieces, i):
            page.links.extend((line, TEASER) for line in lines)
        elif (
            before is not None
            and before[0] == "image"
            and kind == "paragraph"
            and _captions(pieces[i], before[2])
        ):
            page.blocks.append(("caption", lines))
        else:
            page.blocks.append((kind, lines))


def _teaser_lead(pieces: list[_Piece], i: int) -> bool:
    """Another story's lead: a short paragraph under its linked headline (words enough for one, no
    sentence), on a card (the story's picture over the headline) or with the next story's picture
    or link after it. The story's own paragraph after a `Xem thêm: …` link goes on to the next one."""
    lines, before = pieces[i][1], pieces[i - 1] if i else None
    if before is None or before[0] != "links" or len(" ".join(lines)) > _LONGEST_LEAD:
        return False
    if _FOOTER_LINE.match(lines[0]):  # the footer after the last card (`Tổng biên tập: …`, `© 2024 …`)
        return False
    headline = " ".join(before[1])
    if len(headline.split()) <= _MENU_WORDS or ends_sentence(headline):
        return False
    card = i >= 2 and pieces[i - 2][0] == "image"
    return card or (i + 1 < len(pieces) and pieces[i + 1][0] in ("links", "image"))


def _walk(element: lxml_html.HtmlElement, loose_tag: str = "p") -> Iterator[_Piece]:
    """The blocks under `element` in reading order; text outside a block reads as `loose_tag`."""
    loose: list[lxml_html.HtmlElement | str] = []
    if element.text and element.text.strip():
        loose.append(element.text)
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in _BLOCKS or tag == "li":
            if loose:
                yield from _inline(loose, loose_tag)
                loose = []
            yield from _block(child, tag)
        else:
            loose.append(child)
        if child.tail and child.tail.strip():
            if tag in _BLOCKS:
                yield from _inline([child.tail], loose_tag)
            else:
                loose.append(child.tail)
    if loose:
        yield from _inline(loose, loose_tag)


def _block(element: lxml_html.HtmlElement, tag: str) -> Iterator[_Piece]:
    if tag == "hr":
        return
    if tag in ("ul", "ol"):
        start = element.get("start", "1")
        number = int(start) if tag == "ol" and start.isdigit() else 1
        for item in element:
            mark = f"{number}. " if tag == "ol" else ""
            number += 1
            for kind, lines, alt in _walk(item, "li"):
                if mark and lines:
                    lines, mark = [mark + lines[0], *lines[1:]], ""
                yield kind, lines, alt
    elif tag == "li":
        yield from _walk(element, "li")
    elif tag == "blockquote" and _EXCERPT.fullmatch(_plain(element[0]) if len(element) else ""):
        yield "excerpt", [_plain(child) for child in element[1:]], None  # MarkDownload's page description
    elif tag in ("blockquote", "div") or (
        tag == "p" and any(isinstance(c.tag, str) and c.tag in _BLOCKS for c in element)
    ):
        yield from _walk(element)
    elif tag == "table":
        rows = [" | ".join(_plain(cell) for cell in row.iter("td", "th")) for row in element.iter("tr")]
        yield "paragraph", [row for row in rows if row.strip(" |")], None
    elif tag == "pre":
        yield "paragraph", [line for line in element.text_content().split("\n") if line.strip()], None
    else:
        yield from _inline([element], tag)


def _inline(parts: list, tag: str = "p") -> Iterator[_Piece]:
    """A run of inline content: an image alone, a line of links only, a heading or a paragraph."""
    text, linked, alts = "", 0, []
    for part in parts:
        if isinstance(part, str):
            text += part
            continue
        alts += [_IMAGE_LABEL.sub("", img.get("alt") or "").strip() for img in part.iter("img")]
        for br in part.iter("br"):
            br.tail = "\n" + (br.tail or "")
        linked += sum(len(_plain(a).replace(" ", "")) for a in part.iter("a"))
        text += part.text_content()
    lines = [" ".join(line.split()) for line in text.split("\n")]
    lines = [line for line in lines if line]
    if not lines:
        if alts:
            yield "image", [], next((a for a in alts if a), "")
        return
    if alts and tag == "p":  # `![…](…)` and the words under it in one paragraph: the image, then them
        yield "image", [], next((a for a in alts if a), "")
    whole = " ".join(lines)
    if tag == "p" and (dated := _dated_author(parts, whole)):
        yield from dated
        return
    if tag == "h1":
        yield "h1", lines, None  # a headline linked to its own page is still the headline
    elif linked >= 0.8 * len(whole.replace(" ", "")) and not (
        ends_sentence(whole) and len(whole.split()) >= 10
    ):
        names = [_plain(a) for part in parts if not isinstance(part, str) for a in part.iter("a")]
        named = tag == "p" and 1 <= len(names) <= 2 and all(map(_name, names))
        link = next(
            (a.get("href") for part in parts if not isinstance(part, str) for a in part.iter("a")), None
        )
        yield ("name", lines, link) if named else ("links", lines, None)
    else:
        yield ("heading" if re.fullmatch(r"h[2-6]", tag) else "paragraph"), lines, _slanted(parts, whole)


def _dated_author(parts: list, whole: str) -> list[_Piece]:
    """`[Hoàng Hồng](/tac-gia/…) - Thứ tư, 05/11/2025 - 09:15`: the writer's name linked to their page
    opening a short date line (under the headline), read as the name and then the date line."""
    first = next((a for part in parts if not isinstance(part, str) for a in part.iter("a")), None)
    name = _plain(first) if first is not None else ""
    rest = whole[len(name) :].lstrip(" -–|,·")
    if not name or not whole.startswith(name) or not re.match(r"[-–|,·]", whole[len(name) :].strip()):
        return []
    if len(rest.split()) > 8 or not re.search(r"\d{1,2}[/:.-]\d{1,2}", rest):
        return []  # a sentence going on after the name, or no date
    if not _author([name], first.get("href")):
        return []
    return [("name", [name], first.get("href")), ("paragraph", [rest], None)]


def _author(lines: list[str], link: str | None) -> bool:
    """One writer's name (or two) linked to the site's page of its authors."""
    return bool(link) and bool(AUTHOR.search(urlsplit(link or "").path)) and is_name(" ".join(lines))


def _name(text: str) -> bool:
    """A person's name as a byline prints it (`bylines.is_name`), of two words or more: a link of one
    capitalised word is a menu's section as often."""
    return is_name(text, 5) and len(text.split()) >= 2


def _plain(element: lxml_html.HtmlElement) -> str:
    return " ".join(element.text_content().split())


def _captions(piece: _Piece, alt: str | None) -> bool:
    """The short line under an image that repeats the image's description, or is set in italics as a
    whole, is its caption."""
    text = " ".join(piece[1])
    if len(text) > _LONGEST_CAPTION:
        return False
    words, described = key(text), key(alt or "")
    repeats = bool(described) and (words.startswith(described) or described.startswith(words))
    return repeats or piece[2] == ITALICS


def _slanted(parts: list, whole: str) -> str | None:
    """`italics` for a paragraph set in italics as a whole (`*Quang cảnh hội nghị*`), a caption's mark."""
    elements = [part for part in parts if not isinstance(part, str)]
    inner = [child for part in elements for child in part if child.tag in ("em", "i")]
    inner += [part for part in elements if part.tag in ("em", "i")]
    slanted = sum(len(_plain(e)) for e in inner)
    return ITALICS if whole and slanted >= len(whole) - 1 else None
