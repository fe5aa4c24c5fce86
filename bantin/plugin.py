"""The MkDocs plugin: content in, bilingual digest pages out.

MkDocs does the heavy lifting (reading files, Markdown, Jinja, writing, serving). The plugin
reads and checks all content before MkDocs cleans the site folder, lays out the URLs of
articles, adds the generated pages (English digests, entity pages, listings), sanitizes page
HTML and hands templates what they show.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import jinja2
from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from .content import Site, display_path, load_site
from .entities import Kind
from .errors import ContentErrors
from .feeds import write_feeds
from .labels import LABELS
from .links import internal_links, resolves
from .routes import Route, build_routes
from .sanitize import sanitize_html
from .search import SearchIndexError, index_site
from .staging import Staging
from .structured import entity_thing, news_article
from .urls import (
    archive_url,
    article_url,
    entity_url,
    feed_url,
    home_url,
    kind_url,
    month_url,
    other,
    search_url,
    year_url,
)

log = logging.getLogger("mkdocs.plugins.bantin")


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
    per_page = c.Type(int, default=20)
    site_name_en = c.Optional(c.Type(str))
    site_description_en = c.Optional(c.Type(str))
    search = c.Type(bool, default=True)
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
        self.site: Site | None = None
        self.routes: dict[str, Route] = {}
        self._env: jinja2.Environment | None = None
        self._site_url: str | None = None
        self._body_links: list[tuple[str, str, str]] = []  # (src_uri, href, site path)

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self._serving = command == "serve"
        self._stage = command in ("build", "gh-deploy") and not dirty

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        if self.config.per_page < 1:
            raise PluginError("bantin: per_page must be at least 1")
        if not config.use_directory_urls:
            raise PluginError("bantin: the digest's URLs need use_directory_urls: true")
        if "attr_list" not in config.markdown_extensions:
            config.markdown_extensions.append("attr_list")
        config.theme.static_templates.add("404.html")
        self._site_url = config.site_url
        if self._stage:
            self._staging = Staging.begin(Path(config.site_dir))
            config.site_dir = str(self._staging.folder)
        return config

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        """Read all content before MkDocs empties the site folder, so bad content costs nothing."""
        try:
            self.site = load_site(
                Path(config.docs_dir),
                articles_dir=self.config.articles_dir,
                entities_file=self.config.entities_file,
                include_drafts=self._serving,
            )
        except ContentErrors as exc:
            for error in exc.errors:
                log.error(str(error))
            raise PluginError(f"{len(exc.errors)} error(s) in content; nothing was built") from None
        if self.config.require_english:
            self._warn_missing_english(Path(config.docs_dir))
        self._body_links = []
        self.routes = {
            r.src_uri: r
            for r in build_routes(
                self.site, site_names=self._site_names(config), per_page=self.config.per_page
            )
        }

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        articles = f"{self.config.articles_dir}/"
        raw = f"{self.config.raw_dir}/"
        for file in list(files):
            uri = file.src_uri
            unpublished = uri == self.config.entities_file or uri.startswith(raw)
            stray_article = (
                uri.startswith(articles) and file.is_documentation_page() and uri not in self.routes
            )
            if unpublished or stray_article:  # stray articles are drafts in `mkdocs build`
                files.remove(file)
        assert self.site is not None
        by_source = {a.src_uri: a for a in self.site.articles}
        site_dir = Path(config.site_dir).resolve()
        for file in files:  # content cannot name a path outside the site (`../`, absolute paths)
            if not Path(file.abs_dest_path).resolve().is_relative_to(site_dir):
                raise PluginError(f"bantin: '{file.src_uri}' would be written outside the site folder")
        taken = {f.dest_uri: f.src_uri for f in files if f.src_uri not in self.routes}
        for route in self.routes.values():
            if route.dest_uri in taken:
                raise PluginError(
                    f"bantin: '{taken[route.dest_uri]}' would overwrite the generated page /{route.url}"
                )
            found = files.get_file_from_path(route.src_uri)
            if found is None:
                file = File.generated(config, route.src_uri, content="", inclusion=InclusionLevel.NOT_IN_NAV)
                files.append(file)
            else:
                file = found
            if found is not None and route.source in by_source:
                file.content_string = by_source[route.source].body  # front-matter already read
            if getattr(by_source.get(route.source or ""), "draft", False):
                file.inclusion = InclusionLevel.DRAFT
            file.dest_uri = route.dest_uri
            file.url = route.url or "./"
            file.abs_dest_path = str(Path(config.site_dir) / route.dest_uri)
        return files

    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        route = self.routes.get(page.file.src_uri)
        if route is not None:
            page.meta["template"] = route.template
            page.title = route.title  # type: ignore[misc]
        # Dates from content, not the clock, so two builds of the same content are identical.
        page.update_date = (route.updated if route and route.updated else self._newest()).isoformat()
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
        env.filters["url"] = _tidy_url_filter(env.filters["url"])
        self._env = env

        def absolute(url: str) -> str | None:
            return urljoin(config.site_url, url) if config.site_url else None

        env.globals.update(
            article_url=article_url,
            entity_url=entity_url,
            kind_url=kind_url,
            home_url=home_url,
            archive_url=archive_url,
            year_url=year_url,
            month_url=month_url,
            search_url=search_url,
            feed_url=feed_url,
            sitemap_alternates=self._sitemap_alternates,
            news_article_data=lambda article, lang: news_article(
                article, lang, self._built_site(), self._site_names(config)[lang], absolute
            ),
            entity_data=lambda entity, lang: entity_thing(entity, lang, self._built_site(), absolute),
            kinds=list(Kind),
            labels=LABELS,
            absolute_url=absolute,
        )
        return env

    @event_priority(-100)  # after every other plugin has written its files
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        site_dir = Path(config.site_dir)
        self._warn_broken_links(Path(config.docs_dir), site_dir)
        if config.site_url and self.site is not None and self._env is not None:
            count = write_feeds(
                self._env, self.site, site_dir, lambda lang: self._common(lang, config), self.config.per_page
            )
            log.debug(f"Wrote {count} Atom feeds")
            (site_dir / "robots.txt").write_text(
                f"User-agent: *\nAllow: /\n\nSitemap: {urljoin(config.site_url, 'sitemap.xml')}\n",
                encoding="utf-8",
            )
        if self.config.search and not self._serving:  # a preview rebuild stays quick
            try:
                pages = index_site(site_dir)
            except SearchIndexError as exc:
                raise PluginError(f"search index: {exc}") from None
            log.info(f"Search index: {pages} pages")
        if self._staging is not None:
            self._staging.succeeded = True

    def on_build_error(self, *, error: Exception) -> None:
        if self._staging is not None:
            self._staging.failed = True

    def on_shutdown(self) -> None:
        """Swap the staged site in (MkDocs' strict check runs after post_build, so only now)."""
        if self._staging is not None:
            if self._staging.finish():
                log.info(f"Site ready in {_shown(self._staging.target)}")
            else:
                log.error(f"The build failed; {_shown(self._staging.target)} was left as it was")
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

    def _sitemap_alternates(self, file: File) -> list[tuple[str, str]]:
        """hreflang alternates of a page for the sitemap (absolute URLs; none if no site_url)."""
        route = self.routes.get(file.src_uri)
        site_url = self._site_url
        if route is None or not site_url:
            return []
        return [(lang, urljoin(site_url, url)) for lang, url in sorted(route.alternates.items())]

    def _warn_missing_english(self, docs_dir: Path) -> None:
        """With `require_english: true`, every article needs an English title and summary."""
        for article in self._built_site().articles:
            for key in ("title_en", "summary_en"):
                if not getattr(article, key):
                    line = article.key_lines.get(key)
                    where = display_path(docs_dir / article.src_uri) + (f":{line}" if line else "")
                    log.warning(f"{where}: {key} is empty (require_english is on)")

    def _warn_broken_links(self, docs_dir: Path, site_dir: Path) -> None:
        """Links written in content that lead to no page (MkDocs checks only links to .md files)."""
        articles = {a.src_uri: a for a in self._built_site().articles}
        for src_uri, href, path in self._body_links:
            if resolves(site_dir, path):
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
