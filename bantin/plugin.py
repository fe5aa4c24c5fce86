"""The MkDocs plugin: MkDocs' events mapped onto the site and its publisher.

MkDocs runs the build: configuration, the theme's Jinja environment, static files, plain pages
(about, contact…), the 404 page and the preview server. Everything else is done by two objects
with names of their own, and this module only tells them when:

- `SiteBuilder` (site/builder.py) reads and checks all content before MkDocs empties the site
  folder, lays out every page of the digest and renders them (in several processes, see
  site/render.py), then writes the feeds, the sitemap and the search index;
- `Publisher` (incremental/publisher.py) decides where the build goes (a staging folder swapped
  in at the end, or applied over the site), answers the site's one question, "is this output
  already there?", and keeps the record of what was written for the next build.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Collection
from pathlib import Path
from typing import Any

import jinja2
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort, PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from .core.config import Number
from .core.errors import ContentErrors
from .incremental import overlay
from .incremental.publisher import Publisher, PublishingError
from .site.builder import SiteBuilder, SiteOptions
from .translate.options import TranslateConfig

log = logging.getLogger("mkdocs.plugins.bantin")


class BantinConfig(TranslateConfig):
    """Options under `plugins: - bantin:` in mkdocs.yml, with the `translate_*` options of
    `python build.py translate` (`TranslateConfig`; the build itself never translates)."""

    articles_dir = c.Type(str, default="articles")
    entities_file = c.Type(str, default="entities.yml")
    raw_dir = c.Type(str, default="raw")
    sources_file = c.Type(str, default="sources.yml")  # the importer's publishers, never published
    pass_through = c.ListOfItems(c.Type(str), default=[])  # active content files published anyway
    per_page = Number(int, 20, least=1)
    site_name_en = c.Optional(c.Type(str))
    site_description_en = c.Optional(c.Type(str))
    search = c.Type(bool, default=True)
    workers = c.Type(int, default=0)  # processes rendering pages; 0 = one per core, 1 = no others
    cache = c.Type(bool, default=True)  # reuse pages, feeds and the search index that did not change
    cache_dir = c.Type(str, default=".cache/bantin")  # relative to mkdocs.yml
    require_english = c.Type(bool, default=False)
    english_listing = c.Choice(("all", "translated"), default="all")  # "translated": no untranslated
    social_cards = c.Type(bool, default=False)  # a 1200×630 PNG per article and language (og:image)


class BantinPlugin(BasePlugin[BantinConfig]):
    """Registered as the `bantin` entry point in `mkdocs.plugins`."""

    supports_multiple_instances = False

    def __init__(self) -> None:
        self._serving = False
        self._stage = False
        self._builder: SiteBuilder | None = None
        self._publisher: Publisher | None = None
        #: The configuration they were made for: MkDocs keeps the plugin across the builds of
        #: `serve` (and of one process), each with a configuration of its own.
        self._made_for: MkDocsConfig | None = None
        self._last: SiteBuilder | None = None  # of the last build that succeeded (`preview`)
        self._started = time.monotonic()

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self._serving = command == "serve"
        # `serve` stages too: each preview rebuild is applied over the last one (`overlay`)
        # instead of MkDocs emptying its folder and every page being placed there again.
        self._stage = command in ("build", "gh-deploy", "serve") and not dirty

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        if not config.use_directory_urls:
            raise PluginError("bantin: the digest's URLs need use_directory_urls: true")
        if "attr_list" not in config.markdown_extensions:
            config.markdown_extensions.append("attr_list")
        config.theme.static_templates.add("404.html")
        try:
            folder = self._publisher_for(config).begin(Path(config.site_dir))
        except PublishingError as exc:
            raise PluginError(str(exc)) from None
        if folder is not None:
            config.site_dir = str(folder)
        return config

    def _renew(self, config: MkDocsConfig) -> None:
        if config is not self._made_for:
            self._builder = self._publisher = None
            self._made_for = config

    def _builder_for(self, config: MkDocsConfig) -> SiteBuilder:
        self._renew(config)
        if self._builder is None:
            o = self.config
            self._builder = SiteBuilder(
                SiteOptions(
                    docs_dir=Path(config.docs_dir),
                    site_url=config.site_url,
                    names={"vi": config.site_name, "en": o.site_name_en or config.site_name},
                    descriptions={
                        "vi": config.site_description,
                        "en": o.site_description_en or config.site_description,
                    },
                    articles_dir=o.articles_dir,
                    entities_file=o.entities_file,
                    sources_file=o.sources_file,
                    raw_dir=o.raw_dir,
                    pass_through=tuple(o.pass_through),
                    per_page=o.per_page,
                    search=o.search,
                    workers=o.workers,
                    require_english=o.require_english,
                    social_cards=o.social_cards,
                    english_listing=o.english_listing,
                    serving=self._serving,
                    project=Path(config.config_file_path or "mkdocs.yml").resolve().parent,
                )
            )
        return self._builder

    def _publisher_for(self, config: MkDocsConfig) -> Publisher:
        self._renew(config)
        if self._publisher is None:
            root = Path(config.config_file_path or "mkdocs.yml").resolve().parent / self.config.cache_dir
            self._publisher = Publisher(
                cache=self.config.cache, cache_root=root, serving=self._serving, stage=self._stage
            )
        return self._publisher

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        """Read all content before MkDocs empties the site folder, so bad content costs nothing."""
        self._started = time.monotonic()
        publisher = self._publisher_for(config)
        known = publisher.known_articles()
        try:
            site = self._builder_for(config).read(known)
        except ContentErrors as exc:
            for error in exc.errors:
                log.error(str(error))
            raise PluginError(f"{len(exc.errors)} error(s) in content; nothing was built") from None
        publisher.read(site.articles, known)

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        """Keep for MkDocs only what it should build itself: static files and plain pages."""
        return self._builder_for(config).files(files, config)

    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        # Dates from content, not the clock, so two builds of the same content are identical.
        page.update_date = self._builder_for(config).newest.isoformat()
        return markdown

    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        return self._builder_for(config).page_html(html, page)

    def on_env(self, env: jinja2.Environment, *, config: MkDocsConfig, files: Files) -> jinja2.Environment:
        return self._builder_for(config).environment(env)

    @event_priority(50)  # before other plugins' post_build, so they see every page
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        publisher = self._publisher_for(config)
        outputs = publisher.outputs(
            Path(config.site_dir),
            theme_dirs=[Path(d) for d in config.theme.dirs],
            config=config,
            options=dict(self.config),
            registry_file=Path(config.docs_dir) / self.config.entities_file,
        )
        written = self._builder_for(config).write(config, outputs, meanwhile=publisher.save_articles)
        publisher.summary = written.summary(time.monotonic() - self._started)
        try:
            publisher.record(written)
        except PublishingError as exc:
            raise PluginError(str(exc)) from None
        publisher.succeeded()
        self._last = self._builder

    def preview(self, changed: Collection[Path], site_dir: Path) -> list[str] | None:
        """Our `serve`, before a rebuild: the pages showing the articles edited among `changed`,
        written into the served `site_dir` from the last build (`SiteBuilder.preview`)."""
        return self._last.preview(changed, site_dir) if self._last is not None else None

    def forget_site(self, site_dir: Path) -> None:
        """Our `serve`, when the rebuild after a preview failed: the served folder holds pages
        its record does not know of, so the next build is a full one."""
        if self._publisher is not None:
            overlay.forget(overlay.manifest_path(self._publisher.cache_root, site_dir))

    def warm(self) -> None:
        """Our `serve`, after a build: ready for the next preview (`SiteBuilder.warm`)."""
        if self._last is not None:
            self._last.warm()

    def on_build_error(self, *, error: Exception) -> None:
        if self._publisher is not None:
            self._publisher.failed()

    def on_shutdown(self) -> None:
        """Put the staged site in place (MkDocs' strict check runs after post_build, so only now)."""
        if self._publisher is not None:
            self._publisher.shutdown()
            if not self._publisher.published and not self._serving:  # said on one line already
                raise Abort("The site was not updated")

    def on_page_context(
        self, context: TemplateContext, *, page: Page, config: MkDocsConfig, nav: Any
    ) -> TemplateContext:
        context.update(self._builder_for(config).page_context(page))  # type: ignore[typeddict-item]
        return context

    def on_template_context(
        self, context: TemplateContext, *, template_name: str, config: MkDocsConfig
    ) -> TemplateContext:
        if template_name == "404.html":
            context.update(self._builder_for(config).common("vi"))  # type: ignore[typeddict-item]
        return context

    def on_serve(self, server: Any, *, config: MkDocsConfig, builder: Any) -> Any:
        if config.theme.custom_dir:
            server.watch(config.theme.custom_dir)
        return server
