"""Sanitize article HTML: article text is scraped from the web and must not carry code.

Python-Markdown passes raw HTML through and `attr_list` lets Markdown set any attribute, so the
rendered body of every page goes through nh3 (Ammonia) with a short allow-list: no script, no
event handler, no `javascript:` URL, no style.
"""

from __future__ import annotations

import nh3

TAGS = frozenset(
    {
        "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "dfn",
        "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6",
        "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "small",
        "span", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time",
        "tr", "u", "ul",
    }
)  # fmt: skip

ATTRIBUTES = {
    "*": {"lang", "title"},
    "a": {"href", "hreflang"},
    "img": {"src", "alt", "width", "height", "loading"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
    "ol": {"start", "reversed"},
    "time": {"datetime"},
    "h2": {"id"}, "h3": {"id"}, "h4": {"id"}, "h5": {"id"}, "h6": {"id"},
}  # fmt: skip

#: The only classes content may carry: the ones our theme styles for article bodies.
CLASSES = {"p": {"caption", "lead"}, "em": {"credit"}, "span": {"credit"}, "figure": {"caption"}}

URL_SCHEMES = frozenset({"http", "https", "mailto"})


def sanitize_html(html: str) -> str:
    """Keep the structure of an article body and drop anything that could run or restyle."""
    return nh3.clean(
        html,
        tags=set(TAGS),
        attributes={k: set(v) for k, v in ATTRIBUTES.items()},
        allowed_classes={k: set(v) for k, v in CLASSES.items()},
        url_schemes=set(URL_SCHEMES),
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


def sanitize_plain(text: str) -> str:
    """What `sanitize_html` makes of text with none of `< > &` in it (`bantin.core.prose`'s plain
    paragraphs), without parsing it: html5ever writes a no-break space as `&nbsp;` and every
    other character as it is (tests/unit/test_sanitize.py checks every code point)."""
    return text.replace("\xa0", "&nbsp;")
