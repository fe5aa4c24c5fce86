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

from .content import Site, load_site
from .entities import Kind
from .errors import ContentErrors
from .labels import LABELS
from .routes import Route, article_url, build_routes, entity_url, home_url, kind_url, other
from .sanitize import sanitize_html
from .staging import Staging

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
        return sanitize_html(html)

    def on_env(self, env: jinja2.Environment, *, config: MkDocsConfig, files: Files) -> jinja2.Environment:
        # MkDocs' environment does not autoescape; ours does, for every template it renders.
        env.autoescape = True
        env.filters["url"] = _tidy_url_filter(env.filters["url"])
        self._env = env
        env.globals.update(
            article_url=article_url,
            entity_url=entity_url,
            kind_url=kind_url,
            home_url=home_url,
            kinds=list(Kind),
            labels=LABELS,
            absolute_url=lambda url: urljoin(config.site_url, url) if config.site_url else None,
        )
        return env

    @event_priority(-100)  # after every other plugin has written its files
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        self._write_feeds(config)
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

    def _write_feeds(self, config: MkDocsConfig) -> None:
        """Atom feeds of the newest articles, one per language (they need absolute URLs)."""
        if not config.site_url or self.site is None or self._env is None:
            return
        template = self._env.get_template("feed.xml")
        newest = self.site.articles[: self.config.per_page]
        updated = f"{newest[0].date.isoformat()}T00:00:00Z" if newest else "1970-01-01T00:00:00Z"
        for lang in ("vi", "en"):
            xml = template.render(**self._common(lang, config), articles=newest, updated=updated)
            target = Path(config.site_dir) / home_url(lang) / "feed.xml"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(xml, encoding="utf-8")

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
