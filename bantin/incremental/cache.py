"""The page cache: rendered files kept by fingerprint, so a rebuild reuses what did not change.

A page is kept as a hard link to the file the build wrote (copying every page of a large site
into the cache doubled a cold build's writing), under `<cache>/<fp[:2]>/<fp>.<mtime><suffix>`:
the name holds the file's modification time when it was kept. A page edited in place in `site/`
(by hand, by another plugin) is the cache's entry too, but its time then differs from the one in
the name, so the entry is dropped instead of published again (`place`). The build itself never
writes through a name it did not make (`outputs.produce` writes a new file). A page's link is
made under its final name at once (a link is whole or absent); a copy, where links cannot be
made, and a folder's file are made under a temporary name and renamed, so a build killed while
keeping one leaves none, never half of one. A folder (a search part: thousands of small
fragments) is kept as one file of its files' names and bytes (`keep_tree`), and placed as new
files. The small data kept per page is one file for all pages (`DATA_FILE`). Entries not used
by the last build are pruned, so the cache is one site's worth.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import shutil
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from ..core.files import write_atomic
from ..site.workers import few_cycles

#: Every cached page's data (the links its body holds), by fingerprint, in one pickle.
DATA_FILE = "data.pickle"
#: Ends the entry of a kept folder (`keep_tree`).
_TREE = ".tree"


@dataclass
class PageCache:
    """Fingerprint → file.

    `used` collects the entries this process placed or kept (`<fp><suffix>`), for pruning after
    the build.
    """

    root: Path
    used: set[str] = field(default_factory=set)
    _made: set[str] = field(default_factory=set)  # cache folders known to exist
    #: By a fingerprint's first two characters: its entries' folder, as text, and their names
    #: in it (`_names`). Text, not `Path`s: a page's entry is named and linked with no `Path`
    #: made or hashed (a tenth of writing a page, file system apart).
    _folders: dict[str, tuple[str, dict[str, str]]] = field(default_factory=dict)
    _data: dict[str, Any] | None = None

    def _folder_of(self, folder: str) -> None:
        """Make an entries' folder once per process (256 folders, thousands of entries)."""
        if folder not in self._made:
            os.makedirs(folder, exist_ok=True)
            self._made.add(folder)

    def _folder(self, fingerprint: str) -> tuple[str, dict[str, str]]:
        """The folder of `fingerprint`'s entry and the names of the entries in it, read once."""
        known = self._folders.get(fingerprint[:2])
        if known is None:
            folder = self.root / fingerprint[:2]
            known = self._folders[fingerprint[:2]] = (str(folder), _names(folder))
        return known

    def place(self, fingerprint: str, target: Path, suffix: str = ".html") -> bool:
        """Put the cached file for `fingerprint` at `target`; False if there is none, or if it
        was changed since it was kept (then it is dropped)."""
        folder, names = self._folder(fingerprint)
        name = names.get(f"{fingerprint}{suffix}")
        if name is None:
            return False
        entry = Path(folder, name)
        try:
            changed = entry.stat().st_mtime_ns != int(name.split(".")[1])
        except OSError:
            changed = True
        if changed:  # written through another of its names since it was kept: not ours any more
            entry.unlink(missing_ok=True)
            del names[f"{fingerprint}{suffix}"]
            return False
        target.parent.mkdir(parents=True, exist_ok=True)
        _link(entry, target)
        self.used.add(f"{fingerprint}{suffix}")
        return True

    def keep(self, fingerprint: str, written: Path, suffix: str = ".html") -> None:
        """Remember a file just written for `fingerprint` (a link to it, named with its time)."""
        folder, names = self._folder(fingerprint)
        self._folder_of(folder)
        name = f"{fingerprint}.{os.stat(written).st_mtime_ns}{suffix}"
        entry = f"{folder}/{name}"
        try:
            os.link(written, entry)  # a link is made whole or not at all
        except FileExistsError:  # kept before: the same file, or another with the same time
            if not os.path.samefile(entry, written):
                _replace(written, Path(entry), Path(folder, f".{fingerprint}{suffix}.{os.getpid()}.tmp"))
        except OSError:  # no links here: a copy, made aside and renamed
            _replace(written, Path(entry), Path(folder, f".{fingerprint}{suffix}.{os.getpid()}.tmp"))
        key = f"{fingerprint}{suffix}"
        old = names.get(key)
        if old is not None and old != name:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(f"{folder}/{old}")
        names[key] = name
        self.used.add(key)

    def data(self, fingerprint: str) -> Any:
        """Small data kept for a page (the links its body contains); None if absent.

        All pages' data is one file, read on first use: a file per page would cost a new file
        per article on every cold build, which on some file systems is most of writing it."""
        if self._data is None:
            self._data = load_pickle(self.root / DATA_FILE, dict) or {}
        return self._data.get(fingerprint)

    def save_data(self, entries: dict[str, Any]) -> None:
        """Replace the kept data by `entries` (fingerprint → data) for the next build."""
        self.root.mkdir(parents=True, exist_ok=True)
        save_pickle(self.root / DATA_FILE, entries)
        self._data = dict(entries)

    def prune(self, used: set[str]) -> int:
        """Remove entries no build step used this time; return how many."""
        removed = 0
        if not self.root.is_dir():
            return 0
        for folder in self.root.iterdir():
            if not folder.is_dir():
                continue
            for entry in folder.iterdir():
                if entry.name not in used and _unstamped(entry.name) not in used:
                    if entry.is_dir():
                        shutil.rmtree(entry, ignore_errors=True)
                    else:
                        entry.unlink(missing_ok=True)
                    removed += 1
        return removed

    def place_tree(self, fingerprint: str, target: Path) -> bool:
        """Put a cached folder (a search part) at `target`; False if there is none."""
        entry = self.root / fingerprint[:2] / tree_entry(fingerprint)
        files = load_pickle(entry, list)
        if files is None or not all(_packed_file(item) for item in files):
            return False
        made: set[Path] = set()
        for name, data in files:
            destination = target / name
            if destination.parent not in made:
                destination.parent.mkdir(parents=True, exist_ok=True)
                made.add(destination.parent)
            _write_new(destination, data)
        self.used.add(entry.name)
        return True

    def keep_tree(self, fingerprint: str, written: Path) -> None:
        """Remember a folder just written (a search part) as one file of its files' names and
        bytes: a part is thousands of small fragments, and making as many files in the cache
        cost more than indexing them."""
        entry = self.root / fingerprint[:2] / tree_entry(fingerprint)
        self._folder_of(str(entry.parent))
        files: list[tuple[str, bytes]] = []
        for folder, _, names in os.walk(written):
            inside = Path(folder).relative_to(written).as_posix()
            for name in names:
                with open(os.path.join(folder, name), "rb") as stream:
                    files.append((name if inside == "." else f"{inside}/{name}", stream.read()))
        save_pickle(entry, sorted(files))
        self.used.add(entry.name)


def tree_entry(fingerprint: str) -> str:
    """The name of a kept folder's entry (`keep_tree`), as `used` holds it."""
    return f"{fingerprint}{_TREE}"


def _names(folder: Path) -> dict[str, str]:
    """`<fp><suffix>` → the entry's file name in `folder` (none if there is no folder)."""
    names: dict[str, str] = {}
    with contextlib.suppress(OSError):
        for name in os.listdir(folder):
            if (key := _unstamped(name)) != name:
                names[key] = name
    return names


def _unstamped(name: str) -> str:
    """An entry's name without the time `keep` put in it (`<fp>.<mtime><suffix>` → `<fp><suffix>`)."""
    fingerprint, dot, rest = name.partition(".")
    stamp, dot, suffix = rest.partition(".")
    return f"{fingerprint}.{suffix}" if dot and stamp.isdigit() else name


def _link(source: Path, target: Path) -> None:
    """`target` as another name of `source` (a copy where links cannot be made: another file
    system), replacing whatever `target` named."""
    target.unlink(missing_ok=True)
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)  # the modification time too, as a link has it


def _replace(source: Path, target: Path, temp: Path) -> None:
    """`target` as another name of `source` (or a copy), made at `temp` then renamed over it: a
    reader of `target` sees the old file or the new one, never a part of one."""
    try:
        _link(source, temp)
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)


def _write_new(target: Path, data: bytes) -> None:
    """`data` as a new file at `target`, never written through one already there (it could be
    another name of something else)."""
    try:
        out = target.open("xb")
    except FileExistsError:
        target.unlink()
        out = target.open("xb")
    with out:
        out.write(data)


def _packed_file(item: object) -> bool:
    """Whether an item of a kept folder is a relative path inside it and its bytes."""
    if not (isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], bytes)):
        return False
    name = item[0]
    return isinstance(name, str) and bool(name) and not name.startswith("/") and ".." not in name.split("/")


def load_pickle(path: Path, kind: type) -> Any:
    """What `save_pickle` wrote at `path` if it is a `kind`, else None (absent, torn, older code)."""
    try:
        with path.open("rb") as stream, few_cycles():  # many objects, no cycles
            value = pickle.load(stream)
    except (OSError, EOFError, pickle.UnpicklingError, ValueError, TypeError, AttributeError, ImportError):
        return None
    return value if isinstance(value, kind) else None


def save_pickle(path: Path, value: Any) -> None:
    """Write `value` to `path` atomically (a reader sees the old file or the new one)."""
    # No fsync: a pickle torn by a crash reads as absent (`load_pickle`), and the build is cold.
    write_atomic(path, partial(pickle.dump, value, protocol=pickle.HIGHEST_PROTOCOL), sync=False)


def load_articles(path: Path, code: str) -> dict[tuple[str, str], tuple[Any, bytes]]:
    """Articles parsed by the last build with the same code, by (path, sha256), each with its
    pickled bytes (a build that saves them again keeps the bytes of those it did not parse);
    {} if none, or if any is unreadable."""
    saved = load_pickle(path, tuple)
    if saved is None or len(saved) != 2 or saved[0] != code or not isinstance(saved[1], dict):
        return {}
    try:
        with few_cycles():
            return {key: (pickle.loads(data), data) for key, data in saved[1].items()}
    except (EOFError, pickle.UnpicklingError, ValueError, TypeError, AttributeError, ImportError):
        return {}


def save_articles(
    path: Path, code: str, articles: dict[tuple[str, str], Any], known: Mapping[tuple[str, str], bytes]
) -> None:
    """Keep the parsed articles for the next build (written atomically), each pickled on its
    own: those the last build kept (`known`, by key) are not pickled again."""
    packed = {
        key: known.get(key) or pickle.dumps(article, protocol=pickle.HIGHEST_PROTOCOL)
        for key, article in articles.items()
    }
    save_pickle(path, (code, packed))
