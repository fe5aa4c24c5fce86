"""Putting a finished build in place survives a kill at any step: the next build completes it.

A kill is simulated at every file-system step of `Staging.finish` in turn (that step and every
later one raise, as nothing runs after SIGKILL); then the next build's start (`recover`) must
leave the site equal to the previous build or the new one, with a record that matches it, and
never delete the only complete copy.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from bantin.incremental import overlay, staging
from bantin.incremental.overlay import Manifest
from bantin.incremental.staging import Staging, journal_of, pending_of, recover

OLD = {
    "index.html": b"home 1",
    "a/index.html": b"page a 1",
    "b/index.html": b"page b",
    "pagefind/2021/pagefind-entry.json": b"entry 1",
    "pagefind/2021/fragment/f1": b"fragment 1",
    "sitemap.xml": b"sitemap 1",
}
NEW = {
    "index.html": b"home 1",
    "a/index.html": b"page a 2",
    "c/d/index.html": b"page c",
    "pagefind/2021/pagefind-entry.json": b"entry 2",
    "pagefind/2021/fragment/f2": b"fragment 2",
    "sitemap.xml": b"sitemap 2",
}


class Killed(BaseException):
    """What SIGKILL does to the rest of a build: nothing more runs (not even `except OSError`)."""


def _write(folder: Path, files: dict[str, bytes]) -> None:
    for path, data in files.items():
        (folder / path).parent.mkdir(parents=True, exist_ok=True)
        (folder / path).write_bytes(data)


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _manifest(site: Path, files: dict[str, bytes]) -> Manifest:
    keyed = {path: data.decode() for path, data in files.items() if path.endswith(".html")}
    keyed["pagefind/2021/"] = files["pagefind/2021/pagefind-entry.json"].decode()
    return Manifest(str(site), keyed, ["sitemap.xml"])


def _prepare(tmp_path: Path, *, apply: bool, first: bool = False) -> Staging:
    """A site built before (unless `first`) and a finished build staged beside it."""
    site = tmp_path / "site"
    manifest_file = tmp_path / "cache" / "sites" / "x.json"
    tmp_path.mkdir(parents=True, exist_ok=True)
    if not first:
        site.mkdir(parents=True)
        _write(site, OLD)
        overlay.save(manifest_file, _manifest(site.resolve(), OLD))
    stage = Staging.begin(site, manifest_file)
    assert (stage.previous is not None) == (not first)
    current = _manifest(site.resolve(), NEW)
    if apply:  # only what changed is staged
        _write(stage.folder, {p: d for p, d in NEW.items() if OLD.get(p) != d and p != "index.html"})
        (stage.folder / "pagefind" / "2021" / "fragment" / "f1").unlink(missing_ok=True)
    else:
        _write(stage.folder, NEW)
    stage.current, stage.overlay, stage.succeeded = current, apply, True
    stage.save_record()
    return stage


@pytest.fixture(autouse=True)
def _no_background_removal(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(staging, "_remove_in_background", lambda folder: shutil.rmtree(folder, True))
    yield


STEPS = ("rename", "replace", "unlink", "rmdir", "mkdir", "open")


def _killed_at(monkeypatch: pytest.MonkeyPatch, step: int) -> list[int]:
    """Make the `step`-th write to the file system, and every later one, raise Killed."""
    count = [0]
    real_open = os.open

    def wrap(name: str) -> None:
        real = getattr(os, name)

        def patched(*args: object, **kwargs: object) -> object:
            if name == "open" and not (int(args[1]) & (os.O_WRONLY | os.O_RDWR)):  # type: ignore[call-overload]
                return real_open(*args, **kwargs)  # type: ignore[arg-type]
            count[0] += 1
            if count[0] > step:
                raise Killed
            return real(*args, **kwargs)

        monkeypatch.setattr(os, name, patched)

    for name in STEPS:
        wrap(name)
    return count


@pytest.mark.parametrize("apply", [False, True], ids=["swap", "apply"])
def test_a_kill_at_any_step_of_putting_the_site_in_place_is_completed_by_the_next_build(
    tmp_path: Path, apply: bool
) -> None:
    counting = _prepare(tmp_path / "count", apply=apply)
    with pytest.MonkeyPatch.context() as mp:  # how many steps a finish takes
        counted = _killed_at(mp, 10**9)
        counting.finish()
    steps = counted[0]
    assert steps > 8
    half_done = 0  # kills that left the site neither old nor new until the next build
    for step in range(steps + 1):
        root = tmp_path / str(step)
        stage = _prepare(root, apply=apply)
        with pytest.MonkeyPatch.context() as mp:
            _killed_at(mp, step)
            try:
                stage.finish()
            except Killed:
                pass
        site, manifest_file = root / "site", root / "cache" / "sites" / "x.json"
        half_done += not site.is_dir() or _tree(site) not in (OLD, NEW)
        recover(site.resolve())
        assert not journal_of(site).exists()
        after = _tree(site)
        assert after in (OLD, NEW), f"killed at step {step} of {steps}: {sorted(after)}"
        record = overlay.load(manifest_file, site.resolve())
        if record is not None:  # a record, when there is one, is the site's
            assert record.keyed == _manifest(site.resolve(), after).keyed, f"step {step}"
        if step == steps:
            assert after == NEW and record is not None
        again = Staging.begin(site, manifest_file)  # the next build starts: leftovers go
        assert _tree(site) == after
        again.discard()
        assert sorted(p.name for p in root.iterdir() if p.name.startswith(".site.")) == []
    assert half_done >= 1


def test_a_kill_between_the_two_renames_of_the_swap_loses_nothing(tmp_path: Path) -> None:
    """The issue's case: `site/` renamed away, the new one not yet renamed in: no `site/` at all."""
    stage = _prepare(tmp_path, apply=False)
    real_rename = os.rename

    def rename(source: object, target: object) -> None:
        if Path(str(source)) == stage.folder:
            raise Killed
        real_rename(source, target)  # type: ignore[arg-type]

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(os, "rename", rename)
        with pytest.raises(Killed):
            stage.finish()
    assert not (tmp_path / "site").exists() and journal_of(tmp_path / "site").exists()
    assert [_tree(p) for p in tmp_path.glob(".site.old-*")] == [OLD]
    again = Staging.begin(tmp_path / "site", tmp_path / "cache" / "sites" / "x.json")
    assert _tree(tmp_path / "site") == NEW  # completed before anything else
    assert again.previous is not None and again.previous.keyed == _manifest(again.target, NEW).keyed
    again.discard()


def test_a_site_with_no_journal_is_never_deleted_with_the_leftovers(tmp_path: Path) -> None:
    """An old site folder beside a missing `site/` (not our journal's: the user's, an older
    version's) stays until a build puts a site in place."""
    old = tmp_path / ".site.old-abc"
    _write(old, OLD)
    stage = Staging.begin(tmp_path / "site")
    assert _tree(old) == OLD
    stage.discard()


def test_a_record_that_cannot_be_written_fails_before_the_site_is_touched(tmp_path: Path) -> None:
    site = tmp_path / "site"
    _write(site, OLD)
    blocked = tmp_path / "cache" / "sites"
    blocked.parent.mkdir()
    blocked.write_text("not a folder")  # as a read-only cache would (root ignores permissions)
    stage = Staging.begin(site, blocked / "x.json")
    stage.current = _manifest(site.resolve(), NEW)
    with pytest.raises(OSError):
        stage.save_record()
    stage.failed = True
    assert stage.finish() is False
    assert _tree(site) == OLD and not stage.folder.exists()


def test_pending_record_of_a_build_killed_before_its_journal_is_dropped(tmp_path: Path) -> None:
    stage = _prepare(tmp_path, apply=True)
    manifest_file = tmp_path / "cache" / "sites" / "x.json"
    assert pending_of(manifest_file).exists()  # killed here: no journal yet
    again = Staging.begin(tmp_path / "site", manifest_file)
    assert not pending_of(manifest_file).exists() and not stage.folder.exists()
    assert _tree(tmp_path / "site") == OLD and again.previous is not None
    again.discard()
