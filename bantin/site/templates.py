"""The templates' world: MkDocs' Jinja environment made ours (autoescaping, our filters, the
functions every template may call) and the values every page of one language is given; the
options the site is built with."""

from __future__ import annotations

from collections import ChainMap
from collections.abc import Callable, MutableMapping
from dataclasses import dataclass
from pathlib import Path
from types import BuiltinFunctionType, FunctionType, MethodType
from typing import Any

import jinja2
import markupsafe
from jinja2.runtime import Context
from markupsafe import Markup

from ..entities import Kind
from .clock import rfc3339
from .content import Site
from .feeds import english_summary
from .gloss import english_gloss
from .labels import LABELS
from .relative import page_url
from .routes import PageKind
from .social import card_url
from .structured import entity_thing, news_article
from .urls import (
    archive_url,
    article_url,
    corrections_url,
    digest_feed_url,
    digest_json_feed_url,
    digest_url,
    edition_url,
    entity_url,
    feed_url,
    home_url,
    join_url,
    json_feed_url,
    kind_url,
    month_url,
    other,
    search_url,
    year_url,
)


@dataclass(frozen=True)
class SiteOptions:
    """The plugin's options and MkDocs' settings the site is built with."""

    docs_dir: Path
    site_url: str | None
    names: dict[str, str]  # the site's name by language
    descriptions: dict[str, str]
    articles_dir: str = "articles"
    entities_file: str = "entities.yml"
    sources_file: str = "sources.yml"  # the importer's publishers
    raw_dir: str = "raw"
    pass_through: tuple[str, ...] = ()  # active files of content copied anyway (content_files.py)
    per_page: int = 20
    search: bool = True
    workers: int = 0
    require_english: bool = False
    serving: bool = False  # `serve`: drafts shown, no search index, one process once it serves
    english_listing: str = "all"  # "translated": English lists and feeds leave untranslated articles out
    social_cards: bool = False  # a PNG card per article and language (`social`), with site_url
    project: Path | None = None  # mkdocs.yml's folder: no file of content may lead out of it


def common_values(options: SiteOptions, lang: str) -> dict[str, Any]:
    """The site-wide template values of one language."""
    return {
        "lang": lang,
        "other_lang": other(lang),
        "t": LABELS[lang],
        "site_title": options.names[lang],
        "site_description": options.descriptions[lang],
        "serving": options.serving,
    }


def prepare(
    env: jinja2.Environment, options: SiteOptions, site: Callable[[], Site], *, cards: bool
) -> jinja2.Environment:
    """MkDocs' Jinja environment made ours: autoescaping, our filters and globals. `site`: the
    content read (once it is); `cards`: the article pages have social cards."""
    env.autoescape = True  # MkDocs' environment does not autoescape; ours does
    env.context_class = QuickCallContext
    env.template_class = QuickEscapeTemplate
    # JSON-LD with Vietnamese as it is, not \uXXXX (a sixth smaller); `tojson` still escapes
    # <, >, & and ' so a title cannot close the script element.
    env.policies["json.dumps_kwargs"] = {"sort_keys": True, "ensure_ascii": False}
    env.filters["url"] = url_filter
    site_url = options.site_url

    def absolute(url: str) -> str | None:
        return join_url(site_url, url) if site_url else None

    parts: dict[tuple[str, str, str], Markup] = {}
    things: dict[tuple[str, str], dict[str, Any]] = {}  # the entities' JSON-LD, made once a build

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
        corrections_url=corrections_url,
        digest_url=digest_url,
        edition_url=edition_url,
        digest_feed_url=digest_feed_url,
        digest_json_feed_url=digest_json_feed_url,
        feed_url=feed_url,
        rfc3339=rfc3339,
        json_feed_url=json_feed_url,
        news_article_data=lambda article, lang: news_article(
            article, lang, site(), options.names[lang], absolute, things
        ),
        entity_data=lambda entity, lang: entity_thing(entity, lang, site(), absolute),
        kinds=list(Kind),
        labels=LABELS,
        absolute_url=absolute,
        english_gloss=lambda article: english_gloss(article, site().registry, LABELS["en"].report_on),
        english_summary=lambda article: english_summary(article, site().registry),
        social_card=lambda route: (
            card_url(route.url, site_url or "") if cards and route.kind is PageKind.ARTICLE else None
        ),
    )
    return env


class QuickCallContext(Context):
    """Jinja's context, made and calling plain functions and methods sooner.

    Each page and each `{% include %}` makes a context, which keeps the names of the template's
    globals as a set: taken from their `ChainMap` one key at a time by its Python `__iter__`
    (~2% of a cold build); here the maps' keys are united at once, the same set.

    Every call in a template (`article_url(a, lang)`, `t.date(d)`, `entity.name_in(lang)`,
    `d.isoformat()`) goes through `Context.call`, which asks the callable and its `__call__`
    whether they want the context or environment passed (`pass_context`…): ~1 µs a call, some
    forty calls a page. A Python function, or a method of one, is asked by a look in its
    `__dict__` (where `pass_context` puts its mark), and a built-in needs no asking (it can
    carry no mark); anything else goes to Jinja's own `call`. The same result either way."""

    def __init__(
        self,
        environment: jinja2.Environment,
        parent: dict[str, Any],
        name: str | None,
        blocks: dict[str, Any],
        globals: MutableMapping[str, Any] | None = None,
    ) -> None:
        super().__init__(environment, parent, name, blocks)
        if globals is not None:
            self.globals_keys = set().union(*globals.maps) if type(globals) is ChainMap else set(globals)

    def call(__self, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        function = __obj.__func__ if type(__obj) is MethodType else __obj
        kind = type(function)
        if kind is BuiltinFunctionType or (
            kind is FunctionType and "jinja_pass_arg" not in function.__dict__
        ):
            if kwargs:
                kwargs.pop("_block_vars", None)
                kwargs.pop("_loop_vars", None)
            try:
                return __obj(*args, **kwargs)
            except StopIteration:  # as Jinja's own
                return __self.environment.undefined(
                    "value was undefined because a callable raised a StopIteration exception"
                )
        return Context.call(__self, __obj, *args, **kwargs)


#: markupsafe's escaping of a string's characters, without making the Markup (None: not there).
_escape_inner: Callable[[str], str] | None = getattr(markupsafe, "_escape_inner", None)
_new_str = str.__new__


def quick_escape(value: Any) -> Markup:
    """`markupsafe.escape`, the same Markup, made without `Markup.__new__`'s look for an
    `__html__` on a string (0.4-0.8 us of each of ~90 escapes a page); a Markup (a card, a
    shared partial, `|safe`, `|tojson`: ~10 a page) as it is, not copied through its
    `__html__` into an equal one."""
    kind = type(value)
    if kind is str and _escape_inner is not None:
        return _new_str(Markup, _escape_inner(value))
    if kind is Markup:
        return value
    return markupsafe.escape(value)


class QuickEscapeTemplate(jinja2.Template):
    """A template whose `{{ … }}` escape with `quick_escape`: the compiled module's `escape`
    (markupsafe's, imported by the module) replaced once it is made."""

    @classmethod
    def from_code(cls, environment: jinja2.Environment, code: Any, globals: Any, uptodate: Any = None) -> Any:
        template = super().from_code(environment, code, globals, uptodate)
        namespace = template.root_render_func.__globals__
        if _escape_inner is not None and namespace.get("escape") is markupsafe.escape:
            namespace["escape"] = quick_escape
        return template


@jinja2.pass_context
def url_filter(context: Any, value: str) -> str:
    """MkDocs' `url` filter (`relative.page_url`), minus the trailing '/.' it gives the home
    page on the 404 page. `page` and `base_url` looked up as `context[…]` does (the template's
    own names, then those it was given), `base_url` only where there is no page."""
    page = context.vars["page"] if "page" in context.vars else context.parent["page"]
    base = "" if page is not None else context["base_url"]
    result = page_url(value if type(value) is str else str(value), page, base)
    return result[:-1] if result.endswith("/.") else result
