"""Relative URLs as MkDocs makes them (`mkdocs.utils.normalize_url`, its `url` filter), cheaper.

Every link of every page goes through MkDocs' `url` filter (~15 a page, ~400,000 in a cold build
at 10,000 articles), and MkDocs normalizes both paths of each (`posixpath.normpath`, twice) every
time. The same few thousand URLs come back on page after page, so here each path is split and
normalized once (`_parts`, `_target`) and only the comparison is made per link. Same rules and
same results as MkDocs 1.6 (compared in tests/unit/test_relative.py); a path with a backslash,
which MkDocs warns about, goes to MkDocs itself.
"""

from __future__ import annotations

import functools
import posixpath
from typing import Any
from urllib.parse import urlsplit

from mkdocs.utils import normalize_url


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


def relative_url(url: str, other: str) -> str:
    """`url` relative to `other`, as `mkdocs.utils.get_relative_url(url, other)`."""
    start = _from(other)
    dest = _parts(url)
    common = 0
    for a, b in zip(start, dest, strict=False):
        if a != b:
            break
        common += 1
    rel = "/".join(("..",) * (len(start) - common) + dest[common:]) or "."
    return rel + "/" if url.endswith("/") else rel


@functools.cache
def _target(path: str) -> tuple[str, int]:
    """A link's path and how many `../` it starts with; -1: absolute, left as it is (MkDocs'
    `_get_norm_url`, for paths without a backslash)."""
    if not path:
        path = "."
    parsed = urlsplit(path)
    if parsed.scheme or parsed.netloc or path.startswith(("/", "#")):
        return path, -1
    norm = posixpath.normpath(path) + "/"
    level = 0
    while norm.startswith("../", level * 3):
        level += 1
    return path, level


def page_url(path: str, page: Any, base: str = "") -> str:
    """`mkdocs.utils.normalize_url(path, page, base)`: relative to `page` (anything with a
    `url`), or joined to `base` when there is no page."""
    if "\\" in path:
        return normalize_url(path, page=page, base=base)  # MkDocs warns about it
    path, level = _target(path)
    if level == -1:
        return path
    if page is not None:
        result = relative_url(path, page.url)
        return "../" * level + result if level > 0 else result
    return posixpath.join(base, path)
