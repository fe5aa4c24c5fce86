"""Full-text search: index the built site with Pagefind, one index per page language.

Pagefind (PyPI `pagefind[bin]`, a binary in the wheel: nothing is downloaded at build time) reads
the pages' `<html lang>` and `data-pagefind-*` attributes. Readers who type without diacritics
find Vietnamese words because Pagefind folds accents; `đ` is a letter of its own, which the
search page handles by also trying `đ` wherever a query word starts with `d`.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

OUTPUT = "pagefind"


class SearchIndexError(Exception):
    """Pagefind could not run or failed; one line for the user."""


def index_site(site_dir: Path, glob: str | None = None) -> int:
    """Index the pages of `site_dir` (those matching `glob`) into `site_dir/pagefind/`.

    Return the number of pages indexed. Only pages marked `data-pagefind-body` are indexed;
    `glob` spares Pagefind from reading the thousands of listing pages that carry none.
    """
    try:
        from pagefind.index import IndexConfig, PagefindIndex
    except ImportError as exc:  # pragma: no cover - a dependency of the package
        raise SearchIndexError(f"Pagefind is not installed ({exc}); pip install 'pagefind[bin]'") from None

    async def run() -> int:
        config = IndexConfig(output_path=str(site_dir / OUTPUT))
        async with PagefindIndex(config=config) as index:
            result = await index.add_directory(str(site_dir), glob=glob)
            return int(result["page_count"])

    try:
        pages = asyncio.run(run())
    except FileNotFoundError as exc:
        raise SearchIndexError(
            f"the Pagefind binary was not found ({exc}); pip install 'pagefind[bin]'"
        ) from None
    except Exception as exc:
        raise SearchIndexError(f"Pagefind failed: {type(exc).__name__}: {exc}") from None
    _sort_entry(site_dir / OUTPUT / "pagefind-entry.json")
    return pages


def _sort_entry(path: Path) -> None:
    """Pagefind lists languages in hash-map order; sort them so two builds are byte-identical."""
    data = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(
        json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":")), encoding="utf-8"
    )
