"""The pages an edit changes, made at once for the preview (`python build.py serve`).

Between two builds of the preview the site of the last build stays in memory (`SiteBuilder`).
When editors changed articles without moving them (same date, URL and entities), the pages
that show them are made again from it in a fraction of a second, first the article and its
English digest, then the listings it is on (home, archives, its entities' pages), and written
straight into the folder being served. The whole rebuild that follows makes everything else
that may show the article (related articles on other pages, feeds) and checks the site as a
build does; the pages written here are the ones it then writes, byte for byte.

Anything else (a new, removed or moved article, a new date or other entities, the registry, a
template, the configuration) gets no early pages: the rebuild alone shows it.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Collection, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from mkdocs.structure.files import File

from ..core.article import Article, read_article
from ..core.errors import ContentErrors
from ..core.files import display_path
from ..entities import Kind
from .content import Site
from .listings import Paginator
from .render import Renderer
from .routes import ArticleValues, Listing, PageKind, Route, RouteBuilder

#: Articles this many or more changed at once are left to the rebuild (a checkout, an import).
MAX_EDITED = 20


@dataclass(frozen=True)
class Edit:
    """The site after editors' changes to articles, and the pages to make first, in order."""

    site: Site
    routes: dict[str, Route]  # by src_uri, as `SiteBuilder.routes`
    sources: dict[str, tuple[File, str]]  # route src_uri → (content file, Markdown body)
    first: list[Route]


def edited(
    changed: Collection[Path],
    *,
    docs_dir: Path,
    articles_dir: str,
    site: Site,
    routes: Mapping[str, Route],
    sources: Mapping[str, tuple[File, str]],
    per_page: int,
) -> Edit | None:
    """The site with the changed files read again, or None when the change is not only edits
    of articles that stay where they are (the rebuild alone shows it)."""
    docs = docs_dir.resolve()
    root = (docs / articles_dir).resolve()
    by_uri = {a.src_uri: a for a in site.articles}
    edits: list[tuple[Article, Article]] = []  # (as it was, as it is)
    for path in {Path(p).resolve() for p in changed}:
        if not path.is_relative_to(root):
            return None  # the registry, index.md, a template, the configuration…
        if any(part.startswith(".") for part in path.relative_to(root).parts) or path.suffix != ".md":
            continue  # an editor's swap or backup file, a picture: no article changed
        src_uri = path.relative_to(docs).as_posix()
        old = by_uri.get(src_uri)
        if old is None or not path.is_file() or src_uri not in sources:
            return None  # added or removed
        try:
            new = read_article(path, src_uri, site.registry, display_path(path))
        except ContentErrors:
            return None  # the rebuild reports it, with its line
        if new.file_sha256 == old.file_sha256:
            continue
        if _place(new) != _place(old):
            return None
        edits.append((old, new))
    if not edits or len(edits) >= MAX_EDITED:
        return None
    now = {id(old): new for old, new in edits}
    site = site.with_edits(now)
    pages = RouteBuilder(site, {}, per_page)
    routes = dict(routes)
    sources = dict(sources)
    first: list[Route] = []
    for old, new in edits:
        shown = routes[old.src_uri].values  # related articles: the same date and entities, the same
        for route in pages.article_pages(new, shown.related if isinstance(shown, ArticleValues) else []):
            routes[route.src_uri] = route
            first.append(route)
        file, _ = sources[new.src_uri]
        sources[new.src_uri] = (file, new.body)
    listings = []
    for key, route in routes.items():
        if isinstance(route.values, Listing) and any(id(a) in now for a in route.values.paginator.items):
            routes[key] = _with(route, now)
            listings.append(routes[key])
    listings.sort(key=lambda r: (r.kind is not PageKind.HOME, r.lang != "vi"))  # the home pages first
    return Edit(site, routes, sources, first + listings)


def _place(article: Article) -> tuple[object, ...]:
    """What decides which pages show an article and where they are."""
    return (
        article.date,
        article.effective_slug,
        article.draft,
        *(tuple(article.entity_ids(kind)) for kind in Kind),
    )


def _with(route: Route, now: Mapping[int, Article]) -> Route:
    """A listing's route with the edited articles in place of the old ones."""
    assert isinstance(route.values, Listing)
    paginator: Paginator = route.values.paginator
    items = tuple(now.get(id(a), a) for a in paginator.items)
    return replace(route, values=replace(route.values, paginator=replace(paginator, items=items)))


def write_pages(renderer: Renderer, routes: list[Route], site_dir: Path) -> list[str]:
    """Each route's page into `site_dir`, replacing the file there (never writing into it: a
    page of the site may be a hard link to the page cache). Returns the pages' paths."""
    written = []
    for route in routes:
        data = renderer.page(route).encode("utf-8", errors="xmlcharrefreplace")
        target = site_dir / route.dest_uri
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(prefix=".preview-", dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            os.chmod(temporary, 0o644)
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        written.append(route.dest_uri)
    return written
