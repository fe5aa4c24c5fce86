"""A saved page's markup, made plainer for trafilatura before it reads the page.

What the page's own structure says and trafilatura would miss: a photo's caption (`figures.py`);
an old layout's tables, text between blocks, plugins' tags, lazy images (`boxes.py`); a box of
other stories under its label (`Tin liên quan`, `Cùng chuyên mục`) or opening with a story's
headline, whose teasers trafilatura keeps as paragraphs once their links are gone; the rest of
the line a `<time>` stands in, and the times opening a live page's entries (`<time>08:15</time>`); a
poll or form by its controls; an ad's slot, a breaking-news banner or ticker by its class (`ads.py`,
`news_banners.py`); the sapo by its class; the
`<title>` and the headline; the site's name on its masthead; the author (`authors.py`); the story's
canonical address (`canonical.py`).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from lxml import etree
from lxml import html as lxml_html

from .ads import drop_ad_slots
from .authors import page_author
from .boxes import make_plain, remove
from .canonical import canonical_url
from .field_cards import keep_field_cards
from .figures import mark_captions, mark_headings, unmarked
from .news_banners import drop_news_banners
from .repair import clean
from .stamps import is_time_of_day
from .vocabulary import RELATED_HEADERS

_SAPO_CLASS = re.compile(r"sapo|description|chapeau|summary|lead|intro", re.I)
_BOXES = frozenset({"div", "section", "aside", "ul", "ol", "table", "nav", "p"})
_LABEL = re.compile(r"^(?P<label>[^\W\d_][^:]{1,40}?)\s*:?$")
_LONGEST_LABEL = 6  # words
_HEADLINE_WORDS = 4  # a headline's words at least, on average


class Prepared(NamedTuple):
    """A page made plainer, with what its markup says that trafilatura may not read."""

    page: str
    sapo: str | None = None  # when a class names it
    titles: tuple[str, ...] = ()  # `<title>`, `<h1>`
    author: str | None = None  # named by the page's markup (`rel="author"`, an author's box)
    site: str | None = None  # the name on the link home before the headline (the logo's)
    url: str | None = None  # the story's address its `<link rel="canonical">` gives (`canonical.py`)


def prepare(text: str) -> Prepared:
    """The page made plainer, its sapo, titles and author."""
    text = unmarked(text)
    try:
        tree = lxml_html.document_fromstring(
            text.encode("utf-8"), parser=lxml_html.HTMLParser(encoding="utf-8")
        )
    except (etree.ParserError, ValueError):
        return Prepared(text)
    author, site, url = page_author(tree), _site(tree, _headline(tree)), canonical_url(tree)
    _keep_entry_times(tree)
    keep_field_cards(tree)  # a recipe's `<ul class="recipe-meta">`, which trafilatura would drop
    make_plain(tree)
    headline = _headline(tree)
    _drop_story_boxes(tree, headline)
    _drop_teasers(tree, headline)
    _drop_stamp_lines(tree)
    _drop_controls(tree, headline)
    drop_ad_slots(tree, headline)
    drop_news_banners(tree, headline)
    mark_captions(tree)
    mark_headings(tree, headline)
    titles = (
        clean(tree.findtext(".//title") or ""),
        unmarked(clean(headline.text_content())) if headline is not None else "",
    )
    sapo = _sapo(tree, headline)
    page = etree.tostring(tree, encoding="unicode", method="html")
    return Prepared(page, sapo and unmarked(sapo), titles, author, site, url)


_TITLE_PARTS = re.compile(r"\s+(?:[-–—|»·]|::)\s+")
_TITLE_CLASS = re.compile(r"title|tieu-?de|headline", re.I)


def _headline(tree: etree._Element) -> etree._Element | None:
    """The `<h1>` (of several, the last the `<title>` holds: a blog's name in one over its post's, `<h1
    class="title">HTX …</h1>` before `<h1>Đội tàu HTX trở về …</h1>`); on a page without one (`<h2
    class="TieuDe">`, a `<span>` in an old portal), the heading or box named a title that prints a part
    of the `<title>`, the longest part first."""
    page_title = clean(tree.findtext(".//title") or "")
    heads = list(tree.iter("h1"))
    held = [h for h in heads if page_title and (text := clean(h.text_content())) and text in page_title]
    if heads:
        return held[-1] if held else heads[0]
    parts = sorted(_TITLE_PARTS.split(page_title), key=len, reverse=True)
    body = tree.find("body")
    for part in (p for p in parts if len(p.split()) >= 3):
        for element in body.iter() if body is not None else ():
            if not isinstance(element.tag, str):
                continue
            named = element.tag in ("h2", "h3", "h4") or _TITLE_CLASS.search(element.get("class") or "")
            if named and clean(element.text_content()) == part:
                return element
    return None


_HOME = re.compile(r"^(?:https?://[^/]+)?/?(?:index\.\w+)?$")
_NAME = re.compile(r"[^\W\d_][\w .,&'’+-]*")  # a name's letters, no markup or marks
_HOME_WORDS = frozenset({"trang chủ", "home", "về trang chủ", "trang nhất"})


def _site(tree: etree._Element, headline: etree._Element | None) -> str | None:
    """The site's name as its masthead prints it: the text (or logo's `alt`) of a link home before
    the headline, a name of two words or more, not the menu's `Trang chủ`."""
    for element in tree.iter("a", "h1"):
        if element is headline:
            break
        if element.tag != "a" or not _HOME.match((element.get("href") or "").strip()):
            continue
        image = next(element.iter("img"), None)
        name = clean(element.text_content()) or (clean(image.get("alt") or "") if image is not None else "")
        if 2 <= len(name.split()) <= 8 and name.casefold() not in _HOME_WORDS and _NAME.fullmatch(name):
            return name
    return None


def _sapo(tree: etree._Element, headline: etree._Element | None) -> str | None:
    """The sapo follows the headline: a `site-description` in the masthead is the site's tagline."""
    seen = headline is None
    for element in tree.iter():
        if element is headline:
            seen = True
        if not seen or element.tag not in ("p", "div", "h2", "span"):
            continue
        if _SAPO_CLASS.search(element.get("class") or "") and len(element) <= 3:
            sapo = clean(element.text_content()) or None
            if sapo:
                return sapo
    return None


def _first_text(element: etree._Element) -> str:
    for piece in element.itertext():
        if piece.strip():
            return clean(piece)
    return ""


def _drop_story_boxes(tree: etree._Element, headline: etree._Element | None) -> None:
    """A box that opens with the label of a list of other stories and is mostly its links goes
    whole, teasers with it; never one holding the headline or a third of the page's text."""
    body = tree.find("body")
    total = len(clean(body.text_content())) if body is not None else 0
    for element in list(tree.iter(*_BOXES)):
        if element.getparent() is None or (headline is not None and headline in element.iter()):
            continue
        label = _LABEL.match(_first_text(element))
        if not label:
            continue
        text = clean(element.text_content())
        rest = len(text) - len(label.group(0))
        linked = [a for a in element.iter("a") if a.get("href")]
        anchors = [clean(a.text_content()) for a in linked]
        links = sum(len(a) for a in anchors)
        named = label.group("label").casefold() in RELATED_HEADERS and links >= rest / 4
        # or a short label over nothing but headlines (`Video đang được xem nhiều`, then its list;
        # not a page's tags, a word or two a link, which trafilatura reads as its keywords), to as
        # many stories: links all to one address are one post's (an embedded post's invitation
        # and its caption, which the story quotes)
        listed = (
            len(anchors) >= 2
            and not _one_address(linked)
            and len(label.group("label").split()) <= _LONGEST_LABEL
            and links >= 0.7 * rest
            and sum(len(a.split()) for a in anchors) >= _HEADLINE_WORDS * len(anchors)
        )
        if rest > 0 and 3 * len(text) <= total and (named or listed):
            remove(element)


def _one_address(links: list[etree._Element]) -> bool:
    """Whether `links` all lead to one page (`https://www.instagram.com/p/…` twice); links that lead
    nowhere (`#`, `javascript:void(0)`: a list a script opens) tell nothing of where they go."""
    hrefs = {link.get("href", "").strip() for link in links}
    return len(hrefs) == 1 and not re.match(r"^(?:#|javascript:)", next(iter(hrefs)), re.I)


_TEASER_BOXES = ("table", "div", "aside", "section")
_SHORTEST_HEADLINE = 15
_LONGEST_TEASER = 250


def _drop_teasers(tree: etree._Element, headline: etree._Element | None) -> None:
    """A box set in the story (`<table class="tlq">`) that opens with a link to another story, its
    headline, and holds no more than that story's lead after it: a teaser, whatever its class."""
    for element in list(tree.iter(*_TEASER_BOXES)):
        if element.getparent() is None or (headline is not None and headline in element.iter()):
            continue
        links = [a for a in element.iter("a") if a.get("href") and clean(a.text_content())]
        if not links:
            continue
        title = clean(links[0].text_content())
        text = clean(element.text_content())
        rest = text[len(title) :] if text.startswith(title) else None
        blocks = sum(1 for _ in element.iter("p", "h2", "h3", "h4", "li", "td", "div"))
        if rest is None or len(title) < _SHORTEST_HEADLINE or len(rest) > _LONGEST_TEASER or blocks > 4:
            continue
        if rest.strip() and not _stands_alone(links[0], element):
            continue  # a name linked at the start of a sentence (`<a>Ủy ban nhân dân tỉnh</a> vừa …`)
        remove(element)


def _stands_alone(link: etree._Element, box: etree._Element) -> bool:
    """The link is the whole text of a block of its own in `box` (a headline above its lead)."""
    title = clean(link.text_content())
    for block in link.iterancestors():
        if block is box or block.tag in ("p", "h2", "h3", "h4", "h5", "li", "td", "div"):
            return clean(block.text_content()) == title
    return False


_LONGEST_STAMP_LINE = 60  # characters
_ENTRY_WORDS = 6  # an entry's text, at least, after its time


def _keep_entry_times(tree: etree._Element) -> None:
    """A live page's entries open with their time in a `<time>` (`<time>08:15</time> Đoàn xe …`),
    which trafilatura drops: where several show a time of day alone, each before an entry's text,
    they are text of their entries. The page's own stamp (a date) stays a `<time>`, for the date."""
    openers = [time for time in tree.iter("time") if is_time_of_day(clean(time.text_content()))]
    openers = [time for time in openers if len(_after(time).split()) >= _ENTRY_WORDS]
    if len(openers) < 2:
        return
    for time in openers:
        time.tag = "span"
        for name in list(time.attrib):
            del time.attrib[name]


def _after(element: etree._Element) -> str:
    """The text after `element` in its line, else in the block after it."""
    tail = clean(element.tail or "")
    following = element.getnext()
    return tail or (clean(following.text_content()) if following is not None else "")


def _drop_stamp_lines(tree: etree._Element) -> None:
    """The short line that holds the page's `<time>` (`14/09/2023 | Khởi nghiệp`) is its meta line:
    trafilatura reads the time for the date and would keep the rest (`| Khởi nghiệp`) as text."""
    for time in list(tree.iter("time")):
        line = time.getparent()
        while line is not None and line.tag in ("span", "a", "b", "strong", "em", "i", "small"):
            line = line.getparent()
        if line is None or line.tag in ("body", "article", "main", "header", "section"):
            continue
        text = clean(line.text_content())
        if len(text) <= _LONGEST_STAMP_LINE and not re.search(r"[.!?]\s+\S", text):
            time.tail = None  # the time stays, for the date; the rest of its line goes
            for child in list(line):
                line.remove(child)
            line.text = None
            line.append(time)


_CONTROLS = ("input", "button", "textarea", "select")
_FEED = re.compile(r"application/(?:rss|atom)\+xml", re.I)  # a link to subscribe to a feed, a control too
_LONGEST_WIDGET = 200  # characters


def _is_feed(link: etree._Element) -> bool:
    return _FEED.search(link.get("type") or "") is not None


def _drop_controls(tree: etree._Element, headline: etree._Element | None) -> None:
    """A poll, a comment box, a search or newsletter form: the largest box around a form's control
    with little text (`Bạn có hài lòng …? Có Không Bình chọn`), or around a link to subscribe to a
    feed (Blogger's `Đăng ký: Đăng Nhận xét (Atom)`). A page set in one `<form>` whole
    (ASP.NET) keeps its article: that box holds too much text."""
    for control in [e for e in tree.iter(*_CONTROLS, "a") if e.tag != "a" or _is_feed(e)]:
        if (control.get("type") or "").casefold() == "hidden":
            continue  # a form's state (ASP.NET's `__VIEWSTATE`), anywhere on the page
        widget = None
        for box in control.iterancestors():
            if box.tag in ("body", "html") or (headline is not None and headline in box.iter()):
                break
            if len(clean(box.text_content())) > _LONGEST_WIDGET:
                break
            widget = box
        if widget is not None and widget.getparent() is not None:
            remove(widget)
