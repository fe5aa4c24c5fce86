"""The site of a saved page that names it nowhere a machine reads: no `og:site_name`, no address,
no masthead linking home, and a `<title>` whose last part (`… | Khoa học Phổ thông`) could as well
be a section's. The page's copyright line says whose the page is (`Bản quyền thuộc Tạp chí Khoa học
Phổ thông`, `owners`): when that owner ends with the `<title>`'s last part, the part is the site's
name as the site itself writes it; an owner the `<title>` does not spell is still the site's.

Used only when nothing else names a source: a page's own metadata, address or masthead always win."""

from __future__ import annotations

import re

from .owners import copyright_owner

# A block of the page ends its line; the rest of its tags are dropped with what they hold unseen.
_HIDDEN = re.compile(r"<(script|style|noscript)\b.*?</\1>", re.S | re.I)
_BLOCK = re.compile(r"</?(?:p|div|li|ul|ol|td|tr|table|footer|header|section|aside|nav|h\d|br)\b[^>]*>", re.I)
_TAG = re.compile(r"<[^>]+>")
# The `<title>`'s last part, after the separator a site's name follows (`… - Site`, `… | Site`).
_LAST_PART = re.compile(r"\s(?:[-–—|»·]|::)\s+(?P<part>[^-–—|»·:]+?)\s*$")
_FEWEST_WORDS = 2  # a one-word part (`… | Video`) is too likely a section's


def owned_site(html: str, page_title: str) -> str | None:
    """The page's site as its copyright line names it, spelt as the `<title>` ends when it ends so."""
    visible = _TAG.sub(" ", _BLOCK.sub("\n", _HIDDEN.sub(" ", html)))
    owner = copyright_owner(line.strip() for line in visible.splitlines() if line.strip())
    if not owner:
        return None
    match = _LAST_PART.search(page_title)
    part = match.group("part") if match else ""
    if len(part.split()) >= _FEWEST_WORDS and owner.casefold().endswith(" " + part.casefold()):
        return part
    return owner
