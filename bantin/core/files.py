"""Files as the whole house handles them: which are articles, how to name one, how to write one.

Each job has one implementation here, so the build, `tag`, `translate` and the importer agree on
which Markdown files are articles and a reader never sees a half-written file.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import BinaryIO

#: The process's umask, read once (setting it is the only way to read it).
_UMASK = os.umask(0o022)
os.umask(_UMASK)


def display_path(path: Path) -> str:
    """How to name a file in messages: relative to the working folder when inside it."""
    try:
        rel = os.path.relpath(path)
    except ValueError:
        return str(path)
    return str(path) if rel.startswith("..") else rel


def markdown_files(paths: Iterable[Path], refused: list[Path] | None = None) -> list[Path]:
    """The Markdown files named, and those under the folders named (sorted within each folder),
    each once, in a stable order.

    In a folder, hidden files and folders are skipped, as MkDocs skips them: the importer's
    temporary `.import-*.md`, an editor's backup or swap file are not articles. With `refused`,
    a file that is a link out of the folder named (or, named itself, out of its own folder) is
    put there instead of returned: the tools that edit articles read nothing elsewhere through
    one."""
    found: list[Path] = []
    seen: set[object] = set()
    for path in paths:
        if path.is_dir():
            inside = sorted(
                p for p in path.rglob("*.md")
                if not any(part.startswith(".") for part in p.relative_to(path).parts) and p.is_file()
            )  # fmt: skip
            folder = path
        else:
            inside, folder = [path], path.parent
        for file in inside:
            if refused is not None and file.exists() and leads_out(file, folder):
                refused.append(file)
                continue
            key = _identity(file)
            if key not in seen:
                seen.add(key)
                found.append(file)
    return found


LEADS_OUT = "a link to a file outside the project: not read"


def leads_out(path: Path, root: Path) -> bool:
    """Whether `path`, or a folder on the way to it, is a link to somewhere outside `root`: content
    is untrusted, and nothing outside the project may be read or published through it."""
    try:
        return not path.resolve().is_relative_to(root.resolve())
    except (OSError, RuntimeError):  # a loop of links
        return True


def leads_out_of(root: Path) -> Callable[[Path], bool]:
    """`leads_out(path, root)` for many paths: each folder resolved once, then a file that is
    not a link itself leads where its folder does (one `lstat`, where resolving it costs one per
    folder above it: ~50 -> ~5 us a file, 0.25 s of a build's reading at 5,000 articles)."""
    folders: dict[Path, bool] = {}

    def leads(path: Path) -> bool:
        try:
            if path.is_symlink():
                return leads_out(path, root)
        except OSError:
            return True
        folder = path.parent
        found = folders.get(folder)
        if found is None:
            found = folders[folder] = leads_out(folder, root)
        return found

    return leads


def _identity(file: Path) -> object:
    """What tells two names of one file apart from two files: its device and inode (one
    `stat`, where resolving the path costs one per folder above it), else its resolved path."""
    try:
        found = file.stat()
    except OSError:
        return file.resolve()
    return (found.st_dev, found.st_ino)


def write_atomic(
    path: Path,
    data: bytes | Callable[[BinaryIO], object],
    *,
    sync: bool = True,
    before_replace: Callable[[], None] | None = None,
) -> None:
    """Replace `path` by `data` (bytes, or a function writing to the open file) in one step.

    A reader sees the old file or the new one, never half of it: the data goes to a temporary
    file beside `path` (named `.<name>.*.tmp`), flushed to disk (`sync`; a cache's copies of
    thousands of pages skip it) and renamed over `path`. The new file keeps the old one's
    permissions, or has the usual ones (a page copied into the site must be readable by the
    web server). `before_replace` may raise to leave `path` as it is (the temporary file is
    removed either way)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            if isinstance(data, bytes):
                out.write(data)
            else:
                data(out)
            if sync:
                out.flush()
                os.fsync(out.fileno())
        try:
            mode = path.stat().st_mode & 0o7777
        except FileNotFoundError:
            mode = 0o666 & ~_UMASK  # as `open` would make it, not mkstemp's owner-only 0600
        with contextlib.suppress(OSError):
            os.chmod(temp, mode)
        if before_replace is not None:
            before_replace()
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
