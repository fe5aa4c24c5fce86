"""Gather the whole content folder (registry and articles) before any page is made.

Like MkDocs' own build, we read everything first so listings and entity pages see one
consistent world, and we report every broken file at once instead of stopping at the first.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from ..core.article import Article, read_article
from ..core.errors import ContentError, ContentErrors
from ..core.files import LEADS_OUT, display_path, leads_out, leads_out_of, markdown_files
from ..entities import Kind, Registry
from .workers import few_cycles, map_parallel, workers_for


@dataclass(frozen=True)
class Site:
    """Everything the pages are made from: articles (newest first) and the entity registry."""

    articles: tuple[Article, ...]
    registry: Registry
    _by_entity: dict[str, tuple[Article, ...]] = field(default_factory=dict, repr=False)
    #: Articles scheduled for later than the build's clock, by src_uri: their time. Only a
    #: preview (`serve`) holds them, shown as drafts; a build leaves them out.
    scheduled: Mapping[str, dt.datetime] = field(default_factory=dict)

    @classmethod
    def of(
        cls, articles: list[Article], registry: Registry, scheduled: Mapping[str, dt.datetime] | None = None
    ) -> Site:
        ordered = tuple(sorted(articles, key=lambda a: (a.date, a.published_at, a.src_uri), reverse=True))
        index: dict[str, list[Article]] = defaultdict(list)
        for article in ordered:
            for entity_id in dict.fromkeys(
                [*article.organizations, *article.people, *article.events, *article.places]
            ):
                index[entity_id].append(article)
        return cls(ordered, registry, {k: tuple(v) for k, v in index.items()}, dict(scheduled or {}))

    def with_edits(self, now: Mapping[int, Article]) -> Site:
        """The site with articles replaced (`now`: by the id of the one replaced) by editions of
        them of the same date and entities, so every list keeps its order."""
        articles = tuple(now.get(id(a), a) for a in self.articles)
        index = dict(self._by_entity)
        for entity_id in {
            i for a in now.values() for i in (*a.organizations, *a.people, *a.events, *a.places)
        }:
            index[entity_id] = tuple(now.get(id(a), a) for a in index[entity_id])
        return Site(articles, self.registry, index)

    def about(self, entity_id: str) -> tuple[Article, ...]:
        """Articles tagged with an entity, newest first."""
        return self._by_entity.get(entity_id, ())


def load_site(
    docs_dir: Path,
    *,
    articles_dir: str = "articles",
    entities_file: str = "entities.yml",
    include_drafts: bool = False,
    known: Mapping[tuple[str, str], Article] | None = None,
    processes: int = 1,
    now: dt.datetime | None = None,
    project: Path | None = None,
) -> Site:
    """Read and check all content; raise ContentErrors naming every bad file and line.

    An article whose time is later than `now` (the build's clock) is left out like a draft, and
    like a draft kept by a preview (`include_drafts`), in `Site.scheduled`.

    `known` holds articles read by an earlier build, by (path, sha256 of the file): an unchanged
    file is not parsed again, only its entities checked against today's registry. Files are
    parsed in up to `processes` processes (0: one per core) when there are enough of them.
    With `project`, a file that is a link to somewhere outside that folder is not read (an error).
    """
    errors: list[ContentError] = []
    registry_path = docs_dir / entities_file
    registry: Registry | None = None
    if project is not None and registry_path.exists() and leads_out(registry_path, project):
        errors.append(ContentError(display_path(registry_path), LEADS_OUT))
    else:
        try:
            registry = Registry.load(registry_path, display_path(registry_path))
        except ContentErrors as exc:
            errors.extend(exc.errors)
    found: list[Article | None] = []
    unread: list[tuple[Path, str]] = []
    articles_root = docs_dir / articles_dir
    outside = leads_out_of(project) if project is not None else None
    for path in markdown_files([articles_root] if articles_root.is_dir() else []):
        if outside is not None and outside(path):
            errors.append(ContentError(display_path(path), LEADS_OUT))
            continue
        src_uri = path.relative_to(docs_dir).as_posix()
        found.append(_known(known, path, src_uri, registry))
        if found[-1] is None:
            unread.append((path, src_uri))
    articles: list[Article] = []
    scheduled: dict[str, dt.datetime] = {}
    later_ones: list[Article] = []  # left out for now, but checked for clashes already
    with few_cycles():
        read = iter(map_parallel(partial(_read, registry), unread, workers_for(len(unread), processes)))
        for article in found:
            outcome = article if article is not None else next(read)
            if isinstance(outcome, list):
                errors += [ContentError(*problem) for problem in outcome]
            else:
                later = now is not None and not outcome.is_due(now)
                if include_drafts or not (outcome.draft or later):
                    articles.append(outcome)
                    if later:
                        scheduled[outcome.src_uri] = outcome.published_at
                elif later and not outcome.draft:
                    later_ones.append(outcome)
    errors.extend(_url_clashes(docs_dir, articles + later_ones))
    if errors or registry is None:
        raise ContentErrors(errors)
    return Site.of(articles, registry, scheduled)


def _read(registry: Registry | None, item: tuple[Path, str]) -> Article | list[tuple[str, str, int | None]]:
    """One article, or its problems as plain tuples (they may cross from a worker process)."""
    path, src_uri = item
    try:
        article = read_article(path, src_uri, registry, display_path(path))
    except ContentErrors as exc:
        return [(e.path, e.message, e.line) for e in exc.errors]
    article.effective_slug  # noqa: B018  (a cached property: made here, in parallel, kept with it)
    return article


def _known(
    known: Mapping[tuple[str, str], Article] | None, path: Path, src_uri: str, registry: Registry | None
) -> Article | None:
    """The article as read before, if its file is unchanged and its entities still exist."""
    if not known or registry is None:
        return None
    try:
        sha = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None
    article = known.get((src_uri, sha))
    if article is None:
        return None
    if any(registry.problem(kind, i) for kind in Kind for i in article.entity_ids(kind)):
        return None  # read it again, for the error with its line
    return article


def _url_clashes(docs_dir: Path, articles: list[Article]) -> list[ContentError]:
    """Two articles may not share a URL (same month and slug)."""
    seen: dict[tuple[int, int, str], Article] = {}
    errors = []
    for article in articles:
        key = (article.date.year, article.date.month, article.effective_slug)
        if key in seen:
            other = display_path(docs_dir / seen[key].src_uri)
            errors.append(
                ContentError(
                    display_path(docs_dir / article.src_uri),
                    f"same URL as {other} (same month and title); set a different `slug`",
                )
            )
        else:
            seen[key] = article
    return errors
