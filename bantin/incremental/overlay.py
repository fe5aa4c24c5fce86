"""A rebuild that changed little is applied over the previous site instead of replacing it.

A full build writes every file of the site into a staging folder and swaps the folder in. For a
rebuild after one edit that means laying out ~49,000 files at 10,000 articles, and deleting as
many behind it, to change a few dozen. So each successful build records what it wrote (its
manifest, kept in the cache, never in the site): every page, feed and search part with its
fingerprint, and the other files. When the next build finds most outputs unchanged, it stages
only what changed and moves that into the site at the end.

Safety is the same as the swap's for a failing build (nothing reaches the site before the whole
build succeeded). Moving the files in takes a moment: it follows a plan (`Plan`) written to a
journal first (`staging`), and every step of it can be done again, so a build killed in that
moment is completed by the next one. An output the record says is in the site but which is not
there (deleted by hand) is made again (`Manifest.in_site`).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..core.files import write_atomic

#: Bump when the manifest's layout changes.
VERSION = 1


@dataclass
class Manifest:
    """What one build wrote into a site folder.

    `keyed`: a page, feed or search part (a folder, its path ending in "/") → its fingerprint.
    `files`: everything else (MkDocs' static files and plain pages, sitemap, robots.txt…).
    `links`: links written in content, per content file, of the pages in `keyed`.
    """

    site: str
    keyed: dict[str, str] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)
    links: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)

    def unchanged(self, path: str, fingerprint: str) -> bool:
        return bool(fingerprint) and self.keyed.get(path) == fingerprint

    def in_site(self, path: str, fingerprint: str) -> bool:
        """Unchanged, and still in the site (a file of the record deleted by hand is made again)."""
        return self.unchanged(path, fingerprint) and os.path.exists(os.path.join(self.site, path))


def manifest_path(cache_root: Path, target: Path) -> Path:
    """One manifest per site folder (`site/`, `-d other/`), so each stays valid on its own."""
    name = hashlib.sha256(str(target.resolve()).encode()).hexdigest()[:16]
    return cache_root / "sites" / f"{name}.json"


def load(path: Path, target: Path) -> Manifest | None:
    """The manifest of the site now in `target`; None when there is no trustworthy one."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("version") != VERSION or data.get("site") != str(target):
        return None
    if not target.is_dir():
        return None
    links = {uri: [tuple(link) for link in found] for uri, found in data.get("links", {}).items()}
    return Manifest(str(target), dict(data.get("keyed", {})), list(data.get("files", [])), links)  # type: ignore[arg-type]


def save(path: Path, manifest: Manifest) -> None:
    data = {
        "version": VERSION,
        "site": manifest.site,
        "keyed": manifest.keyed,
        "files": sorted(manifest.files),
        "links": manifest.links,
    }
    write_atomic(path, json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))


def forget(path: Path) -> None:
    """The site is about to change outside our control (or mid-way): trust it no more."""
    try:
        path.unlink()
    except (FileNotFoundError, NotADirectoryError):  # none (a file where its folder would be: none)
        pass


def files_in(folder: Path) -> list[str]:
    """Every file under `folder`, as site paths."""
    found = []
    for root, _, names in os.walk(folder):
        base = Path(root).relative_to(folder).as_posix()
        found += [name if base == "." else f"{base}/{name}" for name in names]
    return found


@dataclass
class Plan:
    """What applying a staged build over a site does besides moving the staged files in.

    `replace`: search parts (keyed folders) made again, whose old folder goes first; `gone`:
    what the previous build made and this one does not."""

    replace: list[str] = field(default_factory=list)
    gone: list[str] = field(default_factory=list)


def plan(previous: Manifest, current: Manifest) -> Plan:
    made = set(current.keyed) | set(current.files)
    return Plan(
        replace=sorted(path for path in current.keyed if path.endswith("/")),
        gone=[path for path in (*previous.keyed, *previous.files) if path not in made],
    )


def apply(staged: Path, target: Path, steps: Plan, trash: Path) -> int:
    """Move what `staged` holds into `target`, then remove what the new build no longer makes;
    return how many files and folders were moved or removed.

    Every step may be done again after a kill at any point of it (what has moved is no longer
    in `staged`; what is gone stays gone): the journal's way to complete it. A search part (a
    keyed folder) that was made again replaces its old folder as a whole; old folders go to
    `trash` (deleted by the caller, in the background)."""
    trash.mkdir(parents=True, exist_ok=True)
    for path in steps.replace:
        if (staged / path).is_dir() and (target / path).exists():
            _discard(target / path, trash)
    moved = _move_tree(staged, target)
    for path in steps.gone:
        where = target / path
        if where.is_dir() and not where.is_symlink():
            _discard(where, trash)
        else:
            where.unlink(missing_ok=True)
    _prune_empty(target, [(target / path.rstrip("/")).parent for path in steps.gone])
    return moved + len(steps.gone)


def _move_tree(staged: Path, target: Path) -> int:
    """Each staged file to the same place in `target`; a folder `target` lacks moves whole."""
    moved = 0
    for root, folders, names in os.walk(staged):
        here = Path(root)
        there = target / here.relative_to(staged)
        for name in list(folders):
            if not (there / name).exists():
                os.rename(here / name, there / name)
                folders.remove(name)
                moved += 1
        for name in names:
            os.replace(here / name, there / name)
            moved += 1
    return moved


def _discard(path: Path, trash: Path) -> None:
    os.rename(path, Path(tempfile.mkdtemp(dir=trash)) / path.name)


def _prune_empty(target: Path, folders: Iterable[Path]) -> None:
    """Remove folders left empty by removed pages, up to (not including) `target`."""
    for folder in sorted(set(folders), key=lambda p: len(p.parts), reverse=True):
        while folder != target and folder.is_relative_to(target):
            try:
                folder.rmdir()
            except OSError:  # not empty, or already gone
                break
            folder = folder.parent
