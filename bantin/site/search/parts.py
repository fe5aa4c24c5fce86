"""The site's search index in parts by year, each made again only when its articles changed.

What Pagefind reads of a page (the `data-pagefind-body` element) is made of the article and the
registry alone, so a part's key is its articles' file hashes (and the build's fingerprint), not
the pages': a related list changing elsewhere re-indexes nothing. A part whose articles did not
change comes from the page cache, or is not written at all when the site being updated has it
already.
"""

from __future__ import annotations

import json
import logging
import os
import pickle
from collections.abc import Collection, Mapping
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from ..outputs import Outputs, produce
from ..routes import ArticleValues, Route
from .pagefind import NAMES, OUTPUT, SearchIndexError, entity_names, index_part_from, write_manifest
from .words import PackedWords

log = logging.getLogger("mkdocs.plugins.bantin")


def _pairs_name(year: str) -> str:
    """What the syllable pairs of a year's pages are kept as, by the page's text (see
    `index_part_from`)."""
    return f"search-pairs-{year}.pickle"


def _common_name(year: str) -> str:
    """What the pairs a year's part leaves out (`words.common`) are kept as, for the manifest
    of a build that reuses the part."""
    return f"search-common-{year}.json"


def _recall_common(outputs: Outputs, year: str) -> list[str]:
    try:
        found = json.loads(outputs.recall(_common_name(year)) or b"[]")
    except ValueError:
        return []
    return [token for token in found if isinstance(token, str)] if isinstance(found, list) else []


def _recall_pairs(outputs: Outputs, year: str) -> dict[str, PackedWords]:
    data = outputs.recall(_pairs_name(year))
    try:
        found = pickle.loads(data) if data else {}
    except (pickle.PickleError, EOFError, AttributeError, ValueError, TypeError, ImportError):
        return {}  # torn, or written by older code (a class since moved)
    if not isinstance(found, dict):
        return {}
    return {key: words for key, words in found.items() if isinstance(words, PackedWords)}


def index_parts(
    routes: Collection[Route],
    site_dir: Path,
    outputs: Outputs,
    *,
    at_once: int,
    words: Mapping[str, PackedWords] | None = None,
) -> dict[str, str]:
    """Index `site_dir`'s article pages, one part per year; return the parts' folders and keys.

    A part already there (`outputs.reuse_tree`) is not indexed again. A build applied over the
    previous site holds only the pages it changed: the others are read where `outputs.source`
    says. `at_once` parts are indexed at the same time (Pagefind keeps ~1.3 cores busy on one;
    each holds its part in memory). A part that fails raises SearchIndexError, its year named,
    once the other parts being indexed are done. `words`: the syllable pairs of the pages
    rendered by this build, by page path (`index_part_from`)."""
    years: dict[str, list[Route]] = {}
    shown_article: dict[str, str] = {}  # page → its article's file hash
    for route in routes:
        if isinstance(route.values, ArticleValues):
            years.setdefault(route.url.removeprefix("en/")[:4], []).append(route)
            shown_article[route.url] = route.values.article.file_sha256
    pages = 0
    parts: dict[str, str] = {}
    todo: dict[str, tuple[list[Route], str]] = {}  # year → its pages and key
    common_pairs: set[str] = set()  # left out of the parts' texts (`words.common`)
    for year, shown_routes in sorted(years.items()):
        shown = sorted((r.url, shown_article[r.url]) for r in shown_routes)
        key = outputs.fingerprint("search", year, shown)
        parts[f"{OUTPUT}/{year}/"] = key
        if outputs.reuse_tree(f"{OUTPUT}/{year}/", key, site_dir / OUTPUT / year):
            pages += len(shown_routes)
            outputs.still(_pairs_name(year))
            common_pairs.update(_recall_common(outputs, year))
        else:
            todo[year] = (shown_routes, key)

    def index(year: str) -> tuple[int, set[str]]:
        found = {r.dest_uri: outputs.source(r.dest_uri, site_dir / r.dest_uri) for r in todo[year][0]}
        made = index_part_from(
            dict(sorted(found.items())), site_dir, year, words, _recall_pairs(outputs, year)
        )
        outputs.remember(_pairs_name(year), pickle.dumps(made.pairs, protocol=pickle.HIGHEST_PROTOCOL))
        outputs.remember(_common_name(year), json.dumps(sorted(made.common)).encode("utf-8"))
        outputs.keep_tree(todo[year][1], site_dir / OUTPUT / year)  # here: beside the other part's Pagefind
        return made.pages, made.common

    with ThreadPoolExecutor(max_workers=max(1, at_once)) as pool:
        running = {year: pool.submit(index, year) for year in todo}
        for year, future in running.items():
            try:
                count, left_out = future.result()
            except SearchIndexError as exc:
                for other in running.values():
                    other.cancel()
                raise SearchIndexError(f"search index ({year}): {exc}") from None
            pages += count
            common_pairs |= left_out
    write_manifest(site_dir, list(years), common_pairs)
    for lang, names in entity_names(routes).items():
        path = f"{OUTPUT}/{NAMES.format(lang=lang)}"
        parts[path] = key = outputs.fingerprint("names", names.decode("utf-8"))
        produce(outputs, path, key, site_dir / path, lambda names=names: names, suffix=".json")
    log.info(f"Search index: {pages} pages, {len(years)} part(s) by year, {len(todo)} indexed again")
    return parts


def parts_at_once(workers: int) -> int:
    """Two parts at a time on two cores or more, unless the build was asked to use one."""
    return 1 if workers == 1 else min(2, os.cpu_count() or 1)
