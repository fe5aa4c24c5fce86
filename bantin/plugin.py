"""The MkDocs plugin: content in, bilingual digest pages out.

MkDocs runs the build: configuration, the theme's Jinja environment, static files, plain pages
(about, contact…), the 404 page and the preview server. The plugin reads and checks all content
before MkDocs cleans the site folder, lays out every page of the digest (articles, English
digests, entity pages, listings, archives) and renders them itself with MkDocs' environment,
in several processes (see render.py for why), then writes feeds, the sitemap and the search
index, and swaps the finished site in.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup
from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.utils import meta as mkdocs_meta
from mkdocs.utils.templates import TemplateContext

from . import overlay
from .article import Article
from .cache import PageCache, load_articles, save_articles
from .content import Site, display_path, load_site
from .entities import Kind
from .errors import ContentErrors
from .feeds import write_feeds
from .fingerprint import build_digest, code_digest, digest
from .labels import LABELS
from .links import internal_links, resolves
from .overlay import Manifest
from .render import Renderer, RenderReport
from .routes import Route, build_routes
from .sanitize import sanitize_html
from .search import MANIFEST as SEARCH_MANIFEST
from .search import OUTPUT as SEARCH_OUTPUT
from .search import SearchIndexError
from .search_parts import index_parts, parts_at_once
from .sitemap import Entry, write_sitemap
from .staging import Staging
from .structured import entity_thing, news_article
from .urls import (
    archive_url,
    article_url,
    entity_url,
    feed_url,
    home_url,
    join_url,
    kind_url,
    month_url,
    other,
    search_url,
    year_url,
)
from .workers import WorkerError, few_cycles, run_parallel, workers_for

log = logging.getLogger("mkdocs.plugins.bantin")

#: Templates of the theme that MkDocs would also copy into the site as static files.
_OUR_TEMPLATES = frozenset({"feed.xml", "sitemap.xml"})


def _shown(path: Path) -> str:
    """A path as the user would type it: relative to the working folder when inside it."""
    rel = os.path.relpath(path)
    return str(path) if rel.startswith("..") else rel


def _tidy_url_filter(mkdocs_url: Any) -> Any:
    """MkDocs' `url` filter, minus the trailing '/.' it gives the home page on the 404 page."""

    @jinja2.pass_context
    def url(context: Any, value: str) -> str:
        result = mkdocs_url(context, value)
        return result[:-1] if result.endswith("/.") else result

    return url


class BantinConfig(base.Config):
    """Options under `plugins: - bantin:` in mkdocs.yml."""

    articles_dir = c.Type(str, default="articles")
    entities_file = c.Type(str, default="entities.yml")
    raw_dir = c.Type(str, default="raw")
    sources_file = c.Type(str, default="sources.yml")  # the importer's publishers, never published
    per_page = c.Type(int, default=20)
    site_name_en = c.Optional(c.Type(str))
    site_description_en = c.Optional(c.Type(str))
    search = c.Type(bool, default=True)
    workers = c.Type(int, default=0)  # processes rendering pages; 0 = one per core, 1 = no others
    cache = c.Type(bool, default=True)  # reuse pages, feeds and the search index that did not change
    cache_dir = c.Type(str, default=".cache/bantin")  # relative to mkdocs.yml
    require_english = c.Type(bool, default=False)
    # Machine translation (`python build.py translate`); the build itself never translates.
    translate_provider = c.Choice(("google", "mymemory", "libre", "microsoft", "yandex"), default="google")
    translate_url = c.Optional(c.Type(str))
    translate_timeout = c.Type((int, float), default=15)
    translate_retries = c.Type(int, default=3)
    translate_backoff = c.Type((int, float), default=0.5)
    translate_backoff_max = c.Type((int, float), default=10)
    translate_lead_chars = c.Type(int, default=600)


class BantinPlugin(BasePlugin[BantinConfig]):
    """Registered as the `bantin` entry point in `mkdocs.plugins`."""

    supports_multiple_instances = False

    def __init__(self) -> None:
        self._serving = False
        self._stage = False
        self._staging: Staging | None = None
        self._serve_manifest: Path | None = None  # the manifest of the preview's folder
        #: Articles parsed by this build, to keep for the next: (file, code digest, articles).
        self._parsed: tuple[Path, str, dict[tuple[str, str], Article]] | None = None
        self.site: Site | None = None
        self.routes: dict[str, Route] = {}
        self._env: jinja2.Environment | None = None
        self._site_url: str | None = None
        self._body_links: list[tuple[str, str, str]] = []  # (src_uri, href, site path)
        self._sources: dict[str, tuple[File, str]] = {}  # route src_uri → (content file, Markdown)
        self._link_files = Files([])
        self._files = Files([])
        self._cache: PageCache | None = None
        self._build_digest = ""

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self._serving = command == "serve"
        # `serve` stages too: each preview rebuild is applied over the last one (`overlay`)
        # instead of MkDocs emptying its folder and every page being placed there again.
        self._stage = command in ("build", "gh-deploy", "serve") and not dirty

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        if self.config.per_page < 1:
            raise PluginError("bantin: per_page must be at least 1")
        if not config.use_directory_urls:
            raise PluginError("bantin: the digest's URLs need use_directory_urls: true")
        if "attr_list" not in config.markdown_extensions:
            config.markdown_extensions.append("attr_list")
        config.theme.static_templates.add("404.html")
        self._site_url = config.site_url
        target = Path(config.site_dir)
        manifest_file = overlay.manifest_path(self._cache_root(config), target)
        if self._stage:
            self._staging = Staging.begin(target, manifest_file if self.config.cache else None)
            config.site_dir = str(self._staging.folder)
            self._serve_manifest = manifest_file if self._serving else None
        elif not self._serving:  # written in place (`mkdocs build --dirty`): no longer as recorded
            overlay.forget(manifest_file)
        return config

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        """Read all content before MkDocs empties the site folder, so bad content costs nothing."""
        parsed = self._cache_root(config) / "articles.pickle"
        code = code_digest()
        known = load_articles(parsed, code) if self.config.cache else {}
        try:
            self.site = load_site(
                Path(config.docs_dir),
                articles_dir=self.config.articles_dir,
                entities_file=self.config.entities_file,
                include_drafts=self._serving,
                known=known,
                processes=1 if self._serving else self.config.workers,  # the server runs threads
            )
        except ContentErrors as exc:
            for error in exc.errors:
                log.error(str(error))
            raise PluginError(f"{len(exc.errors)} error(s) in content; nothing was built") from None
        self._parsed = None
        if self.config.cache:
            current = {(a.src_uri, a.file_sha256): a for a in self.site.articles}
            if current.keys() != known.keys():  # saved while pages render (`on_post_build`)
                self._parsed = (parsed, code, current)
        if self.config.require_english:
            self._warn_missing_english(Path(config.docs_dir))
        self._body_links = []
        with few_cycles():  # tens of thousands of routes and their contexts, no cycles
            names, per_page = self._site_names(config), self.config.per_page
            routes = build_routes(self.site, site_names=names, per_page=per_page)
        self.routes = {r.src_uri: r for r in routes}

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        """Keep for MkDocs only what it should build itself: static files and plain pages."""
        site = self._built_site()
        articles = {a.src_uri: a for a in site.articles}
        raw = f"{self.config.raw_dir}/"
        docs = str(Path(config.docs_dir).resolve())
        kept: list[File] = []
        self._sources = {}
        article_files: list[File] = []
        for file in files:
            uri = file.src_uri
            route = self.routes.get(uri)
            if uri in (self.config.entities_file, self.config.sources_file) or uri.startswith(raw):
                continue  # never published
            from_content = (file.abs_src_path or "").startswith(docs)
            if uri in _OUR_TEMPLATES and file.generated_by is None and not from_content:
                continue  # the theme's feed and sitemap templates, not files to copy
            if uri in articles and route is not None:
                self._place(file, route, config)
                self._sources[uri] = (file, articles[uri].body)
                article_files.append(file)
            elif uri.startswith(f"{self.config.articles_dir}/") and file.is_documentation_page():
                continue  # a draft, in `mkdocs build`
            elif route is not None:  # content/index.md: the editor's introduction to the home page
                self._place(file, route, config)
                self._sources[uri] = (file, mkdocs_meta.get_data(file.content_string)[0])
            else:
                kept.append(file)
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

    @staticmethod
    def _place(file: File, route: Route, config: MkDocsConfig) -> None:
        """Give a content file the URL of the page that shows it (for links made by MkDocs)."""
        file.dest_uri = route.dest_uri
        file.url = route.url or "./"
        file.abs_dest_path = str(Path(config.site_dir) / route.dest_uri)

    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        # Dates from content, not the clock, so two builds of the same content are identical.
        page.update_date = self._newest().isoformat()
        return markdown

    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        clean = sanitize_html(html)
        if page.file.generated_by is None:  # content written by people: remember its links
            self._body_links += [
                (page.file.src_uri, href, path) for href, path in internal_links(clean, page.url)
            ]
        return clean

    def on_env(self, env: jinja2.Environment, *, config: MkDocsConfig, files: Files) -> jinja2.Environment:
        # MkDocs' environment does not autoescape; ours does, for every template it renders.
        env.autoescape = True
        # JSON-LD with Vietnamese as it is, not \uXXXX (a sixth smaller); `tojson` still escapes
        # <, >, & and ' so a title cannot close the script element.
        env.policies["json.dumps_kwargs"] = {"sort_keys": True, "ensure_ascii": False}
        env.filters["url"] = _tidy_url_filter(env.filters["url"])
        self._env = env

        def absolute(url: str) -> str | None:
            return join_url(config.site_url, url) if config.site_url else None

        parts: dict[tuple[str, str, str], Markup] = {}

        @jinja2.pass_context
        def shared(context: Any, name: str) -> Markup:
            """A partial that is the same on every page of one language at one depth (the
            sections, the footer): rendered once for them all, its links made from `base_url`."""
            key = (name, context.get("lang") or "", context.get("base_url") or "")
            html = parts.get(key)
            if html is None:
                html = parts[key] = Markup(env.get_template(name).render({**context.get_all(), "page": None}))
            return html

        env.globals.update(
            shared=shared,
            article_url=article_url,
            entity_url=entity_url,
            kind_url=kind_url,
            home_url=home_url,
            archive_url=archive_url,
            year_url=year_url,
            month_url=month_url,
            search_url=search_url,
            feed_url=feed_url,
            news_article_data=lambda article, lang: news_article(
                article, lang, self._built_site(), self._site_names(config)[lang], absolute
            ),
            entity_data=lambda entity, lang: entity_thing(entity, lang, self._built_site(), absolute),
            kinds=list(Kind),
            labels=LABELS,
            absolute_url=absolute,
        )
        return env

    @event_priority(50)  # before other plugins' post_build, so they see every page
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        site_dir = Path(config.site_dir)
        site = self._built_site()
        self._cache = self._open_cache(config)
        staging = self._staging
        made = Manifest(str(staging.target)) if staging is not None else None
        if made is not None:  # what MkDocs wrote (static files, plain pages) is rewritten every build
            made.files = overlay.files_in(site_dir)
        used: set[str] = set()

        def meanwhile() -> None:  # while the pages render in other processes
            if self._parsed is not None:
                save_articles(*self._parsed)
            if not config.site_url or self._env is None:
                return
            previous = staging.previous if staging is not None and staging.overlay else None
            unchanged = previous.unchanged if previous is not None else None
            feeds = write_feeds(
                self._env, site, site_dir, lambda lang: self._common(lang, config), self.config.per_page,
                self._cache, self._build_digest, unchanged,
            )  # fmt: skip
            log.debug(f"Wrote {len(feeds)} Atom feeds")
            write_sitemap(self._env, self._sitemap_entries(config), site_dir, config.site_url)
            if made is not None:
                made.keyed.update(feeds)
                made.files += ["sitemap.xml", "sitemap.xml.gz", "robots.txt"]

        self._render(config, site_dir, used, made, meanwhile=meanwhile)
        previous = staging.previous if staging is not None and staging.overlay else None
        if self.config.search and not self._serving:  # a preview rebuild stays quick
            parts = self._index(site_dir, previous)
            if made is not None:
                made.keyed.update(parts)
                made.files.append(f"{SEARCH_OUTPUT}/{SEARCH_MANIFEST}")
        unwritten = set(made.keyed) if made is not None and previous is not None else set()
        self._warn_broken_links(Path(config.docs_dir), site_dir, unwritten)
        if staging is not None and self._cache is not None:
            staging.current = made
        if self._cache is not None:
            pruned = self._cache.prune(used | self._cache.used)
            log.debug(f"Page cache: {pruned} stale entries removed")
        if self._staging is not None:
            self._staging.succeeded = True
            if self._serving:  # nothing to wait for: the preview shows the rebuild at once
                self._finish_staging()

    def _open_cache(self, config: MkDocsConfig) -> PageCache | None:
        """The page cache, and the fingerprint of everything all pages depend on."""
        if not self.config.cache:
            return None
        assert self._env is not None
        root = self._cache_root(config) / "pages"
        self._build_digest = build_digest(
            [Path(d) for d in config.theme.dirs],
            config,
            dict(self.config),
            Path(config.docs_dir) / self.config.entities_file,
            self._serving,
        )
        # Hard links are safe unless another plugin rewrites pages in place after us.
        others = [p for p in config.plugins.values() if p is not self]
        editing = any(
            type(p).__dict__.get(event) for p in others for event in ("on_post_build", "on_post_page")
        )
        return PageCache(root, link=not editing)

    def _cache_root(self, config: MkDocsConfig) -> Path:
        return Path(config.config_file_path or "mkdocs.yml").resolve().parent / self.config.cache_dir

    def _index(self, site_dir: Path, previous: Manifest | None) -> dict[str, str]:
        """The search index (`search_parts`); a failing part fails the build, named."""
        try:
            return index_parts(
                self.routes.values(), site_dir, build_digest=self._build_digest, cache=self._cache,
                previous=previous, previous_site=self._staging.target if self._staging else None,
                at_once=parts_at_once(self.config.workers),
            )  # fmt: skip
        except SearchIndexError as exc:
            raise PluginError(str(exc)) from None

    def _render(
        self,
        config: MkDocsConfig,
        site_dir: Path,
        used: set[str],
        made: Manifest | None,
        meanwhile: Callable[[], None] | None = None,
    ) -> None:
        """Every digest page, in as many processes as it is worth; `meanwhile` runs in this one.

        When most pages are in the site being replaced exactly as they would be written now,
        only the others are written, and the build is applied over that site (`overlay`)."""
        assert self._env is not None
        site = self._built_site()
        fingerprints: dict[str, str] = {}
        fingerprint_of: Callable[[Route], str] | None = None
        staging = self._staging
        previous = staging.previous if staging is not None else None
        if self._cache is not None:
            intros = {uri: text for uri, (_, text) in self._sources.items() if uri not in self.routes or
                      self.routes[uri].source is None}  # fmt: skip
            memo: dict[int, tuple[Any, str]] = {}

            def fingerprint_of(route: Route) -> str:
                return digest(self._build_digest, route, intros.get(route.src_uri, ""), memo=memo)

            if previous is not None:  # what to leave as it is is decided on all of them first;
                fingerprints = {uri: fingerprint_of(route) for uri, route in self.routes.items()}
            # otherwise each worker process fingerprints its own pages.
        skip: frozenset[str] = frozenset()
        if previous is not None and fingerprints:
            same = [
                route.dest_uri
                for uri, route in self.routes.items()
                if previous.unchanged(route.dest_uri, fingerprints[uri])
            ]
            if 2 * len(same) >= len(self.routes):
                skip = frozenset(same)
                staging.overlay = True  # type: ignore[union-attr]
        renderer = Renderer(
            env=self._env,
            config=config,
            site_dir=site_dir,
            common=lambda lang: self._common(lang, config),
            sources=self._sources,
            link_files=self._link_files,
            drafts=frozenset(a.src_uri for a in site.articles if a.draft),
            newest=self._newest().isoformat(),
            fingerprints=fingerprints,
            fingerprint_of=fingerprint_of,
            cache=self._cache,
            skip=skip,
            known_links=previous.links if skip and previous is not None else {},
        )
        routes = list(self.routes.values())
        processes = 1 if self._serving else workers_for(len(routes), self.config.workers)
        try:
            reports: list[RenderReport] = run_parallel(
                renderer.render, routes, processes, meanwhile, affinity=_cards_of
            )
        except WorkerError as exc:
            raise PluginError(f"bantin: rendering failed: {exc}") from None
        for report in reports:
            fingerprints.update(report.fingerprints)
        self._body_links += [link for report in reports for link in report.body_links]
        if made is not None:
            made.keyed.update({r.dest_uri: fingerprints.get(uri, "") for uri, r in self.routes.items()})
            for report in reports:
                for link in report.body_links:
                    made.links.setdefault(link[0], []).append(link)
        for report in reports:
            used |= report.cache_entries
        if self._cache is not None:
            self._cache.save_data(
                {fingerprints[uri]: links for report in reports for uri, links in report.links.items()}
            )
        rendered = sum(r.pages for r in reports)
        reused = sum(r.reused for r in reports)
        log.debug(f"Rendered {rendered - reused} pages, reused {reused}, in {processes} process(es)")

    def _sitemap_entries(self, config: MkDocsConfig) -> list[Entry]:
        site_url = config.site_url or ""
        newest = self._newest().isoformat()
        entries = [
            Entry(
                loc=join_url(site_url, route.url),
                lastmod=(route.updated or self._newest()).isoformat(),
                alternates=tuple(
                    (lang, join_url(site_url, url)) for lang, url in sorted(route.alternates.items())
                ),
            )
            for route in self.routes.values()
        ]
        entries += [
            Entry(loc=f.page.canonical_url, lastmod=newest)
            for f in self._files.documentation_pages()
            if f.page is not None and f.page.canonical_url
        ]
        return entries

    def on_build_error(self, *, error: Exception) -> None:
        if self._staging is not None:
            self._staging.failed = True
            if self._serving:  # the server goes on; the preview keeps the last good build
                self._finish_staging()

    def on_shutdown(self) -> None:
        """Swap the staged site in (MkDocs' strict check runs after post_build, so only now)."""
        self._finish_staging()
        if self._serving and self._serve_manifest is not None:  # MkDocs deletes its folder
            overlay.forget(self._serve_manifest)

    def _finish_staging(self) -> None:
        if self._staging is None:
            return
        target = _shown(self._staging.target)
        if self._staging.finish():
            applied = self._staging.applied
            changed = "" if applied is None else f": {applied} file(s) or folder(s) in it changed"
            log.info(f"Site ready in {target}{changed}")
        else:
            log.error(f"The build failed; {target} was left as it was")
        self._staging = None

    def _newest(self) -> dt.date:
        return self.site.articles[0].date if self.site and self.site.articles else dt.date(1970, 1, 1)

    def on_page_context(
        self, context: TemplateContext, *, page: Page, config: MkDocsConfig, nav: Any
    ) -> TemplateContext:
        route = self.routes.get(page.file.src_uri)
        if route is None:  # a plain content page (about, contact…): Vietnamese, English home opposite
            route = Route(
                url=page.url,
                lang="vi",
                template="main.html",
                title=page.title or "",
                counterpart=home_url("en"),
            )
        extra = {**self._common(route.lang, config), **route.context}
        extra.update(route=route, alternates=route.alternates)
        context.update(extra)  # type: ignore[typeddict-item]
        return context

    def on_template_context(
        self, context: TemplateContext, *, template_name: str, config: MkDocsConfig
    ) -> TemplateContext:
        if template_name == "404.html":
            context.update(self._common("vi", config))  # type: ignore[typeddict-item]
        return context

    def on_serve(self, server: Any, *, config: MkDocsConfig, builder: Any) -> Any:
        if config.theme.custom_dir:
            server.watch(config.theme.custom_dir)
        return server

    def _warn_missing_english(self, docs_dir: Path) -> None:
        """With `require_english: true`, every article needs an English title and summary."""
        for article in self._built_site().articles:
            for key in ("title_en", "summary_en"):
                if not getattr(article, key):
                    line = article.key_lines.get(key)
                    where = display_path(docs_dir / article.src_uri) + (f":{line}" if line else "")
                    log.warning(f"{where}: {key} is empty (require_english is on)")

    def _warn_broken_links(self, docs_dir: Path, site_dir: Path, unwritten: set[str]) -> None:
        """Links written in content that lead to no page (MkDocs checks only links to .md files).

        `unwritten`: pages this build makes but left as they are in the site it is applied over."""
        articles = {a.src_uri: a for a in self._built_site().articles}
        for src_uri, href, path in self._body_links:
            if resolves(site_dir, path, unwritten):
                continue
            article = articles.get(src_uri)
            line = article.line_of(href) if article else None
            where = display_path(docs_dir / src_uri) + (f":{line}" if line else "")
            log.warning(f"{where}: link '{href}' leads to no page of the site")

    def _built_site(self) -> Site:
        if self.site is None:  # pragma: no cover - on_pre_build always runs first
            raise PluginError("bantin: content was not read")
        return self.site

    def _site_names(self, config: MkDocsConfig) -> dict[str, str]:
        return {"vi": config.site_name, "en": self.config.site_name_en or config.site_name}

    def _common(self, lang: str, config: MkDocsConfig) -> dict[str, Any]:
        names = self._site_names(config)
        descriptions = {
            "vi": config.site_description,
            "en": self.config.site_description_en or config.site_description,
        }
        return {
            "lang": lang,
            "other_lang": other(lang),
            "t": LABELS[lang],
            "site_title": names[lang],
            "site_description": descriptions[lang],
            "serving": self._serving,
        }


def _cards_of(route: Route) -> str | None:
    """Listings of one language are rendered by one process: they share its article cards."""
    return route.lang if "paginator" in route.context else None
