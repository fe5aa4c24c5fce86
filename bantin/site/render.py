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

from ..core import prose
from ..core.article import Article
from .content import Site
from .flat import render_flat
from .links import internal_links
from .outputs import Fresh, Link, Outputs, produce
from .relative import relative_url
from .routes import ArticleValues, PageKind, Route
from .sanitize import sanitize_html, sanitize_plain
from .search.words import Indexed, PackedWords
from .social import FILE as CARD_FILE
from .social import card_text, render_card
from .social import version as card_version

log = logging.getLogger("mkdocs.plugins.bantin")

DRAFT_MARKER = '<p class="draft-marker" lang="en">Draft: shown by the preview only.</p>'
SCHEDULED_MARKER = '<p class="draft-marker" lang="en">Scheduled for {when}: shown by the preview only.</p>'


def unpublished_markers(site: Site) -> dict[str, str]:
    """The marker atop each article a preview shows that a build would not publish, by src_uri."""
    markers = {a.src_uri: DRAFT_MARKER for a in site.articles if a.draft}
    for uri, when in site.scheduled.items():
        markers.setdefault(uri, SCHEDULED_MARKER.format(when=when.isoformat()))
    return markers


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
    """What rendering found that the site must act on (picklable: it crosses processes)."""

    pages: int = 0
    reused: int = 0  # pages already there (`Outputs.reuse`)
    #: Links written in content, by the route whose content holds them.
    links: dict[str, list[Link]] = field(default_factory=dict)
    fingerprints: dict[str, str] = field(default_factory=dict)  # by page path: those made here
    used: set[str] = field(default_factory=set)  # what `outputs` reused or kept in this process
    #: The syllable pairs of the Vietnamese article pages made here, by page path (`words`).
    words: dict[str, PackedWords] = field(default_factory=dict)
    #: Other outputs made beside the pages (social cards), by site path: their fingerprints.
    outputs: dict[str, str] = field(default_factory=dict)
    cards: int = 0  # social cards drawn (not reused)


@dataclass
class Renderer:
    """Renders routes to HTML files under `site_dir`, those not already there (`outputs`)."""

    env: jinja2.Environment
    config: MkDocsConfig
    site_dir: Path
    common: Callable[[str], Mapping[str, Any]]  # the site-wide template values of a language
    sources: Mapping[str, tuple[File, str]]  # route src_uri → (content file, Markdown body)
    link_files: Files  # every file a link in content may lead to, at its published URL
    outputs: Outputs = field(default_factory=Fresh)
    fingerprints: Mapping[str, str] = field(default_factory=dict)  # by page path, made before
    #: The marker atop each article not published yet (a draft, or scheduled for later: shown
    #: only by `serve`), by src_uri.
    markers: Mapping[str, str] = field(default_factory=dict)
    newest: str = "1970-01-01"
    #: Make the syllable pairs of each Vietnamese article page written (`searchwords`), for the
    #: search index: here, in the processes that render, not one by one when it is made.
    words: bool = False
    #: Draw each article's social card (`social`) beside its page, in each language.
    social_cards: bool = False
    _bodies: BodyRenderer | None = None
    _cards: dict[tuple[str, str], str] = field(default_factory=dict)
    _globals: dict[str, dict[str, Any]] = field(default_factory=dict)  # by template name
    #: Stands for `base_url` in cards until a listing puts its own in (letters: escaping and
    #: URL joining leave it as it is; random: no article text can contain it).
    _base: str = field(default_factory=lambda: f"bantinbase{secrets.token_hex(8)}")

    def made_of(self, route: Route) -> tuple[Any, ...]:
        """What a page is made from besides the build: its route and, on a page that is not an
        article's, the text an editor wrote for it (content/index.md on the home page)."""
        source = self.sources.get(route.src_uri) if route.source is None else None
        return (route, source[1] if source is not None else "")

    def render(self, routes: Iterable[Route]) -> RenderReport:
        """Write each route's page unless it is already there."""
        report = RenderReport()
        for route in routes:
            path = route.dest_uri
            fingerprint = self.fingerprints.get(path)
            if fingerprint is None:
                fingerprint = report.fingerprints[path] = self.outputs.fingerprint(*self.made_of(route))
            content = route.src_uri if route.src_uri in self.sources else None
            written: list[Link] = []

            def make(route: Route = route, written: list[Link] = written) -> bytes:
                data = self.page(route, written).encode("utf-8", errors="xmlcharrefreplace")
                vietnamese_article = route.kind is PageKind.ARTICLE and route.lang == "vi"
                if self.words and vietnamese_article:
                    indexed = Indexed.of(data.decode("utf-8"))  # the page as the search stage reads it
                    if indexed is not None:
                        report.words[route.dest_uri] = indexed.words().packed()
                return data

            found = produce(self.outputs, path, fingerprint, self.site_dir / path, make, content=content)
            report.reused += found is not None
            report.pages += 1
            if self.social_cards and isinstance(route.values, ArticleValues):
                self._social_card(route, route.values.article, report)
            if content is not None:
                report.links[route.src_uri] = written if found is None else found
        report.used = self.outputs.used()
        return report

    def _social_card(self, route: Route, article: Article, report: RenderReport) -> None:
        """The article's card in the route's language, beside its page, unless already there."""
        common = self.common(route.lang)
        text = card_text(article, route.lang, common["t"], common["site_title"])
        path = f"{route.url}{CARD_FILE}"
        fingerprint = report.outputs[path] = self.outputs.fingerprint("card", card_version(), text)
        found = produce(
            self.outputs, path, fingerprint, self.site_dir / path, partial(render_card, text), suffix=".png"
        )
        report.cards += found is None

    def page(self, route: Route, links: list[Link] | None = None) -> str:
        """A route's page as HTML; links written in its content are added to `links`."""
        content = None
        source = self.sources.get(route.src_uri)
        if source is not None:
            file, text = source
            content = self._body(file, text)
            if links is not None:
                links += [(file.src_uri, h, p) for h, p in internal_links(content, route.url)]
            content = self.markers.get(route.src_uri, "") + content
        site_url = self.config.site_url
        view = PageView(
            title=route.title,
            url=route.url,
            canonical_url=(site_url.rstrip("/") + "/" + route.url) if site_url else None,
            update_date=(route.updated.isoformat() if route.updated else self.newest),
            content=content,
            is_homepage=route.url == "",
        )
        base_url = relative_url(".", route.url or ".")
        context: dict[str, Any] = {
            "config": self.config,
            "page": view,
            "base_url": base_url,
            **route.template_values(self.common(route.lang)),
            "card": self._cards_for(route.lang, base_url),
        }
        return self._template(route.template, context)

    def _cards_for(self, lang: str, base_url: str) -> Callable[[Article], Markup]:
        """The page's `card`: a plain function, which templates call straight
        (`QuickCallContext`); a `partial` went through Jinja's look at what it wants passed."""

        def card(article: Article) -> Markup:
            return self._card(article, lang=lang, base_url=base_url)

        return card

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
        """`env.get_template(name).render(context)`, less a copy of the globals per page (`flat`)."""
        return render_flat(self.env, name, context, self._globals)

    def _body(self, file: File, text: str) -> str:
        if self._bodies is None:  # made on first use: in each worker process, its own converter
            self._bodies = BodyRenderer(self.config, self.link_files)
        return self._bodies.html(file, text)
