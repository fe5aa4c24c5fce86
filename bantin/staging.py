"""Build into a staging folder and swap it in only when the whole build succeeded.

MkDocs empties `site/` before it builds; a build that fails halfway (bad content under
`--strict`, an exception, a killed process) would leave readers a broken site. We build next to
`site/` instead and replace it with two renames at the very end.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Staging:
    """A fresh folder beside `target` that becomes `target` if the build succeeds."""

    target: Path
    folder: Path
    succeeded: bool = False
    failed: bool = False

    @classmethod
    def begin(cls, target: Path) -> Staging:
        target = target.resolve()
        target.parent.mkdir(parents=True, exist_ok=True)
        # A killed build's leftovers, or the last site still being deleted by its background
        # process: deleted in the background too, not on the user's time.
        for pattern in (f".{target.name}.new-*", f".{target.name}.old-*"):
            for leftover in target.parent.glob(pattern):
                _remove_in_background(leftover)
        folder = Path(tempfile.mkdtemp(prefix=f".{target.name}.new-", dir=target.parent))
        folder.chmod(0o755)
        return cls(target, folder)

    def finish(self) -> bool:
        """Swap the staged site in if the build succeeded, else throw it away; say which."""
        if not self.folder.exists():
            return False
        if not self.succeeded or self.failed:
            shutil.rmtree(self.folder, ignore_errors=True)
            return False
        old = None
        if self.target.exists():
            old = self.target.with_name(f".{self.target.name}.old-{self.folder.name.rsplit('-', 1)[-1]}")
            self.target.rename(old)
        self.folder.rename(self.target)
        if old is not None:
            _remove_in_background(old)
        return True


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
