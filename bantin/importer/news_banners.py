"""A banner or a ticker of the site in a saved page, by the name its template gives the box: a class
or id naming breaking news or a ticker (`<div class="breaking-news">`, `class="hot-ticker"`,
`id="tin-nong"`), or a `<marquee>`. The label such a box prints (`Tin bão khẩn cấp`, `Tin nóng: …`)
reads as a short line of the story once its markup is gone, and the chrome detector keeps a short
line before the lead as borderline; the template's name for the box says what it is on every site.
A box holding much text (a wrapper named so) or the headline is left alone, as `ads` leaves an ad's
wrapper: a borderline box is kept. A box named for the weather is not taken: a forecast's table may
be the story's."""

from __future__ import annotations

import re

from lxml import etree

from .boxes import drop_small_boxes

__all__ = ["drop_news_banners"]

# The words of a class or id (`breaking-news` → `breaking`, `news`), and the names run together.
_WORDS = re.compile(r"[a-z0-9]+")
_BANNER_WORDS = frozenset(
    {"breaking", "breakingnews", "ticker", "newsticker", "marquee", "hotnews", "tinnong"}
)
_LONGEST_BANNER = 200  # characters: a label and a headline or two, no story's paragraphs


def _is_banner(element: etree._Element) -> bool:
    """Whether the element is a `<marquee>` or its class or id names a banner or a ticker."""
    if element.tag == "marquee":
        return True
    names = f"{element.get('class') or ''} {element.get('id') or ''}".casefold()
    words = _WORDS.findall(names) + ["".join(_WORDS.findall(name)) for name in names.split()]
    return not _BANNER_WORDS.isdisjoint(words)


def drop_news_banners(tree: etree._Element, headline: etree._Element | None) -> None:
    """Take the page's banners and tickers out, but a box holding the headline or much text."""
    drop_small_boxes(tree, headline, _is_banner, _LONGEST_BANNER)
