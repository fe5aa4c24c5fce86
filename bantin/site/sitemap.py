"""sitemap.xml (with hreflang alternates), news-sitemap.xml and robots.txt, written by the plugin.

MkDocs would write a sitemap of its own pages only; ours lists every page, Vietnamese and
English, each with its counterpart. The theme's `sitemap.xml` renders empty when MkDocs calls
it, so MkDocs skips it, and the plugin renders it with `sitemap_entries`.

The Google News sitemap lists the articles of the two days before the build's clock (and of
its own day), in each language that has a headline of its own: an article without an English
title has no English entry, since its English page would show the Vietnamese headline.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import io
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin
from xml.sax.saxutils import escape

import jinja2

from ..core.article import Article
from ..core.text import xml_safe
from .outputs import Outputs, produce
from .routes import PageKind, Route
from .urls import article_url, join_url

NEWS_SITEMAP = "news-sitemap.xml"
#: Google News reads at most this many entries of one news sitemap.
NEWS_LIMIT = 1000
#: How many days before the build's clock an article stays in the news sitemap.
NEWS_DAYS = 2


@dataclass(frozen=True)
class NewsEntry:
    loc: str
    lang: str
    date: str  # W3C date of publication
    title: str


@dataclass(frozen=True)
class Entry:
    loc: str
    lastmod: str
    alternates: tuple[tuple[str, str], ...] = ()


def sitemap_entries(
    routes: Iterable[Route], pages: Iterable[str | None], site_url: str, newest: dt.date
) -> list[Entry]:
    """Every digest page with its other-language version (not the pages at old addresses),
    and MkDocs' own pages by their canonical URLs (`pages`), dated `newest`."""
    entries = [
        Entry(
            loc=join_url(site_url, route.url),
            lastmod=(route.updated or newest).isoformat(),
            alternates=tuple(
                (lang, join_url(site_url, url)) for lang, url in sorted(route.alternates.items())
            ),
        )
        for route in routes
        if route.kind is not PageKind.REDIRECT  # an old address is no page of its own
    ]
    return entries + [Entry(loc=url, lastmod=newest.isoformat()) for url in pages if url]


def write_sitemap(
    env: jinja2.Environment,
    entries: Iterable[Entry],
    site_dir: Path,
    site_url: str,
    outputs: Outputs,
    *,
    news: bool = False,
) -> dict[str, str]:
    """sitemap.xml, its gzip copy (dated from content, so builds are reproducible) and robots.txt;
    the first two unless already there (a rebuild with no page added, moved or newly dated).
    Returns the fingerprints of those two by path."""
    listed = sorted(entries, key=lambda e: e.loc)
    listing = hashlib.sha256(repr(listed).encode("utf-8", "surrogatepass")).hexdigest()
    fingerprint = outputs.fingerprint("sitemap", site_url, listing)
    made: list[bytes] = []

    def xml() -> bytes:
        if not made:
            made.append(
                xml_safe(env.get_template("sitemap.xml").render(sitemap_entries=listed)).encode("utf-8")
            )
        return made[0]

    def packed() -> bytes:
        newest = max((e.lastmod for e in listed), default="1970-01-01")
        stamp = int(dt.datetime.fromisoformat(newest).replace(tzinfo=dt.UTC).timestamp())
        stamp = min(max(stamp, 0), 2**32 - 1)  # gzip's four bytes: 1970 to 2106 (0 means no date)
        out = io.BytesIO()
        with gzip.GzipFile(fileobj=out, filename="sitemap.xml", mode="wb", mtime=stamp) as stream:
            stream.write(xml())
        return out.getvalue()

    produce(outputs, "sitemap.xml", fingerprint, site_dir / "sitemap.xml", xml, suffix=".xml")
    produce(outputs, "sitemap.xml.gz", fingerprint, site_dir / "sitemap.xml.gz", packed, suffix=".xml.gz")
    maps = ["sitemap.xml", *([NEWS_SITEMAP] if news else [])]
    robots = "User-agent: *\nAllow: /\n\n" + "".join(f"Sitemap: {urljoin(site_url, m)}\n" for m in maps)
    (site_dir / "robots.txt").write_text(robots, encoding="utf-8")
    return {"sitemap.xml": fingerprint, "sitemap.xml.gz": fingerprint}


def news_entries(
    articles: Iterable[Article], clock: dt.datetime, site_url: str, names: dict[str, str]
) -> list[NewsEntry]:
    """The news sitemap's entries: articles dated from `NEWS_DAYS` days before the clock's day
    to that day (UTC), newest first, at most `NEWS_LIMIT`; `names`: the site's name by language."""
    today = clock.astimezone(dt.UTC).date()
    first = today - dt.timedelta(days=NEWS_DAYS)
    entries = []
    for article in articles:
        if article.draft or not first <= article.date <= today:
            continue
        titles = {"vi": article.title, "en": article.title_en}
        for lang, title in titles.items():
            if title and names.get(lang):
                url = join_url(site_url, article_url(article, lang))
                entries.append(NewsEntry(url, lang, article.date.isoformat(), title))
    entries.sort(key=lambda e: (e.date, e.loc), reverse=True)
    return entries[:NEWS_LIMIT]


def write_news_sitemap(entries: Iterable[NewsEntry], names: dict[str, str], site_dir: Path) -> None:
    """news-sitemap.xml in the Google News namespace (an empty urlset when nothing is recent)."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
        ' xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
    ]
    for e in entries:
        lines += [
            "  <url>",
            f"    <loc>{escape(e.loc)}</loc>",
            "    <news:news>",
            "      <news:publication>",
            f"        <news:name>{escape(names[e.lang])}</news:name>",
            f"        <news:language>{e.lang}</news:language>",
            "      </news:publication>",
            f"      <news:publication_date>{e.date}</news:publication_date>",
            f"      <news:title>{escape(e.title)}</news:title>",
            "    </news:news>",
            "  </url>",
        ]
    lines.append("</urlset>\n")
    (site_dir / NEWS_SITEMAP).write_text(xml_safe("\n".join(lines)), encoding="utf-8")
