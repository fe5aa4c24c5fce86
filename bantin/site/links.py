"""Links written in content, and whether they lead to a page of the built site."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator, Set
from pathlib import Path
from urllib.parse import unquote, urlsplit

_ATTRIBUTE = re.compile(r'\s(?:href|src)="([^"]*)"')


def internal_links(html: str, page_url: str) -> Iterator[tuple[str, str]]:
    """(href, site path) for each link of `html` that stays on the site, resolved from `page_url`.

    Links with a scheme (https:, mailto:) and pure fragments are someone else's business;
    a path starting with `/` is taken from the site root.
    """
    base = "/" + page_url
    for href in _ATTRIBUTE.findall(html):
        parts = urlsplit(href.replace("&amp;", "&"))
        if parts.scheme or parts.netloc or not parts.path:
            continue
        joined = (
            parts.path
            if parts.path.startswith("/")
            else posixpath.join(posixpath.dirname(base + "x"), parts.path)
        )
        normal = posixpath.normpath(unquote(joined))
        if joined.endswith("/") and normal != "/":
            normal += "/"
        yield href, normal.lstrip("/")


def resolves(site_dir: Path, path: str, listed: Set[str] = frozenset()) -> bool:
    """Whether a site path names a file, or a folder with an index.html, in `site_dir` or
    among the site paths `listed` (files the build makes but did not write: it left them as
    they were in the site it is applied over)."""
    if path.startswith("../") or path == "..":
        return False
    if listed and ({path, f"{path}index.html", f"{path}/index.html"} & listed):
        return True
    target = site_dir / path
    if path == "" or path.endswith("/") or target.is_dir():
        return (target / "index.html").is_file()
    return target.is_file()
