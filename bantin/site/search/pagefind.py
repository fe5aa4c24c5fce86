"""Full-text search: index the built site with Pagefind, one index per page language.

Pagefind (PyPI `pagefind[bin]`, a binary in the wheel: nothing is downloaded at build time) reads
the pages' `<html lang>` and `data-pagefind-*` attributes. It folds diacritics (ranking the
spelling typed higher); `đ` is a letter of its own, which the search page handles by also trying
`đ` wherever a query word starts with `d`. Vietnamese words of several syllables are known by
their syllable pairs, given to Pagefind as metadata of each page (`searchwords`): Pagefind reads
pages written for it (the indexed element, the pairs), not the site's own.

The index is made in parts, one per year of articles (`pagefind/2021/`, …), listed newest first
in `pagefind/parts.json`; the search page loads the newest part and merges the others
(Pagefind's `mergeIndex`). Pagefind holds a whole index in memory while it writes it, so parts
(two at a time, by the plugin) keep a ten-year archive's build under a gigabyte, and an edit
re-indexes only its year. `pagefind/names-vi.json` and `names-en.json` hold the registry's
names, so that a query naming an entity shows the entity's page first.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..labels import LABELS
from ..urls import entity_url
from .words import Indexed, PackedWords, PageWords, common, fields

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: scratch folders of killed builds stay
    fcntl = None  # type: ignore[assignment]

if TYPE_CHECKING:
    from ..routes import Route

OUTPUT = "pagefind"
MANIFEST = "parts.json"
#: The registry's names for the search page of each language (`{lang}`): a query that names an
#: entity shows its page first.
NAMES = "names-{lang}.json"
#: Where the pages Pagefind reads are written: in memory where the system offers it, else
#: beside the site.
_SCRATCH = "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None
#: The scratch folders' names, and the file each holds locked while it is in use: a build killed
#: while indexing leaves its folder, which the next indexing removes (nobody holds its lock).
_SCRATCH_PREFIX = ".bantin-pagefind-"
_IN_USE = ".in-use"
#: What our search page uses from a Pagefind bundle; its stock UIs are left out of the site.
_KEEP = ("pagefind.", "pagefind-worker.js", "pagefind-entry.json", "wasm.", "index", "fragment")


def pagefind_timeout(pages: int) -> float:
    """How long Pagefind may take over `pages` pages before it is stopped: far more than it needs
    (it indexes hundreds of pages a second), so only a Pagefind that hangs is stopped."""
    return 120 + pages / 20


class SearchIndexError(Exception):
    """Pagefind could not run or failed; one line for the user."""


def part_glob(year: str) -> str:
    """The article pages of one year in both languages, as a glob over the site."""
    return f"{{{year},en/{year}}}/[0-9][0-9]/*/index.html"


def index_part(site_dir: Path, year: str) -> int:
    """Index one year's article pages into `site_dir/pagefind/<year>/`; return the page count."""
    return index_part_from(part_pages(site_dir, year), site_dir, year).pages


def part_pages(site_dir: Path, year: str) -> dict[str, Path]:
    """The article pages of one year in both languages: site path → file (see `part_glob`)."""
    return {
        path.relative_to(site_dir).as_posix(): path
        for folder in (site_dir / year, site_dir / "en" / year)
        for path in sorted(folder.glob("[0-9][0-9]/*/index.html"))
    }


@dataclass
class PartIndexed:
    """What indexing one part made besides its folder."""

    pages: int  # the pages Pagefind indexed
    pairs: dict[str, PackedWords]  # the pairs of the part's Vietnamese pages, by the page's text
    common: set[str]  # the pairs left out as most pages hold them (`words.common`)


def index_part_from(
    pages: Mapping[str, Path],
    site_dir: Path,
    year: str,
    words: Mapping[str, PackedWords] | None = None,
    kept: Mapping[str, PackedWords] | None = None,
) -> PartIndexed:
    """Index one year's pages, perhaps found in several folders, into `site_dir/pagefind/<year>/`.

    Pagefind reads a folder made for it (`pages`: site path → file) of what it indexes of each
    page, the Vietnamese ones with their syllable pairs as metadata (`searchwords`), in memory
    when the system has a folder there (`/dev/shm`: making a thousand small files on disk costs
    more than indexing them). A rebuild applied over the previous site stages only the pages
    that changed, so the year's pages may come from two folders. `words` holds the pairs of the
    pages rendered by this build, made while they were (`Renderer.words`); `kept` those of the
    pages the last indexing of this part read, by the page's text (a rebuild that reused a page
    does not make its pairs again); the others' are made here. The result holds the pairs of
    this part's pages, for the next indexing's `kept`.
    """
    texts = {dest: source.read_text(encoding="utf-8") for dest, source in pages.items()}
    indexed = {dest: Indexed.of(text) for dest, text in texts.items()}
    known = words or {}
    before = dict(kept or {})
    now: dict[str, PackedWords] = {}
    pairs: dict[str, PageWords] = {}
    for dest, found in indexed.items():
        if found is None or dest.startswith("en/"):
            continue
        text_key = hashlib.sha1(texts[dest].encode("utf-8")).hexdigest()
        if dest in known or text_key in before:
            now[text_key] = known[dest] if dest in known else before[text_key]
            pairs[dest] = now[text_key].unpacked()
        else:
            pairs[dest] = found.words()
            now[text_key] = pairs[dest].packed()
    metadata = fields(pairs)
    left_out = common(pairs)
    output = site_dir / OUTPUT / year
    output.parent.mkdir(parents=True, exist_ok=True)
    pages_for_pagefind = {dest: found.html(metadata.get(dest, {})) if (found := indexed[dest]) else text
                          for dest, text in texts.items()}  # fmt: skip
    del texts, indexed  # two parts are indexed at once: hold only what Pagefind reads
    with _written(pages_for_pagefind, site_dir) as tmp:
        made = output.parent / f".{year}.new"  # made by Pagefind, so with the usual permissions
        shutil.rmtree(made, ignore_errors=True)
        try:
            count = index_site(tmp, part_glob(year), made, timeout=pagefind_timeout(len(pages)))
            if output.exists():
                shutil.rmtree(output)
            os.replace(made, output)
        finally:
            shutil.rmtree(made, ignore_errors=True)
    return PartIndexed(count, now, left_out)


@contextlib.contextmanager
def _written(pages: Mapping[str, str], site_dir: Path) -> Iterator[Path]:
    """`pages` (site path → HTML) written in a temporary folder: in memory (`_SCRATCH`) unless
    that fails (a container's small /dev/shm), else beside the site."""
    places = [Path(_SCRATCH), site_dir] if _SCRATCH else [site_dir]
    for place in places:
        with contextlib.ExitStack() as stack:
            try:
                folder = stack.enter_context(_scratch(place))
                for dest, text in sorted(pages.items()):  # in one order: Pagefind reads them as listed
                    page = folder / dest
                    page.parent.mkdir(parents=True, exist_ok=True)
                    page.write_text(text, encoding="utf-8")
            except OSError:
                if place == places[-1]:
                    raise
                continue
            yield folder
            return
    raise AssertionError("unreachable")  # pragma: no cover


@contextlib.contextmanager
def _scratch(place: Path) -> Iterator[Path]:
    """A new folder in `place`, removed afterwards; its `_IN_USE` file is locked (`flock`) while
    it exists, so the folders of killed builds are known for what they are and removed."""
    for folder in place.glob(f"{_SCRATCH_PREFIX}*"):
        if _abandoned(folder):
            shutil.rmtree(folder, ignore_errors=True)
    folder = Path(tempfile.mkdtemp(dir=place, prefix=_SCRATCH_PREFIX))
    try:
        held = (folder / f"{_IN_USE}.new").open("w")
        with held:
            if fcntl is not None:
                fcntl.flock(held.fileno(), fcntl.LOCK_EX)  # locked before the name says "in use"
            os.rename(folder / f"{_IN_USE}.new", folder / _IN_USE)
            yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _abandoned(folder: Path) -> bool:
    """Whether a scratch folder's process is gone: its `_IN_USE` lock is free (a folder without
    one is being made, or not ours: left alone)."""
    if fcntl is None:
        return False
    try:
        with (folder / _IN_USE).open("rb") as held:
            fcntl.flock(held.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
    except OSError:  # held (BlockingIOError), or no such file
        return False


def write_manifest(site_dir: Path, years: list[str], common_pairs: Iterable[str] = ()) -> None:
    """List the parts for the search page, newest first, and the syllable pairs its phrase
    queries leave out (`words.common`: those most pages of some part hold)."""
    path = site_dir / OUTPUT / MANIFEST
    path.parent.mkdir(parents=True, exist_ok=True)
    manifest: dict[str, list[str]] = {"parts": sorted(years, reverse=True)}
    if left_out := sorted(set(common_pairs)):
        manifest["common"] = left_out
    path.write_text(json.dumps(manifest, separators=(",", ":")), encoding="utf-8")


def entity_names(routes: Iterable[Route]) -> dict[str, bytes]:
    """What the search page of each language needs to put an entity's page first (`NAMES`).

    For each entity page (its first page, in each language): its address, kind, name, one-line
    description, and every name a reader may type for it (name and aliases; on the English side
    the Vietnamese ones too, as English text often writes them). Sorted, so two builds write the
    same bytes."""
    found: dict[str, list[list[object]]] = {}
    for route in routes:
        entity = route.context.get("entity") if route.template == "entity.html" else None
        if entity is None or route.url != entity_url(entity, route.lang):
            continue
        english = route.lang == "en"
        names = [entity.name_en, *entity.aliases_en] if english else []
        names += [entity.name, *entity.aliases]
        found.setdefault(route.lang, []).append(
            [route.url, LABELS[route.lang].kind_singular(entity.kind), entity.name_in(route.lang),
             entity.description_en if english else entity.description, list(dict.fromkeys(names))]
        )  # fmt: skip
    return {
        lang: json.dumps(sorted(entries), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        for lang, entries in sorted(found.items())
    }


def index_site(
    site_dir: Path, glob: str | None = None, output: str | Path = OUTPUT, *, timeout: float | None = None
) -> int:
    """Index the pages of `site_dir` (those matching `glob`) into `site_dir/<output>/` (or into
    `output`, when it is an absolute path); stop Pagefind after `timeout` seconds (default: by
    the number of HTML files, `pagefind_timeout`).

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
    target = site_dir / output
    command = [str(binary), "--site", str(site_dir), "--output-path", str(target), "--silent"]
    if glob:
        command += ["--glob", glob]
    if timeout is None:
        timeout = pagefind_timeout(sum(1 for _ in site_dir.rglob("*.html")))
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, errors="replace", check=False, timeout=timeout
        )
    except subprocess.TimeoutExpired:  # `run` has killed it
        raise SearchIndexError(f"Pagefind did not finish within {timeout:.0f} s and was stopped") from None
    except OSError as exc:
        raise SearchIndexError(f"Pagefind could not start: {exc}") from None
    if done.returncode != 0:
        said = (done.stderr or done.stdout).strip().splitlines() or ["no message"]
        raise SearchIndexError(f"Pagefind failed (exit {done.returncode}): {said[-1]}")
    entry = target / "pagefind-entry.json"
    try:
        data = json.loads(entry.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SearchIndexError(f"Pagefind wrote no usable {entry.name}: {exc}") from None
    _sort_entry(entry, data)
    for path in target.iterdir():
        if not path.name.startswith(_KEEP):
            path.unlink()
    return sum(int(lang.get("page_count", 0)) for lang in data.get("languages", {}).values())


def _sort_entry(path: Path, data: dict[str, object]) -> None:
    """Pagefind lists languages in hash-map order; sort them so two builds are byte-identical."""
    path.write_text(
        json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":")), encoding="utf-8"
    )
