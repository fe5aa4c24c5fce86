"""Build into a staging folder and swap it in only when the whole build succeeded.

MkDocs empties `site/` before it builds; a build that fails halfway (bad content under
`--strict`, an exception, a killed process) would leave readers a broken site. We build next to
`site/` instead and replace it with two renames at the very end, or, when the build changed
little, move only what changed into it (`bantin.incremental.overlay`).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from . import overlay
from .overlay import Manifest


@dataclass
class Staging:
    """A fresh folder beside `target` that becomes `target` if the build succeeds."""

    target: Path
    folder: Path
    succeeded: bool = False
    failed: bool = False
    #: Where the manifest of `target` is kept (None: no manifest, every build a full one).
    manifest_file: Path | None = None
    #: What the site now in `target` was built from, if that is known.
    previous: Manifest | None = None
    #: What this build makes (set by the plugin before the end); with `overlay`, the folder
    #: holds only the files that changed and is applied over `target`.
    current: Manifest | None = None
    overlay: bool = False
    #: Files and folders moved or removed when the build was applied over the site.
    applied: int | None = None

    @classmethod
    def begin(cls, target: Path, manifest_file: Path | None = None) -> Staging:
        target = target.resolve()
        target.parent.mkdir(parents=True, exist_ok=True)
        # A killed build's leftovers, or the last site still being deleted by its background
        # process: deleted in the background too, not on the user's time.
        for pattern in (f".{target.name}.new-*", f".{target.name}.old-*"):
            for leftover in target.parent.glob(pattern):
                _remove_in_background(leftover)
        folder = Path(tempfile.mkdtemp(prefix=f".{target.name}.new-", dir=target.parent))
        folder.chmod(0o755)
        previous = overlay.load(manifest_file, target) if manifest_file else None
        return cls(target, folder, manifest_file=manifest_file, previous=previous)

    def finish(self) -> bool:
        """Swap the staged site in if the build succeeded, else throw it away; say which."""
        if not self.folder.exists():
            return False
        if not self.succeeded or self.failed:
            shutil.rmtree(self.folder, ignore_errors=True)
            return False
        if self.manifest_file is not None:
            overlay.forget(self.manifest_file)  # until the site is whole again
        if self.overlay and self.previous is not None and self.current is not None:
            if not self.target.is_dir():  # removed while we built: what we staged is not a site
                shutil.rmtree(self.folder, ignore_errors=True)
                return False
            trash = self._old
            self.applied = overlay.apply(self.folder, self.target, self.previous, self.current, trash)
            shutil.rmtree(self.folder, ignore_errors=True)  # empty folders by now
            _remove_in_background(trash)
        else:
            self._swap()
        if self.manifest_file is not None and self.current is not None:
            overlay.save(self.manifest_file, self.current)
        return True

    @property
    def _old(self) -> Path:
        """Where what this build replaces in the site goes before it is deleted (matched by the
        leftover pattern in `begin`)."""
        return self.target.with_name(f".{self.target.name}.old-{self.folder.name.rsplit('-', 1)[-1]}")

    def _swap(self) -> None:
        old = None
        if self.target.exists():
            old = self._old
            self.target.rename(old)
        self.folder.rename(self.target)
        if old is not None:
            _remove_in_background(old)


def _remove_in_background(folder: Path) -> None:
    """Delete the replaced site without making the user wait (thousands of files take seconds).

    A detached grandchild process does the deleting and outlives us; if it cannot start, or is
    killed, the next build deletes the leftover folder the same way.
    """
    if not hasattr(os, "fork"):
        shutil.rmtree(folder, ignore_errors=True)
        return
    child = os.fork()
    if child == 0:  # pragma: no cover - runs in the child processes
        try:
            if os.fork() == 0:
                os.setsid()
                shutil.rmtree(folder, ignore_errors=True)
        finally:
            os._exit(0)
    os.waitpid(child, 0)
