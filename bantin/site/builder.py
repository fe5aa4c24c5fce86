"""The digest site: content in, every page, feed, sitemap and search index out.

It reads straight through, as MkDocs' build does: `read` gathers all content and lays out every
page (`routes`) before anything is written; `files` tells MkDocs which files it still builds
itself (static files, plain pages); `write` renders every digest page (`render`, in several
processes), the feeds, the sitemap and the search index, then checks the links written in
content. It knows what each output is made from, not how outputs are kept between builds: it
asks `Outputs` (the publisher) whether each is already there.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from collections.abc import Callable, Collection
from pathlib import Path
from typing import Any

import jinja2
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.utils import meta as mkdocs_meta

from ..core.article import Article
from ..core.files import display_path
from .clock import ClockError, build_clock
from .content import Site, load_site
from .content_files import check_copied
from .feeds import Feeds
from .links import internal_links, resolves
from .outputs import Fresh, Link, Outputs, Written
from .preview import edited, write_pages
from .progress import ProgressBar
from .redirects import redirect_routes
from .render import Renderer, RenderReport, unpublished_markers
from .routes import PageKind, Route, build_routes
from .sanitize import sanitize_html
from .search.pagefind import MANIFEST as SEARCH_MANIFEST
from .search.pagefind import OUTPUT as SEARCH_OUTPUT
from .search.pagefind import SearchIndexError
from .search.parts import index_parts, parts_at_once
from .sitemap import NEWS_SITEMAP, news_entries, sitemap_entries, write_news_sitemap, write_sitemap
from .templates import SiteOptions, common_values, prepare
from .urls import (
    home_url,
)
from .workers import WorkerError, alone, few_cycles, run_parallel, workers_for

log = logging.getLogger("mkdocs.plugins.bantin")

#: Templates of the theme that MkDocs would also copy into the site as static files.
_OUR_TEMPLATES = frozenset({"feed.xml", "partials/atom_entry.xml", "digest_feed.xml", "sitemap.xml"})


class SiteBuilder:
    """Builds the digest site; see the module's docstring for the order of its steps."""

    def __init__(self, options: SiteOptions) -> None:
        self.options = options
        self.site: Site | None = None
        self.now = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)  # the build's clock (`clock`)
        self.routes: dict[str, Route] = {}  # by src_uri
        self._env: jinja2.Environment | None = None
        self._sources: dict[str, tuple[File, str]] = {}  # route src_uri → (content file, Markdown)
        self._files = Files([])  # what MkDocs builds itself
        self._link_files = Files([])  # every file a link in content may lead to
        self._body_links: list[Link] = []  # (src_uri, href, site path) of MkDocs' pages
        self._config: MkDocsConfig | None = None  # of the last `write`, for `preview`

    # --- reading -------------------------------------------------------------------------

    def read(self, known: dict[tuple[str, str], Article]) -> Site:
        """Read and check all content (raises ContentErrors) and lay out every page."""
        o = self.options
        try:
            self.now = build_clock()
        except ClockError as exc:
            raise PluginError(f"bantin: {exc}") from None
        self.site = load_site(
            o.docs_dir,
            articles_dir=o.articles_dir,
            entities_file=o.entities_file,
            include_drafts=o.serving,
            known=known,
            processes=1 if o.serving and not alone() else o.workers,  # the server's threads run
            now=self.now,
            project=o.project,
        )
        if o.require_english:
            self._warn_missing_english()
        self._body_links = []
        with few_cycles():  # tens of thousands of routes and their contexts, no cycles
            routes = build_routes(
                self.site, site_names=o.names, per_page=o.per_page, english_listing=o.english_listing
            )
            routes += redirect_routes(  # old addresses; raises ContentErrors on a clash
                self.site,
                routes,
                lambda uri: display_path(o.docs_dir / uri),
                display_path(o.docs_dir / o.entities_file),
            )
        self.routes = {r.src_uri: r for r in routes}
        return self.site

    @property
    def built(self) -> Site:
        if self.site is None:  # pragma: no cover - read() always runs first
            raise PluginError("bantin: content was not read")
        return self.site

    @property
    def newest(self) -> dt.date:
        """The date of the newest article: pages are dated from content, never the clock."""
        articles = self.built.articles
        return articles[0].date if articles else dt.date(1970, 1, 1)

    def files(self, files: Files, config: MkDocsConfig) -> Files:
        """Of MkDocs' files, those it should build itself: static files and plain pages."""
        articles = {a.src_uri: a for a in self.built.articles}
        raw = f"{self.options.raw_dir}/"
        docs = str(self.options.docs_dir.resolve())
        kept: list[File] = []
        self._sources = {}
        article_files: list[File] = []
        for file in files:
            uri = file.src_uri
            route = self.routes.get(uri)
            if uri in (self.options.entities_file, self.options.sources_file) or uri.startswith(raw):
                continue  # never published
            from_content = (file.abs_src_path or "").startswith(docs)
            if uri in _OUR_TEMPLATES and file.generated_by is None and not from_content:
                continue  # the theme's feed and sitemap templates, not files to copy
            if uri in articles and route is not None:
                _place(file, route, config)
                self._sources[uri] = (file, articles[uri].body)
                article_files.append(file)
            elif uri.startswith(f"{self.options.articles_dir}/") and file.is_documentation_page():
                continue  # a draft, in `mkdocs build`
            elif route is not None:  # content/index.md: the editor's introduction to the home page
                _place(file, route, config)
                self._sources[uri] = (file, mkdocs_meta.get_data(file.content_string)[0])
            else:
                kept.append(file)
        check_copied(
            kept, self.options.docs_dir, config.theme.dirs, self.options.pass_through, self.options.project
        )
        site_dir = Path(config.site_dir).resolve()
        for file in kept:  # content cannot name a path outside the site (`../`, absolute paths)
            if not Path(file.abs_dest_path).resolve().is_relative_to(site_dir):
                raise PluginError(f"bantin: '{file.src_uri}' would be written outside the site folder")
        taken = {f.dest_uri: f.src_uri for f in kept}
        for route in self.routes.values():
            if route.dest_uri in taken:
                raise PluginError(
                    f"bantin: '{taken[route.dest_uri]}' would overwrite the generated page /{route.url}"
                )
        self._files = Files(kept)
        self._link_files = Files(kept + article_files)  # links in content may lead to articles
        return self._files

    def page_html(self, html: str, page: Page) -> str:
        """The HTML of a page MkDocs built, sanitized; its links remembered for checking."""
        clean = sanitize_html(html)
        if page.file.generated_by is None:  # content written by people
            self._body_links += [(page.file.src_uri, h, p) for h, p in internal_links(clean, page.url)]
        return clean

    # --- the templates' world ----------------------------------------------------------------

    def common(self, lang: str) -> dict[str, Any]:
        """The site-wide template values of one language."""
        return common_values(self.options, lang)

    def page_context(self, page: Page) -> dict[str, Any]:
        """What a page MkDocs renders is given: a digest page's route, or a plain page's."""
        route = self.routes.get(page.file.src_uri)
        if route is None:  # a plain content page (about, contact…): Vietnamese, English home opposite
            route = Route(page.url, "vi", PageKind.PAGE, page.title or "", home_url("en"))
        return route.template_values(self.common(route.lang))

    def environment(self, env: jinja2.Environment) -> jinja2.Environment:
        """MkDocs' Jinja environment made ours (`templates.prepare`)."""
        self._env = prepare(env, self.options, lambda: self.built, cards=self._cards)
        return env

    @property
    def _cards(self) -> bool:
        """Social cards need absolute URLs (`og:image`); the preview makes none."""
        o = self.options
        return o.social_cards and bool(o.site_url) and not o.serving

    # --- writing -----------------------------------------------------------------------------

    def write(
        self, config: MkDocsConfig, outputs: Outputs, meanwhile: Callable[[], None] | None = None
    ) -> Written:
        """Every digest page, the feeds, the sitemap and the search index, into `site_dir`.

        `meanwhile` (the publisher's own work) runs while the pages render in other processes."""
        site_dir = Path(config.site_dir)
        written = Written()
        self._config = config

        def alongside() -> None:  # while the pages render in other processes
            if meanwhile is not None:
                meanwhile()
            if not self.options.site_url or self._env is None:
                return
            site_url, names, size = self.options.site_url, self.options.names, self.options.per_page
            feeds = Feeds(
                self._env, self.built, site_dir, self.common, outputs, size, site_url=site_url,
                translated_only=self.options.english_listing == "translated",
            ).write()  # fmt: skip
            log.debug(f"Wrote {len(feeds)} feeds (Atom and JSON Feed)")
            written.counts["feeds"] = len(feeds)
            pages = [f.page.canonical_url for f in self._files.documentation_pages() if f.page is not None]
            entries = sitemap_entries(self.routes.values(), [p for p in pages if p], site_url, self.newest)
            maps = write_sitemap(self._env, entries, site_dir, site_url, outputs, news=True)
            news = news_entries(self.built.articles, self.now, site_url, names)
            write_news_sitemap(news, names, site_dir)
            written.keyed.update(feeds | maps)
            written.files.extend([NEWS_SITEMAP, "robots.txt"])

        self._render(config, outputs, written, alongside)
        routes = self.routes.values()
        markers = unpublished_markers(self.built)  # drafts and scheduled articles: not counted as published
        written.counts["articles"] = sum(1 for a in self.built.articles if a.src_uri not in markers)
        written.counts["entities"] = len({e.id for r in routes if (e := r.context.get("entity")) is not None})
        if self.options.search and not self.options.serving:  # a preview rebuild stays quick
            written.keyed.update(self._index(site_dir, outputs))
            written.files.append(f"{SEARCH_OUTPUT}/{SEARCH_MANIFEST}")
            written.counts["search"] = sum(1 for r in routes if r.kind is PageKind.ARTICLE)
        self._warn_broken_links(site_dir, outputs.unwritten(written.keyed))
        return written

    def preview(self, changed: Collection[Path], site_dir: Path) -> list[str] | None:
        """`serve`, after this build: the pages showing the edited articles among `changed`,
        written into `site_dir` (`preview`), their paths; None if the change needs a rebuild."""
        if self.site is None or self._config is None:
            return None
        o = self.options
        edit = edited(changed, docs_dir=o.docs_dir, articles_dir=o.articles_dir, site=self.site,
                      routes=self.routes, sources=self._sources, per_page=o.per_page)  # fmt: skip
        if edit is None:
            return None
        self.site, self.routes, self._sources = edit.site, edit.routes, edit.sources
        return write_pages(self._renderer(self._config, site_dir, Fresh()), edit.first, site_dir)

    def warm(self) -> None:
        """`serve`, after a build: the theme's templates compiled now, not by the next preview
        (a rebuild that reused its pages, or rendered them in other processes, compiled none)."""
        for name in self._env.list_templates(extensions=["html"]) if self._env is not None else []:
            with contextlib.suppress(jinja2.TemplateError):  # one the site does not use: not our error
                self._env.get_template(name)

    def _renderer(self, config: MkDocsConfig, site_dir: Path, outputs: Outputs) -> Renderer:
        assert self._env is not None
        return Renderer(
            env=self._env, config=config, site_dir=site_dir, common=self.common, sources=self._sources,
            link_files=self._link_files, markers=unpublished_markers(self.built),
            newest=self.newest.isoformat(), outputs=outputs, social_cards=self._cards,
            words=self.options.search and not self.options.serving,  # the search index's pairs
        )  # fmt: skip

    def _render(
        self, config: MkDocsConfig, outputs: Outputs, written: Written, alongside: Callable[[], None]
    ) -> None:
        """Every digest page, in as many processes as it is worth; `alongside` runs in this one."""
        renderer = self._renderer(config, Path(config.site_dir), outputs)
        routes = list(self.routes.values())
        threads = self.options.serving and not alone()  # the preview server's: no forking
        processes = 1 if threads else workers_for(len(routes), self.options.workers)
        try:
            fingerprints = outputs.decide(((r.dest_uri, renderer.made_of(r)) for r in routes), processes)
        except WorkerError as exc:
            raise PluginError(f"bantin: fingerprinting pages failed: {exc}") from None
        renderer.fingerprints = fingerprints
        if processes > 1 and not fingerprints:  # no site to update: most pages will be rendered
            self.warm()  # so the templates are compiled once, before forking, not in each worker
        bar = ProgressBar("Rendering pages", len(routes))
        try:
            # Rendering makes objects by the million and next to no cycles (~1,400 collected in a
            # whole build at 5,000 articles): each collection traced them, and every full one all
            # that was read before (~0.6 s at 5,000 in one process); what cycles there are wait.
            with few_cycles():
                reports: list[RenderReport] = run_parallel(
                    renderer.render, routes, processes, alongside, affinity=_cards_of, progress=bar.update
                )
        except WorkerError as exc:
            raise PluginError(f"bantin: rendering failed: {exc}") from None
        finally:
            bar.close()
        for report in reports:
            fingerprints.update(report.fingerprints)
            written.used |= report.used
            written.keyed.update(report.outputs)
        written.keyed.update({r.dest_uri: fingerprints.get(r.dest_uri, "") for r in routes})
        self._words = {path: words for report in reports for path, words in report.words.items()}
        for report in reports:
            for uri, links in report.links.items():
                written.links[self.routes[uri].dest_uri] = (uri, links)
                self._body_links += links
        rendered = sum(r.pages for r in reports)
        reused = sum(r.reused for r in reports)
        written.counts.update(pages=rendered, reused=reused)
        log.debug(f"Rendered {rendered - reused} pages, reused {reused}, in {processes} process(es)")
        log.debug(f"Drew {sum(r.cards for r in reports)} social cards")

    def _index(self, site_dir: Path, outputs: Outputs) -> dict[str, str]:
        """The search index (`search.parts`); a failing part fails the build, named."""
        try:
            at_once = parts_at_once(self.options.workers)
            return index_parts(self.routes.values(), site_dir, outputs, at_once=at_once, words=self._words)
        except SearchIndexError as exc:
            raise PluginError(str(exc)) from None

    # --- checks ------------------------------------------------------------------------------

    def _warn_missing_english(self) -> None:
        """With `require_english: true`, every article needs an English title and summary."""
        docs = self.options.docs_dir
        for article in self.built.articles:
            for key in ("title_en", "summary_en"):
                if not getattr(article, key):
                    line = article.key_lines.get(key)
                    where = display_path(docs / article.src_uri) + (f":{line}" if line else "")
                    log.warning(f"{where}: {key} is empty (require_english is on)")

    def _warn_broken_links(self, site_dir: Path, unwritten: set[str]) -> None:
        """Links written in content that lead to no page (MkDocs checks only links to .md files).

        `unwritten`: pages this build makes but left as they are in the site it is applied over."""
        articles = {a.src_uri: a for a in self.built.articles}
        for src_uri, href, path in self._body_links:
            if resolves(site_dir, path, unwritten):
                continue
            article = articles.get(src_uri)
            line = article.line_of(href) if article else None
            where = display_path(self.options.docs_dir / src_uri) + (f":{line}" if line else "")
            log.warning(f"{where}: link '{href}' leads to no page of the site")


def _place(file: File, route: Route, config: MkDocsConfig) -> None:
    """Give a content file the URL of the page that shows it (for links made by MkDocs)."""
    file.dest_uri = route.dest_uri
    file.url = route.url or "./"
    file.abs_dest_path = str(Path(config.site_dir) / route.dest_uri)


def _cards_of(route: Route) -> str | None:
    """Listings of one language are rendered by one process: they share its article cards."""
    return route.lang if route.is_listing else None
