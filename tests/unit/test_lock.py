"""One build at a time: a second one waits for the first, says so once, and goes on."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from bantin.incremental.lock import Lock, LockError, lock_beside


def test_a_second_holder_waits_for_the_first_and_is_told_who_holds_it(tmp_path: Path) -> None:
    path = lock_beside(tmp_path / "site")
    assert path == tmp_path / ".site.lock"
    first, second = Lock(path), Lock(path)
    first.acquire(lambda holder: pytest.fail("nobody held it"))
    said: list[str] = []
    got = threading.Event()

    def take() -> None:
        second.acquire(said.append)
        got.set()

    thread = threading.Thread(target=take)
    thread.start()
    time.sleep(0.3)
    assert not got.is_set()  # still waiting
    first.release()
    thread.join(10)
    assert got.is_set() and second.held
    import os

    assert said == [f"process {os.getpid()}"]  # once, naming the holder
    second.release()
    assert not second.held


def test_a_lock_that_cannot_be_made_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "cache").write_text("a file where the cache folder would be")
    with pytest.raises(LockError, match=r"cannot make the lock file .*cache/lock"):
        Lock(tmp_path / "cache" / "lock").acquire(lambda holder: None)


def test_a_released_lock_is_free_though_a_process_forked_meanwhile_still_runs(tmp_path: Path) -> None:
    """Render workers and the background removal of an old site are forked while the lock is
    held and share it: releasing it must not wait for them."""
    import subprocess

    first = Lock(tmp_path / ".site.lock")
    first.acquire(lambda holder: None)
    assert first._file is not None
    child = subprocess.Popen(["sleep", "30"], pass_fds=[first._file.fileno()])
    try:
        first.release()
        second = Lock(tmp_path / ".site.lock")
        second.acquire(lambda holder: pytest.fail(f"still held, by {holder}"))
        second.release()
    finally:
        child.kill()
        child.wait()
