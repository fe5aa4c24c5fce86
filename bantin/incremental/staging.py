"""Build into a staging folder and put it in place only when the whole build succeeded.

MkDocs empties `site/` before it builds; a build that fails halfway (bad content under
`--strict`, an exception, a killed process) would leave readers a broken site. We build next to
`site/` instead (`.site.new-*`) and, at the very end, swap the folder in with two renames or,
when the build changed little, move only what changed into the site (`overlay`).

Putting the site in place is the one moment a kill could leave it neither old nor new (no
`site/` between the two renames; some files moved and not others). So that moment follows a
journal (`.site.journal` beside the site), written before the site is touched: what to do, with
what. The next build of the same site starts by completing what the journal says (every step
can be done again) and only then removes leftover folders, so the only complete copy of the
site is never deleted. Builds of one site run one at a time (`lock`): every leftover a build
finds beside the site is a dead build's.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..core.files import display_path, write_atomic
from . import overlay
from .overlay import Manifest, Plan

log = logging.getLogger("mkdocs.plugins.bantin")

JOURNAL_VERSION = 1


class PublishError(Exception):
    """The finished build could not be put in place (its record or journal not written)."""


def journal_of(target: Path) -> Path:
    return target.with_name(f".{target.name}.journal")


def pending_of(manifest_file: Path) -> Path:
    """Where a build's record waits until its site is in place (then renamed over the record)."""
    return manifest_file.with_name(f"{manifest_file.stem}.next")


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
        """Complete what a killed build left half done, clear dead builds' leftovers, and make
        the staging folder. The caller holds the site's lock."""
        target = target.resolve()
        target.parent.mkdir(parents=True, exist_ok=True)
        recover(target)
        if manifest_file is not None:
            overlay.forget(pending_of(manifest_file))  # a build killed before its journal
        for leftover in target.parent.glob(f".{target.name}.new-*"):  # never a whole site
            _remove_in_background(leftover)
        if target.is_dir():  # an old site is never the only copy while `target` is there
            for leftover in target.parent.glob(f".{target.name}.old-*"):
                _remove_in_background(leftover)
        folder = Path(tempfile.mkdtemp(prefix=f".{target.name}.new-", dir=target.parent))
        folder.chmod(0o755)
        previous = overlay.load(manifest_file, target) if manifest_file else None
        return cls(target, folder, manifest_file=manifest_file, previous=previous)

    def save_record(self) -> None:
        """Write what this build made where the next build will find it once the site is in
        place (`pending_of`); an OSError (a read-only cache) fails the build before the site is
        touched."""
        if self.manifest_file is not None and self.current is not None:
            overlay.save(pending_of(self.manifest_file), self.current)

    def finish(self) -> bool:
        """Put the staged site in place if the build succeeded, else throw it away; say which.

        Raises PublishError when the journal cannot be written (the staging folder removed, the
        site as it was) or the site cannot be put in place (the journal kept for the next build)."""
        if not self.folder.exists():
            return False
        if not self.succeeded or self.failed:
            self.discard()
            return False
        if self.overlay and self.previous is not None and self.current is not None:
            if not self.target.is_dir():  # removed while we built: what we staged is not a site
                self.discard()
                return False
            steps = overlay.plan(self.previous, self.current)
            entry = {"op": "apply", "replace": steps.replace, "gone": steps.gone}
        else:
            entry = {"op": "swap"}
        old = self.target.with_name(f".{self.target.name}.old-{self.folder.name.rsplit('-', 1)[-1]}")
        entry.update(version=JOURNAL_VERSION, staged=self.folder.name, old=old.name)
        if self.manifest_file is not None:
            entry["manifest"] = str(self.manifest_file)
        journal = journal_of(self.target)
        try:
            write_atomic(journal, json.dumps(entry, ensure_ascii=False).encode("utf-8"))
        except OSError as exc:
            self.discard()
            raise PublishError(
                f"cannot write {display_path(journal)} ({exc.strerror or exc}); "
                f"{display_path(self.target)} was left as it was"
            ) from None
        try:
            self.applied = _complete(self.target, entry)
        except OSError as exc:  # the journal stays: the next build completes what it says
            raise PublishError(f"{exc}; the next build of {display_path(self.target)} completes it") from None
        _remove_in_background(old)
        return True

    def discard(self) -> None:
        """Throw the staged build away (and the record it would have left)."""
        shutil.rmtree(self.folder, ignore_errors=True)
        if self.manifest_file is not None:
            overlay.forget(pending_of(self.manifest_file))


def recover(target: Path) -> bool:
    """Complete the putting in place of a build killed in the middle of it (see the module's
    docstring); return whether there was one. The caller holds the site's lock."""
    journal = journal_of(target)
    try:
        entry = json.loads(journal.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return False
    except (OSError, ValueError):  # written atomically, so never torn: not ours; trust nothing
        entry = None
    if not isinstance(entry, dict) or entry.get("version") != JOURNAL_VERSION:
        journal.unlink(missing_ok=True)
        return False
    log.info(f"Completing the update of {display_path(target)} that a stopped build left half done")
    _complete(target, entry)
    _remove_in_background(target.with_name(entry["old"]))
    return True


def _complete(target: Path, entry: dict[str, object]) -> int | None:
    """Do what the journal `entry` says, from wherever a killed build stopped; remove the journal
    last. Returns the number of files applied (None for a swap)."""
    staged = target.with_name(str(entry["staged"]))
    old = target.with_name(str(entry["old"]))
    manifest = Path(str(entry["manifest"])) if entry.get("manifest") else None
    applied = None
    if manifest is not None:
        overlay.forget(manifest)  # until the site is whole again
    if entry["op"] == "apply":
        if staged.is_dir() and target.is_dir():
            steps = Plan(list(entry["replace"]), list(entry["gone"]))  # type: ignore[call-overload]
            applied = overlay.apply(staged, target, steps, old)
            shutil.rmtree(staged, ignore_errors=True)  # empty folders by now
        elif staged.is_dir():  # the site was deleted since: the staged changes are no site
            shutil.rmtree(staged, ignore_errors=True)
            manifest = None
    elif staged.is_dir():  # the swap: `target` → `old`, then `staged` → `target`
        if target.exists():
            target.rename(old)
        staged.rename(target)
    if manifest is not None:
        pending = pending_of(manifest)
        if pending.exists():
            os.replace(pending, manifest)
    journal_of(target).unlink(missing_ok=True)
    return applied


def _remove_in_background(folder: Path) -> None:
    """Delete a replaced site without making the user wait (thousands of files take seconds).

    A detached grandchild process does the deleting and outlives us; if it cannot start, or is
    killed, the next build deletes the leftover folder the same way.
    """
    if not folder.exists():
        return
    if not hasattr(os, "fork"):
        shutil.rmtree(folder, ignore_errors=True)
        return
    child = os.fork()
    if child == 0:  # pragma: no cover - runs in the child processes
        try:
            if os.fork() == 0:
                os.setsid()
                nowhere = os.open(os.devnull, os.O_RDWR)
                for fd in (0, 1, 2):  # nor the output of whoever waits for the build's own
                    os.dup2(nowhere, fd)
                os.closerange(3, os.sysconf("SC_OPEN_MAX"))  # nor a lock of the build
                shutil.rmtree(folder, ignore_errors=True)
        finally:
            os._exit(0)
    os.waitpid(child, 0)
