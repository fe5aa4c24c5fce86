"""One build at a time: of a site folder, and over a page cache.

Two builds of the same `site/` (or two processes sharing `.cache/bantin`, such as `serve` and a
build) would delete each other's staging folder, prune each other's cache entries and swap in a
site neither finished. Each takes a lock first: `flock` on a small file (`.site.lock` beside the
site, `lock` in the cache), which the system releases when the process ends however it ends, so
a killed build never leaves a lock behind (its render workers, forked while it held the lock,
hold it until they have stopped too: nothing of a killed build still writes when the next one
starts). A second build waits for the first, saying so once.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import IO

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: builds are not locked there
    fcntl = None  # type: ignore[assignment]


class LockError(Exception):
    """The lock file cannot be made (a read-only folder); one line for the user."""


def lock_beside(folder: Path) -> Path:
    """The lock file of a site folder: `.site.lock` next to `site/` (never inside what is published)."""
    return folder.with_name(f".{folder.name}.lock")


class Lock:
    """An exclusive lock on `path`, held from `acquire` until `release` or the process's end."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._file: IO[str] | None = None

    def acquire(self, waiting: Callable[[str], None]) -> None:
        """Take the lock; if another process holds it, call `waiting` once (with what holds it)
        and wait for it."""
        if fcntl is None or self._file is not None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            file = self.path.open("a+", encoding="utf-8")
        except OSError as exc:
            raise LockError(f"cannot make the lock file {self.path}: {exc.strerror or exc}") from None
        try:
            try:
                fcntl.flock(file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                file.seek(0)
                holder = file.read().strip()
                waiting(f"process {holder}" if holder.isdigit() else "another process")
                fcntl.flock(file.fileno(), fcntl.LOCK_EX)
            file.seek(0)
            file.truncate()
            file.write(f"{os.getpid()}\n")  # for the message of the next one to wait
            file.flush()
        except BaseException:
            file.close()
            raise
        self._file = file

    def release(self) -> None:
        """Let the next build in: unlocked explicitly, since processes forked while it was held
        (render workers, the background removal of an old site) share the lock until then."""
        if self._file is not None:
            with contextlib.suppress(OSError):
                self._file.truncate(0)
                if fcntl is not None:
                    fcntl.flock(self._file.fileno(), fcntl.LOCK_UN)
            self._file.close()
            self._file = None

    @property
    def held(self) -> bool:
        return self._file is not None
