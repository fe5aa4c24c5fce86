"""Render the digest's pages with MkDocs' theme environment, without a MkDocs Page each.

MkDocs builds every page through its full machinery: a new Markdown converter, a Page object,
a dozen plugin events, its navigation in the context. For a digest of thousands of articles
and their listings that machinery is most of the build time. So the plugin keeps MkDocs for
what it is good at (configuration, theme, static files, plain pages, the preview server) and
renders its own routes here: one Markdown converter reused for every body, links resolved by
MkDocs' own link processor, the same sanitizer, the same Jinja environment and filters.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import jinja2
import markdown
from markupsafe import Markup
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import _RelativePathTreeprocessor  # MkDocs' own link rewriting
from mkdocs.utils import get_relative_url

from . import prose
from .article import Article
from .cache import PageCache
from .links import internal_links
from .routes import Route
from .sanitize import sanitize_html, sanitize_plain

log = logging.getLogger("mkdocs.plugins.bantin")

DRAFT_MARKER = '<p class="draft-marker" lang="en">Draft: shown by the preview only.</p>'


@dataclass
class PageView:
    """What the theme knows as `page` on a digest page: the attributes of MkDocs' Page it uses."""

    title: str
    url: str
    canonical_url: str | None
    update_date: str
    content: str | None = None
    is_homepage: bool = False
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def abs_url(self) -> str | None:
        return None


class BodyRenderer:
    """Markdown → sanitized HTML with one converter for every body (reset between uses), plain
    paragraphs kept out of it (`prose`)."""

    def __init__(self, config: MkDocsConfig, link_files: Files) -> None:
        self._config = config
        self._files = link_files
        self._md = markdown.Markdown(
            extensions=config["markdown_extensions"], extension_configs=config["mdx_configs"] or {}
        )
        self._prose = prose.neutral(config["markdown_extensions"])  # plain paragraphs skip it

    def html(self, source: File, text: str) -> str:
        """The body of `source` (a content file placed at its page's URL) as safe HTML."""
        links = _RelativePathTreeprocessor(source, self._files, self._config)
        self._md.treeprocessors.register(links, "relpath", priority=0)
        try:
            if self._prose:  # plain paragraphs skip the sanitizer too: it would leave them as they are
                return prose.convert(self._md, text, finish=sanitize_html, plain=sanitize_plain)
            return sanitize_html(self._md.reset().convert(text))
        finally:
            self._md.treeprocessors.deregister("relpath")


@dataclass
class RenderReport:
    """What rendering found that the plugin must act on (picklable: it crosses processes)."""

    pages: int = 0
    reused: int = 0  # pages placed from the page cache
    #: Links written in content: (content file, href, site path it leads to).
    body_links: list[tuple[str, str, str]] = field(default_factory=list)
    #: The same links by the route whose content holds them (for the page cache's data).
    links: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)
    fingerprints: dict[str, str] = field(default_factory=dict)  # those made while rendering
    cache_entries: set[str] = field(default_factory=set)


@dataclass
class Renderer:
    """Renders routes to HTML files under `site_dir`."""

    env: jinja2.Environment
    config: MkDocsConfig
    site_dir: Path
    common: Callable[[str], Mapping[str, Any]]
    sources: Mapping[str, tuple[File, str]]  # route src_uri → (content file, Markdown body)
    link_files: Files  # every file a link in content may lead to, at its published URL
    drafts: frozenset[str] = frozenset()  # src_uris of draft articles (shown only by `serve`)
    newest: str = "1970-01-01"
    fingerprints: Mapping[str, str] = field(default_factory=dict)  # route src_uri → fingerprint
    #: Fingerprints of pages missing from `fingerprints`, made here (in the worker process).
    fingerprint_of: Callable[[Route], str] | None = None
    cache: PageCache | None = None
    #: Pages the site already has as they would be written now (a rebuild applied over it):
    #: not written at all; the links their content holds, by content file.
    skip: frozenset[str] = frozenset()
    known_links: Mapping[str, list[tuple[str, str, str]]] = field(default_factory=dict)
    _bodies: BodyRenderer | None = None
    _cards: dict[tuple[str, str], str] = field(default_factory=dict)
    _globals: dict[str, dict[str, Any]] = field(default_factory=dict)  # by template name
    #: Stands for `base_url` in cards until a listing puts its own in (letters: escaping and
    #: URL joining leave it as it is; random: no article text can contain it).
    _base: str = field(default_factory=lambda: f"bantinbase{secrets.token_hex(8)}")

    def render(self, routes: Iterable[Route]) -> RenderReport:
        """Write each route's page, from the page cache when its fingerprint is known there."""
        report = RenderReport()
        for route in routes:
            fingerprint = self.fingerprints.get(route.src_uri)
            if fingerprint is None and self.fingerprint_of is not None:
                fingerprint = report.fingerprints[route.src_uri] = self.fingerprint_of(route)
            has_content = route.src_uri in self.sources
            if route.dest_uri in self.skip:
                links = self.known_links.get(route.src_uri, [])
                report.reused += 1
                if self.cache is not None and fingerprint:
                    self.cache.used.add(f"{fingerprint}.html")
            else:
                target = self.site_dir / route.dest_uri
                known = None
                if self.cache is not None and fingerprint:
                    known = self.cache.data(fingerprint) if has_content else []
                    if known is not None and not self.cache.place(fingerprint, target):
                        known = None
                if known is not None:
                    links = [tuple(link) for link in known]
                    report.reused += 1
                else:
                    links = []
                    html = self.page(route, links)
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(html.encode("utf-8", errors="xmlcharrefreplace"))
                    if self.cache is not None and fingerprint:
                        self.cache.keep(fingerprint, target)
            report.pages += 1
            report.body_links += links
            if has_content:
                report.links[route.src_uri] = links
        if self.cache is not None:
            report.cache_entries = set(self.cache.used)
        return report

    def page(self, route: Route, links: list[tuple[str, str, str]] | None = None) -> str:
        """A route's page as HTML; links written in its content are added to `links`."""
        content = None
        source = self.sources.get(route.src_uri)
        if source is not None:
            file, text = source
            content = self._body(file, text)
            if links is not None:
                links += [(file.src_uri, h, p) for h, p in internal_links(content, route.url)]
            if route.src_uri in self.drafts:
                content = DRAFT_MARKER + content
        site_url = self.config.site_url
        view = PageView(
            title=route.title,
            url=route.url,
            canonical_url=(site_url.rstrip("/") + "/" + route.url) if site_url else None,
            update_date=(route.updated.isoformat() if route.updated else self.newest),
            content=content,
            is_homepage=route.url == "",
        )
        base_url = get_relative_url(".", route.url or ".")
        context: dict[str, Any] = {
            "config": self.config,
            "page": view,
            "base_url": base_url,
            **self.common(route.lang),
            **route.context,
            "route": route,
            "alternates": route.alternates,
            "card": partial(self._card, lang=route.lang, base_url=base_url),
        }
        return self._template(route.template, context)

    def _card(self, article: Article, *, lang: str, base_url: str) -> Markup:
        """An article's card: the same on every listing but for the depth its links start from.

        So it is rendered once per language with a stand-in for `base_url`, which each listing
        replaces with its own (a card is on ~8 listings: home, year, month, entities, pages)."""
        key = (article.src_uri, lang)
        card = self._cards.get(key)
        if card is None:
            context = {"article": article, "page": None, "base_url": self._base, **self.common(lang)}
            card = self._cards[key] = self._template("partials/card.html", context)
        return Markup(card.replace(self._base, base_url))

    def _template(self, name: str, context: dict[str, Any]) -> str:
        """`env.get_template(name).render(context)`, less a copy of the globals per page.

        Jinja's `render` copies the template's globals out of a `ChainMap` every time (~30 µs,
        a second of a cold build at 10,000 articles); they do not change while pages are
        rendered, so they are flattened once per template and the context is passed as is
        (`shared`), as Jinja itself does for an `{% include %}`."""
        template = self.env.get_template(name)
        flat = self._globals.get(name)
        if flat is None:
            flat = self._globals[name] = dict(template.globals)
        try:
            return "".join(template.root_render_func(template.new_context({**flat, **context}, shared=True)))
        except Exception:
            self.env.handle_exception()

    def _body(self, file: File, text: str) -> str:
        if self._bodies is None:  # made on first use: in each worker process, its own converter
            self._bodies = BodyRenderer(self.config, self.link_files)
        return self._bodies.html(file, text)
