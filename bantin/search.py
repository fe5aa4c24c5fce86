"""Full-text search: index the built site with Pagefind, one index per page language.

Pagefind (PyPI `pagefind[bin]`, a binary in the wheel: nothing is downloaded at build time) reads
the pages' `<html lang>` and `data-pagefind-*` attributes. Readers who type without diacritics
find Vietnamese words because Pagefind folds accents; `đ` is a letter of its own, which the
search page handles by also trying `đ` wherever a query word starts with `d`.

The index is made in parts, one per year of articles (`pagefind/2021/`, …), listed newest first
in `pagefind/parts.json`; the search page loads the newest part and merges the others
(Pagefind's `mergeIndex`). Pagefind holds a whole index in memory while it writes it, so parts
(two at a time, by the plugin) keep a ten-year archive's build under a gigabyte, and an edit
re-indexes only its year.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from collections.abc import Mapping
from pathlib import Path

OUTPUT = "pagefind"
MANIFEST = "parts.json"
#: What our search page uses from a Pagefind bundle; its stock UIs are left out of the site.
_KEEP = ("pagefind.", "pagefind-worker.js", "pagefind-entry.json", "wasm.", "index", "fragment")


class SearchIndexError(Exception):
    """Pagefind could not run or failed; one line for the user."""


def part_glob(year: str) -> str:
    """The article pages of one year in both languages, as a glob over the site."""
    return f"{{{year},en/{year}}}/[0-9][0-9]/*/index.html"


def index_part(site_dir: Path, year: str) -> int:
    """Index one year's article pages into `site_dir/pagefind/<year>/`; return the page count."""
    return index_site(site_dir, part_glob(year), f"{OUTPUT}/{year}")


def index_part_from(pages: Mapping[str, Path], site_dir: Path, year: str) -> int:
    """Index one year's pages found in several folders into `site_dir/pagefind/<year>/`.

    A rebuild applied over the previous site stages only the pages that changed; Pagefind needs
    the whole year in one folder, so it gets one made of hard links (`pages`: site path → file).
    """
    with tempfile.TemporaryDirectory(dir=site_dir, prefix=".pagefind-") as tmp:
        root = Path(tmp)
        for dest, source in pages.items():
            link = root / dest
            link.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(source, link)
            except OSError:
                shutil.copyfile(source, link)
        count = index_part(root, year)
        output = site_dir / OUTPUT / year
        output.parent.mkdir(parents=True, exist_ok=True)
        os.replace(root / OUTPUT / year, output)
    return count


def write_manifest(site_dir: Path, years: list[str]) -> None:
    """List the parts for the search page, newest first."""
    path = site_dir / OUTPUT / MANIFEST
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        json.dumps({"parts": sorted(years, reverse=True)}, separators=(",", ":")), encoding="utf-8"
    )


def index_site(site_dir: Path, glob: str | None = None, output: str = OUTPUT) -> int:
    """Index the pages of `site_dir` (those matching `glob`) into `site_dir/<output>/`.

    Return the number of pages indexed. Only pages marked `data-pagefind-body` are indexed;
    `glob` spares Pagefind from reading the thousands of listing pages that carry none.

    Pagefind runs as its own command, not through its Python service API: the service is
    killed right after answering `WriteFiles`, sometimes before its buffered writes reach the
    disk (an empty `pagefind-entry.json` under load); the command exits only once they have.
    """
    try:
        from pagefind.service import get_executable
    except ImportError as exc:  # pragma: no cover - a dependency of the package
        raise SearchIndexError(f"Pagefind is not installed ({exc}); pip install 'pagefind[bin]'") from None
    binary = get_executable()  # PAGEFIND_BINARY_PATH, then the extended or plain wheel, then PATH
    if binary is None:
        raise SearchIndexError("the Pagefind binary was not found; pip install 'pagefind[bin]'")
    command = [str(binary), "--site", str(site_dir), "--output-subdir", output, "--silent"]
    if glob:
        command += ["--glob", glob]
    try:
        done = subprocess.run(command, capture_output=True, text=True, errors="replace", check=False)
    except OSError as exc:
        raise SearchIndexError(f"Pagefind could not start: {exc}") from None
    if done.returncode != 0:
        said = (done.stderr or done.stdout).strip().splitlines() or ["no message"]
        raise SearchIndexError(f"Pagefind failed (exit {done.returncode}): {said[-1]}")
    entry = site_dir / output / "pagefind-entry.json"
    try:
        data = json.loads(entry.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SearchIndexError(f"Pagefind wrote no usable {entry.name}: {exc}") from None
    _sort_entry(entry, data)
    for path in (site_dir / output).iterdir():
        if not path.name.startswith(_KEEP):
            path.unlink()
    return sum(int(lang.get("page_count", 0)) for lang in data.get("languages", {}).values())


def _sort_entry(path: Path, data: dict[str, object]) -> None:
    """Pagefind lists languages in hash-map order; sort them so two builds are byte-identical."""
    path.write_text(
        json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":")), encoding="utf-8"
    )
