"""The address a saved page names as its own: its `<link rel="canonical">`.

A page saved from a site's AMP or mobile copy (`amp.site.vn/…`, `m.site.vn/…`, `…?amp`, `/amp/…`)
points to the desktop page it copies with `rel="canonical"` (AMP requires it), while its `og:url`
is often the copy's own address, which trafilatura reads first. The canonical address is the
story's lasting one, the one other copies and the digest's links agree on. A canonical that is
not an absolute web address, or is a site's home page (a template that names its front page on
every story), says nothing of the story and is left for the page's other metadata.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from lxml import etree


def canonical_url(tree: etree._Element) -> str | None:
    """The story's address the page's `<link rel="canonical">` gives, if it is a story's address."""
    for link in tree.iter("link"):
        if "canonical" not in (link.get("rel") or "").casefold().split():
            continue
        href = (link.get("href") or "").strip()
        parts = urlsplit(href)
        if parts.scheme in ("http", "https") and parts.netloc and " " not in href and parts.path.strip("/"):
            return href
        return None  # the page's one canonical says nothing of the story
    return None
