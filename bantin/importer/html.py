"""Saved web pages: trafilatura finds the article and its metadata; we keep its structure.

trafilatura (a well-kept extractor) drops menus, share buttons, related links and comments and
reads title, date, author, site name, address and description from the page's metadata. We ask
for its XML so paragraphs and subheadings stay apart; a photo's caption is what `markup` marked
as one (`figures.py`), or a line that ends with its credit.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from html import unescape
from urllib.parse import urlsplit

from lxml import etree

from ..core.sentences import ends_sentence, split_glued
from .authors import office_signature, unlabelled
from .bylines import SITE_NAMES, parse_byline, source_of_title
from .captions import split_captions
from .errors import BadInput
from .figures import MARKED, unmarked
from .furniture import key
from .markup import prepare
from .owned_titles import owned_site
from .parsed import Block, Parsed
from .repair import clean
from .suffixes import site_after_headline

_HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b",
    re.I | re.S,
)
# A date line as Vietnamese sites print it, for pages whose metadata has none; the time and the
# date may stand apart by a dash, a bar or a comma (`10:20 - 27/08/2024`, `22/07/2024 | 15:30`).
_PAGE_DATE = re.compile(
    r"(?:Thứ\s+\w+|Chủ\s+nhật)\s*,\s*\d{1,2}/\d{1,2}/\d{4}(?:\s*[,-]?\s*\d{1,2}:\d{2})?|"
    r"\d{1,2}/\d{1,2}/\d{4}(?:\s+|\s*[-–|,]\s*)\d{1,2}:\d{2}|"
    r"\d{1,2}:\d{2}(?:\s+|\s*[-–|,]\s*)(?:ngày\s+)?\d{1,2}/\d{1,2}/\d{4}|"
    r"(?:Ngày\s+đăng|Đăng\s+ngày|Ngày\s+xuất\s+bản|Xuất\s+bản|Cập\s+nhật|Ngày)\s*:?\s*\d{1,2}[/-]\d{1,2}[/-]\d{4}",
    re.I,
)


def looks_like_html(data: bytes, name: str) -> bool:
    """HTML by file name (.html, .htm) or by its first tag."""
    return name.lower().endswith((".html", ".htm", ".xhtml")) or bool(_HTML_START.match(data[:2048]))


def parse_html(text: str) -> Parsed:
    """Extract the article of a saved page with trafilatura and map it onto a `Parsed`."""
    try:
        import trafilatura
    except ImportError as exc:  # a broken install must not become a traceback
        raise BadInput(f"cannot read HTML: trafilatura is not usable ({exc})") from None
    page, sapo, titles, marked_author, masthead, canonical = prepare(text)
    page_title, headline = titles or ("", "")
    xml = trafilatura.extract(
        page,
        output_format="xml",
        with_metadata=True,
        include_images=True,
        include_tables=True,
        include_comments=False,
        include_links=False,
        include_formatting=False,
        deduplicate=False,
        # the page's stated dates only: htmldate's search of the whole text takes a related
        # story's date for the article's; `_page_date` reads the first stamp the page prints
        date_extraction_params={"original_date": True, "extensive_search": False, "max_date": _latest()},
    )
    if not xml:
        raise BadInput("no article text found in the HTML page")
    root = etree.fromstring(xml.encode("utf-8"))
    for attribute, value in root.attrib.items():
        root.set(attribute, unmarked(value))
    title = _whole(clean(root.get("title") or ""), (headline, page_title))
    title = _printed(title, headline, page_title, clean(root.get("sitename") or ""))
    if not title:
        raise BadInput("no recognizable title in the HTML page")
    parsed = Parsed("html", title)
    parsed.author = _fuller(_name(clean(root.get("author") or "")), marked_author)
    address = root.get("url") if re.match(r"^https?://\S+$", root.get("url") or "") else None
    parsed.url = canonical or address  # an AMP copy's `og:url` is its own, its canonical the story's
    sitename = clean(root.get("sitename") or "")
    if sitename == title:  # trafilatura takes a `<title>` part with a dot (`… 3.000 hộ dân`) for a domain
        sitename = ""
    if sitename and _site_first(title, sitename):
        parsed.title, sitename = sitename, title
    elif headline and title != headline and _parts_of(page_title, title, headline):
        # `Cổng thông tin điện tử tỉnh X - Hội thảo …`: trafilatura took the site's part of the
        # `<title>` for the headline; the page prints the other part as its headline
        parsed.title, sitename = headline, sitename or title
    parsed.source = SITE_NAMES.get(sitename.removeprefix("www."), sitename) or _site_of(parsed.url)
    if page_title and (not parsed.source or _DOMAIN.fullmatch(parsed.source)):
        # `… | Báo Long An Online`, `… - Doanh Nhân Sài Gòn` for doanhnhansaigon.vn: the page's
        # `<title>` names its site where no metadata does, or only by its address
        host = (urlsplit(parsed.url).hostname or "") if parsed.url else ""
        names, printed = (host,) if host else (), (_visible(text),)  # a footer's masthead names it too
        parsed.source = source_of_title(page_title, names, texts=printed)[1] or parsed.source
    parsed.source = parsed.source or masthead or owned_site(text, page_title)
    parsed.source = parsed.source or site_after_headline(page_title, headline)  # `… | Việt Nam Kinh doanh`
    if _the_site(parsed.author, parsed.source):  # a blog's account (`Đăng bởi Judo Việt Nam`): no writer
        parsed.author = None
    parsed.lead = _printed_lead(clean(root.get("description") or ""), sapo, unescape(_visible(text)))
    parsed.published = _headline_stamp(text) or root.get("date") or _page_date(text)
    # trafilatura joins the tags it reads off a page's tag list with `;`, a `keywords` meta's with `,`.
    parsed.keywords = [clean(t) for t in re.split(r"[;,]", root.get("tags") or "") if t.strip()]
    main = root.find("main")
    parsed.blocks = _blocks(main) if main is not None else []
    if parsed.blocks and parsed.blocks[0].kind != "caption" and parsed.blocks[0].text == title:
        parsed.blocks.pop(0)
    return parsed


_DOMAIN = re.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)+")
_OPENING = 12  # words of a description: the page prints it when it prints them


def _printed_lead(description: str, sapo: str | None, shown: str) -> str | None:
    """The lead: the page's description (`og:description`), the publisher's own summary, which may be
    the sapo trafilatura leaves out of the story or one the page does not print; but where the page
    prints a sapo of its own (by its class) and not the description (`Ngân hàng cảnh báo …` over a
    sapo `Dịp cuối năm, …`), the printed sapo is the lead: the description, written for search
    engines and social networks, would be a second summary a reader of the page never sees."""
    opening = key(" ".join(description.split()[:_OPENING]))
    if sapo and opening and shown and opening not in key(shown):
        return sapo
    return description or sapo


_LONGEST_NAME = 6  # words


def _whole(title: str, others: tuple[str, ...]) -> str:
    """A headline the metadata cut (`og:title` `Hà Nội phân luồng … lễ hội...`) as the page's `<h1>`
    or `<title>` prints it whole (`Video Hà Nội phân luồng …`: from where its words start)."""
    cut = re.sub(r"\s*(?:\.{3}|…)$", "", title)
    if cut == title or len(cut) < 10:
        return title
    for other in others:
        at = other.find(cut)
        if at >= 0 and len(other) > at + len(cut):
            return other[at:]
    return title


def _printed(title: str, headline: str, page_title: str, sitename: str) -> str:
    """The headline the page prints where its metadata gives another: an `og:title` or JSON-LD
    headline written for social networks (`⚡ Đi xuyên miền Bắc bằng xe điện: …?`) while the `<h1>`
    and the `<title>` agree on the page's own (`Mạng lưới trạm sạc … - Tạp chí Ô tô Xe máy`). The two
    a reader sees outvote the one only machines read; a `<title>` that holds the metadata's keeps it."""
    if not headline or not page_title or headline == title or not title or title in page_title:
        return title
    if page_title == headline or source_of_title(page_title, (sitename,) if sitename else ())[0] == headline:
        return headline
    return title


def _parts_of(page_title: str, *parts: str) -> bool:
    """Whether the `<title>` is made of `parts` (in any order) and its separators."""
    rest = page_title
    for part in parts:
        if part not in rest:
            return False
        rest = rest.replace(part, " ", 1)
    return not re.sub(r"[\s|:»·\-–—]", "", rest)


def _site_first(title: str, sitename: str) -> bool:
    """trafilatura reads a `<title>` as `Headline - Site`; a site that prints its name first (`Báo
    Bạc Liêu - Bạc Liêu đón 50.000 lượt khách…`) comes out with the two swapped: the `title` it
    gives is a site's name (`Báo …`, a publisher we know) and the site it gives the headline."""
    return (
        source_of_title(f"{sitename} - {title}")[1] == title
        and source_of_title(f"{title} - {sitename}")[1] is None
    )


def _name(author: str) -> str | None:
    """The page's author as trafilatura reads it, unless it read an author box whole (`Tác giả
    Ngọc Bích Phóng viên mảng khởi nghiệp …`): no name runs that long, and its byline decides.
    Several authors are written as the bylines write them (`Minh Huyền, Thúy Liễu`, not `;`)."""
    author = unlabelled(author)
    if not author:
        return None
    if ";" in author:
        names = [_name(part.strip()) for part in author.split(";") if part.strip()]
        return ", ".join(n for n in names if n) or None
    byline = parse_byline(author)
    if byline is not None and byline.author:
        return author
    return author if len(author.split()) <= _LONGEST_NAME else None


def _fuller(read: str | None, marked: str | None) -> str | None:
    """trafilatura's author, or the markup's when it names the same writer and others after a dash
    or a comma (`Y Phôn - H'Mai`, which trafilatura reads as `Y Phôn`): the byline's writers, all; a
    newsroom after the dash (`Minh Anh - Báo Mẫu`) is no writer. The markup's spelling is kept when
    trafilatura read the same words without a title's stops (`BS CKI Lê An` for `BS.CKI Lê An`)."""
    if read and marked and re.sub(r"\W+", " ", read).strip() == re.sub(r"\W+", " ", marked).strip():
        return marked
    byline = parse_byline(marked) if read and marked else None
    whole = byline is not None and byline.source is None and byline.author == marked
    if read and marked and (whole or office_signature(marked)):  # `Ban Văn hóa` for `Ban Văn hóa - Xã hội …`
        if re.match(re.escape(read) + r"\s*[-–,]\s*\w", marked):
            return marked
    return read or marked


def _the_site(author: str | None, site: str | None) -> bool:
    """`author` is the site's own name or its last words (`Judo Việt Nam` on `Liên đoàn Judo Việt Nam`'s
    blog, whose account posts every story): the publisher, whose story's signature names its writer."""
    words = (author or "").casefold().split()
    return len(words) >= 2 and (site or "").casefold().split()[-len(words) :] == words


def _site_of(url: str | None) -> str | None:
    if not url:
        return None
    host = (urlsplit(url).hostname or "").removeprefix("www.")
    return SITE_NAMES.get(host)


def _latest() -> str:
    """The latest date a page may state: a day after the machine's. A Vietnamese page's day begins
    seven hours before UTC's, so a story stamped `09/12 06:30` is read on a UTC machine on the 8th;
    htmldate's own bound (today) took such a page's `published_time` for the 1st of its month."""
    return (dt.date.today() + dt.timedelta(days=1)).isoformat()


# The stamp a page prints in a `<time>` right under its headline (`<h1>…</h1><time>Thứ Sáu,
# 04/12/2026</time>`), and the metadata that states a date where a page has one.
_HEADLINE_STAMP = re.compile(r"</h1>\s*<time\b(?P<attrs>[^>]*)>(?P<text>[^<]*)</time>", re.I)
_DATE_META = re.compile(r"published_time|datePublished|dateCreated|\bpubdate\b|name=[\"']date[\"']", re.I)
_DATETIME = re.compile(r"\bdatetime=[\"']([^\"']+)[\"']", re.I)


def _headline_stamp(text: str) -> str | None:
    """The date under the headline of a page whose metadata states none: trafilatura's date is then
    htmldate's oldest of those the text prints, a box's (`… đến 30/11/2026`) as soon as the story's."""
    found = _HEADLINE_STAMP.search(text)
    if not found or _DATE_META.search(text):
        return None
    stated = _DATETIME.search(found.group("attrs"))
    return stated.group(1) if stated else clean(found.group("text")) or None


def _visible(text: str) -> str:
    """The page's text with no script or style (a JSON-LD block repeats the page's description,
    which the page itself may not print) and no tags."""
    return re.sub(r"<(script|style)\b.*?</\1>|<[^>]+>", " ", text, flags=re.S | re.I)


def _page_date(text: str) -> str | None:
    match = _PAGE_DATE.search(_visible(text))
    return match.group(0) if match else None


def _text(element: etree._Element) -> str:
    return clean("".join(element.itertext()))


def _lines(element: etree._Element) -> list[str]:
    """An element's text, cut where the page broke the line (`<br>`, trafilatura's `<lb/>`): old
    layouts set a whole article in one block, its paragraphs apart by `<br><br>` only."""
    lines: list[str] = []
    current = [element.text or ""]
    for child in element:
        if child.tag == "lb":
            lines.append("".join(current))
            current = []
        else:
            current.append("".join(child.itertext()))
        current.append(child.tail or "")
    lines.append("".join(current))
    return [line for line in (clean(raw) for raw in lines) if line]


def _paragraphs(text: str) -> list[Block]:
    return _marked(text, _unmarked_paragraphs)


def _unmarked_paragraphs(text: str) -> list[Block]:
    return [block for piece in split_glued(text) for block in split_captions(piece, whole_line=True)]


def _marked(text: str, plain: Callable[[str], list[Block]]) -> list[Block]:
    """`text` read by `plain`, but for what `markup` marked: a photo's caption, its credit apart
    (`Người dân qua cầu mới. Ảnh: Thanh Trúc`), and a subheading."""
    blocks: list[Block] = []
    at = 0
    for match in MARKED.finditer(text):
        before = clean(unmarked(text[at : match.start()]))
        if re.search(r"\w", before):  # not the ` | ` between a row's captions
            blocks.extend(plain(before))
        piece = clean(unmarked(match.group("text")))
        if match.group("kind") == "§" and piece:
            blocks.append(_heading(piece))
        else:
            found = split_captions(piece, whole_line=True) if piece else []
            blocks.extend(Block("caption", b.text, b.credit) for b in found)
        at = match.end()
    rest = clean(unmarked(text[at:]))
    return [*blocks, *plain(rest)] if re.search(r"\w", rest) else blocks


# What trafilatura writes for a block of the page; a table cell holding one is a layout's cell.
_BLOCK_TAGS = frozenset({"p", "head", "graphic", "list", "table", "quote", "code"})


def _blocks(main: etree._Element, loose: bool = False) -> list[Block]:
    """The blocks of trafilatura's `main` (or, `loose`, of a layout table's cell, whose text between
    its blocks is text of the page too)."""
    blocks: list[Block] = []
    if loose and main.text and main.text.strip():
        blocks.extend(_paragraphs(clean(main.text)))
    for element in main:
        tag = element.tag
        if tag == "head":
            text = unmarked(_text(element))
            if text:
                blocks.append(_heading(text))
        elif tag in ("p", "quote", "code"):
            for line in _lines(element):
                blocks.extend(_paragraphs(line))
        elif tag == "list":
            blocks.extend(Block("paragraph", _text(item)) for item in element.iter("item") if _text(item))
        elif tag == "table":
            blocks.extend(_table(element))
        elif tag == "div":  # trafilatura keeps a page's `<div>` around blocks (a figure, a whole story)
            blocks.extend(_blocks(element, loose=True))
        if loose and element.tail and element.tail.strip():
            blocks.extend(_paragraphs(clean(element.tail)))
    return [Block(b.kind, unmarked(b.text), b.credit) for b in blocks if b.text or b.credit]


_LONGEST_HEADING = 16  # words


def _heading(text: str) -> Block:
    """A heading; a sapo set in `<h2>` is the lead, not a heading."""
    return Block("paragraph" if _is_sentence(text) else "heading", text)


def _is_sentence(text: str) -> bool:
    """Text in a heading's tag that reads as a sentence: longer than headings run, with its full stop."""
    return ends_sentence(text) and len(text.split()) > _LONGEST_HEADING


def _table(table: etree._Element) -> list[Block]:
    """Rows as paragraphs (a photo's caption row as `markup` marked it), and old sites' whole page,
    the article in one of its cells (read as a page's blocks are)."""
    blocks: list[Block] = []
    for row in (r for r in table if r.tag == "row"):
        cells = [c for c in row if c.tag == "cell"]
        if any(child.tag in _BLOCK_TAGS for cell in cells for child in cell):
            for cell in cells:
                blocks.extend(_blocks(cell, loose=True))
            continue
        text = " | ".join(t for t in (_text(cell) for cell in cells) if t)
        if text:
            blocks.extend(_marked(text, lambda piece: split_captions(piece, whole_line=True)))
    return blocks
