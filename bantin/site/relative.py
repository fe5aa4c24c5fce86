"""Relative URLs as MkDocs makes them (`mkdocs.utils.normalize_url`, its `url` filter), cheaper.

Every link of every page goes through MkDocs' `url` filter (~15 a page, ~400,000 in a cold build
at 10,000 articles), and MkDocs normalizes both paths of each (`posixpath.normpath`, twice) every
time. The same few thousand URLs come back on page after page, so here each link is split,
normalized and joined again from each of its segments on once (`_link`), each page's folder once
(`_from`), and per link only the segments the two share are counted (most links share none with
the page: an article's `2021/10/tin-a/` and `to-chuc/…`, `assets/…`); the result is `../` per
segment of the page's folder the link does not share, then the rest of the link as joined.
Same rules and same results as MkDocs 1.6 (compared in tests/unit/test_relative.py); a path with
a backslash, which MkDocs warns about, goes to MkDocs itself.
"""

from __future__ import annotations

import functools
import posixpath
from typing import Any
from urllib.parse import urlsplit

from mkdocs.utils import normalize_url

#: `../` repeated, by count (a page is rarely more than a few folders deep).
_UP = tuple("../" * n for n in range(16))


@functools.cache
def _parts(path: str) -> tuple[str, ...]:
    """The normalized segments of a path (MkDocs' `_norm_parts`)."""
    if not path.startswith("/"):
        path = "/" + path
    path = posixpath.normpath(path)[1:]
    return tuple(path.split("/")) if path else ()


@functools.cache
def _from(other: str) -> tuple[str, ...]:
    """The segments of the folder a URL is relative to: its own, less a last one with a dot."""
    dirname, _, basename = other.rpartition("/")
    return _parts(dirname if "." in basename else other)


@functools.cache
def _dest(url: str) -> tuple[tuple[str, ...], tuple[str, ...], str]:
    """A URL's normalized segments; the same joined by `/` from each segment on (the last: '');
    the `/` it ends with (or '')."""
    dest = _parts(url)
    tails = tuple("/".join(dest[i:]) for i in range(len(dest) + 1))
    return dest, tails, "/" if url.endswith("/") else ""


def _relative(dest: tuple[str, ...], tails: tuple[str, ...], slash: str, start: tuple[str, ...]) -> str:
    """`get_relative_url`'s result for a URL (`_dest`) from a folder's segments (`_from`):
    `../` for each segment of the folder the URL does not share, then the URL's own rest."""
    common = 0
    if start and dest and start[0] == dest[0]:  # most links share nothing with the page
        for a, b in zip(start, dest, strict=False):
            if a != b:
                break
            common += 1
    ups = len(start) - common
    up = _UP[ups] if ups < len(_UP) else "../" * ups
    rel = up + tails[common] if common < len(dest) else up[:-1]
    return (rel or ".") + slash


def relative_url(url: str, other: str) -> str:
    """`url` relative to `other`, as `mkdocs.utils.get_relative_url(url, other)`."""
    return _relative(*_dest(url), _from(other))


@functools.cache
def _link(path: str) -> tuple[str, int, tuple[str, ...], tuple[str, ...], str]:
    """A link as MkDocs' `_get_norm_url` reads it (for paths without a backslash): its path,
    how many `../` it starts with (-1: absolute, left as it is), and its `_dest`."""
    if not path:
        path = "."
    parsed = urlsplit(path)
    if parsed.scheme or parsed.netloc or path.startswith(("/", "#")):
        return path, -1, (), (), ""
    norm = posixpath.normpath(path) + "/"
    level = 0
    while norm.startswith("../", level * 3):
        level += 1
    return path, level, *_dest(path)


def page_url(path: str, page: Any, base: str = "") -> str:
    """`mkdocs.utils.normalize_url(path, page, base)`: relative to `page` (anything with a
    `url`), or joined to `base` when there is no page."""
    if "\\" in path:
        return normalize_url(path, page=page, base=base)  # MkDocs warns about it
    path, level, dest, tails, slash = _link(path)
    if level == -1:
        return path
    if page is not None:
        result = _relative(dest, tails, slash, _from(page.url))
        return _UP[level] + result if 0 < level < len(_UP) else "../" * level + result
    return posixpath.join(base, path)
