"""sitemap.xml (with hreflang alternates) and robots.txt, written by the plugin.

MkDocs would write a sitemap of its own pages only; ours lists every page, Vietnamese and
English, each with its counterpart. The theme's `sitemap.xml` renders empty when MkDocs calls
it, so MkDocs skips it, and the plugin renders it with `sitemap_entries`.
"""

from __future__ import annotations

import datetime as dt
import gzip
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin

import jinja2
from mkdocs.structure.pages import Page

from .routes import Route
from .urls import join_url


@dataclass(frozen=True)
class Entry:
    loc: str
    lastmod: str
    alternates: tuple[tuple[str, str], ...] = ()


def sitemap_entries(
    routes: Iterable[Route], pages: Iterable[Page], site_url: str | None, newest: dt.date
) -> list[Entry]:
    """Every digest page with its counterpart, then the plain pages MkDocs built (about…)."""
    entries = [
        Entry(
            loc=join_url(site_url or "", route.url),
            lastmod=(route.updated or newest).isoformat(),
            alternates=tuple(
                (lang, join_url(site_url or "", url)) for lang, url in sorted(route.alternates.items())
            ),
        )
        for route in routes
    ]
    entries += [
        Entry(loc=page.canonical_url, lastmod=newest.isoformat()) for page in pages if page.canonical_url
    ]
    return entries


def write_sitemap(env: jinja2.Environment, entries: Iterable[Entry], site_dir: Path, site_url: str) -> None:
    """sitemap.xml, its gzip copy (dated from content, so builds are reproducible) and robots.txt."""
    listed = sorted(entries, key=lambda e: e.loc)
    xml = env.get_template("sitemap.xml").render(sitemap_entries=listed).encode("utf-8")
    (site_dir / "sitemap.xml").write_bytes(xml)
    newest = max((e.lastmod for e in listed), default="1970-01-01")
    stamp = int(dt.datetime.fromisoformat(newest).replace(tzinfo=dt.UTC).timestamp())
    with (
        (site_dir / "sitemap.xml.gz").open("wb") as raw,
        gzip.GzipFile(fileobj=raw, filename="sitemap.xml", mode="wb", mtime=stamp) as packed,
    ):
        packed.write(xml)
    robots = f"User-agent: *\nAllow: /\n\nSitemap: {urljoin(site_url, 'sitemap.xml')}\n"
    (site_dir / "robots.txt").write_text(robots, encoding="utf-8")
