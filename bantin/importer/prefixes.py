"""A title's prefix: the site's own name before the headline (`Bộ Y tế | Tăng cường …`, `[Môi trường
và Cuộc sống] Hà Nội …`), as portals, magazines and companies' news pages print it. Only a prefix
that is the page's publisher goes (its name, without the `Báo`/`Tạp chí` of a masthead, or the
letters of its address): a headline's own label (`Hà Nội | Mưa lớn …`, `[Clip] …`) names no site and
stays; a label of the story's format is `titles.format_label`'s job."""

from __future__ import annotations

import re

from .furniture import key
from .publishers import NAMED_DOMAIN
from .spelled import stem

# `Site | headline`, `Site » headline`, `Site :: headline`, `[Site] headline`
_PREFIX = re.compile(
    r"^\s*(?:\[(?P<bracketed>[^\]]{2,60})\]|(?P<plain>[^|»\[\]]{2,60}?)\s+(?:\||»|::))\s*(?=\S)"
)
_MASTHEAD_WORDS = re.compile(r"^(?:Báo|Tạp chí|Tạp Chí)\s+(?:điện tử\s+)?", re.IGNORECASE)


def site_prefix(title: str, names: tuple[str | None, ...]) -> str | None:
    """The site's name opening `title` with its separator (`Vinamilk | `), when it is one of `names`
    (the page's publisher, its `Source:` line, its host name) and a headline of three words or more
    follows it; else None."""
    match = _PREFIX.match(title)
    if not match or len(title[match.end() :].split()) < 3:
        return None
    prefix = key(match.group("bracketed") or match.group("plain"))
    own = set()
    for name in filter(None, names):
        if NAMED_DOMAIN.match(name):
            own.add(key(stem(name)))
        else:
            own |= {key(name), key(_MASTHEAD_WORDS.sub("", name.strip()))}
    return match.group(0) if prefix and prefix in own - {""} else None
