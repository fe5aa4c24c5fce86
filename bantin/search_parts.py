"""The site's search index in parts by year, each made again only when its articles changed.

What Pagefind reads of a page (the `data-pagefind-body` element) is made of the article and the
registry alone, so a part's key is its articles' file hashes (and the build's fingerprint), not
the pages': a related list changing elsewhere re-indexes nothing. A part whose articles did not
change comes from the page cache, or is not written at all when the site being updated has it
already.
"""

from __future__ import annotations

import logging
import os
import pickle
from collections.abc import Collection, Mapping
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from .core.files import write_atomic
from .incremental.cache import PageCache
from .incremental.fingerprint import digest
from .incremental.overlay import Manifest
from .search import NAMES, OUTPUT, SearchIndexError, entity_names, index_part_from, part_pages, write_manifest
from .searchwords import PackedWords
from .site.routes import Route

log = logging.getLogger("mkdocs.plugins.bantin")


def _pairs_file(cache: PageCache, year: str) -> Path:
    """Where the syllable pairs of a year's pages are kept, by the page's text (see `index_part_from`)."""
    return cache.root / "sp" / f"search-pairs-{year}.pickle"


def _load_pairs(cache: PageCache | None, year: str) -> dict[str, PackedWords]:
    if cache is None:
        return {}
    try:
        with _pairs_file(cache, year).open("rb") as stream:
            found = pickle.load(stream)
    except (OSError, pickle.PickleError, EOFError, AttributeError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


def _save_pairs(cache: PageCache | None, year: str, pairs: dict[str, PackedWords]) -> None:
    """Keep the pairs of the year's pages as they are now (a page gone takes its pairs along)."""
    if cache is None:
        return
    path = _pairs_file(cache, year)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, pickle.dumps(pairs, protocol=pickle.HIGHEST_PROTOCOL), sync=False)
    cache.used.add(path.name)


def index_parts(
    routes: Collection[Route],
    site_dir: Path,
    *,
    build_digest: str,
    cache: PageCache | None,
    previous: Manifest | None,
    previous_site: Path | None,
    at_once: int,
    words: Mapping[str, PackedWords] | None = None,
) -> dict[str, str]:
    """Index `site_dir`'s article pages, one part per year; return the parts' folders and keys.

        With `previous` (the manifest of the site this build is applied over) the staged folder
        holds only the changed pages: the others are read from `previous_site`. `at_once` parts are
        indexed at the same time (Pagefind keeps ~1.3 cores busy on one; each holds its part in
        memory). A part that fails raises SearchIndexError, its year named, once the other parts
    being indexed are done. `words`: the syllable pairs of the pages rendered by this build, by page
        path (`index_part_from`)."""
    years: dict[str, list[Route]] = {}
    for route in routes:
        if route.template.startswith("article"):
            years.setdefault(route.url.removeprefix("en/")[:4], []).append(route)
    pages = 0
    parts: dict[str, str] = {}
    todo: dict[str, tuple[list[Route], str]] = {}  # year → its pages and key
    for year, shown_routes in sorted(years.items()):
        shown = sorted((r.url, r.context["article"].file_sha256) for r in shown_routes)
        key = digest(build_digest, "search", year, shown)
        parts[f"{OUTPUT}/{year}/"] = key
        if previous is not None and previous.in_site(f"{OUTPUT}/{year}/", key):
            pages += len(shown_routes)
            if cache is not None:
                cache.used.update((key, _pairs_file(cache, year).name))
        elif cache is not None and cache.place_tree(key, site_dir / OUTPUT / year):
            pages += len(shown_routes)
            cache.used.add(_pairs_file(cache, year).name)
        else:
            todo[year] = (shown_routes, key)

    def index(year: str) -> int:
        year_routes = todo[year][0]
        pairs = _load_pairs(cache, year)
        if previous is not None and previous_site is not None:  # pages in two folders
            found = {r.dest_uri: site_dir / r.dest_uri for r in year_routes}
            found = {d: p if p.is_file() else previous_site / d for d, p in found.items()}
            count = index_part_from(found, site_dir, year, words, pairs)
        else:
            count = index_part_from(part_pages(site_dir, year), site_dir, year, words, pairs)
        _save_pairs(cache, year, pairs)
        return count

    with ThreadPoolExecutor(max_workers=max(1, at_once)) as pool:
        running = {year: pool.submit(index, year) for year in todo}
        for year, future in running.items():
            try:
                pages += future.result()
            except SearchIndexError as exc:
                for other in running.values():
                    other.cancel()
                raise SearchIndexError(f"search index ({year}): {exc}") from None
            if cache is not None:
                cache.keep_tree(todo[year][1], site_dir / OUTPUT / year)
    write_manifest(site_dir, list(years))
    for lang, names in entity_names(routes).items():
        path = f"{OUTPUT}/{NAMES.format(lang=lang)}"
        parts[path] = key = digest(build_digest, "names", names.decode("utf-8"))
        if previous is None or not previous.in_site(path, key):
            (site_dir / path).write_bytes(names)
    log.info(f"Search index: {pages} pages, {len(years)} part(s) by year, {len(todo)} indexed again")
    return parts


def parts_at_once(workers: int) -> int:
    """Two parts at a time on two cores or more, unless the build was asked to use one."""
    return 1 if workers == 1 else min(2, os.cpu_count() or 1)
