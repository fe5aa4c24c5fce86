"""Work dealt over processes comes back complete and in order."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bantin.site.progress import ProgressBar
from bantin.site.workers import WorkerError, map_parallel, run_parallel, split


@pytest.mark.parametrize("processes", [1, 2, 3])
def test_map_parallel_keeps_the_items_order(processes: int) -> None:
    items = list(range(1001))
    assert map_parallel(lambda n: (n * n, os.getpid()), items, processes)[500][0] == 250000
    results = map_parallel(lambda n: (n, os.getpid()), items, processes)
    assert [n for n, _ in results] == items
    assert len({pid for _, pid in results}) == processes  # really in that many processes


def test_a_failing_worker_is_reported() -> None:
    def boom(items: list[int]) -> None:
        if 7 in items:
            raise ValueError("no sevens")

    with pytest.raises(WorkerError, match="ValueError: no sevens"):
        run_parallel(boom, list(range(20)), 2)


@pytest.mark.parametrize("processes", [1, 2])
def test_other_work_runs_here_meanwhile(processes: int) -> None:
    here: list[int] = []
    results = run_parallel(lambda items: (sum(items), os.getpid()), list(range(400)), processes,
                           meanwhile=lambda: here.append(os.getpid()))  # fmt: skip
    assert here == [os.getpid()]
    assert sum(total for total, _ in results) == sum(range(400))
    assert (results[0][1] != os.getpid()) is (processes > 1)


def test_when_the_other_work_fails_the_workers_are_still_waited_for(tmp_path: Path) -> None:
    done = tmp_path / "done"

    def slow(items: list[int]) -> None:
        time.sleep(0.5)
        with done.open("a") as out:
            out.write(f"{len(items)}\n")

    def fail() -> None:
        raise RuntimeError("feeds failed")

    with pytest.raises(RuntimeError, match="feeds failed"):
        run_parallel(slow, list(range(10)), 2, meanwhile=fail)
    assert done.read_text().split() == ["5", "5"]  # both finished before the error came out


@pytest.mark.parametrize("parts", [1, 2, 3, 4])
def test_items_of_one_affinity_stay_together_and_parts_stay_even(parts: int) -> None:
    """Listings of a language in one process (they share its cards); the rest evens things out."""
    items = (
        [f"vi{n}" for n in range(300)] + [f"article{n}" for n in range(1000)] + [f"en{n}" for n in range(300)]
    )
    out = split(items, parts, affinity=lambda item: item[:2] if item[:2] in ("vi", "en") else None)
    assert sorted(item for part in out for item in part) == sorted(items)
    holding = {
        key: [i for i, part in enumerate(out) if any(x.startswith(key) for x in part)] for key in ("vi", "en")
    }
    assert len(holding["vi"]) == len(holding["en"]) == 1
    assert (holding["vi"] != holding["en"]) is (parts > 1)
    assert max(map(len, out)) - min(map(len, out)) < parts


@pytest.mark.parametrize("processes", [1, 2])
def test_progress_is_told_as_the_workers_go_and_reaches_the_total(processes: int) -> None:
    told: list[int] = []
    results = run_parallel(
        lambda items: sum(1 for _ in items), list(range(500)), processes, progress=told.append
    )
    assert sum(results) == 500
    assert told == sorted(told) and told[-1] == 500
    assert len(told) >= 500 // 50 // processes  # now and then, not only at the end


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_progress_bar_is_drawn_on_a_terminal_only_and_wiped_at_the_end(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("CI", raising=False)
    terminal = _Terminal()
    bar = ProgressBar("Rendering pages", 200, stream=terminal, delay=0)
    bar.update(50)
    bar.update(200)
    bar.close()
    drawn = terminal.getvalue()
    assert "Rendering pages [#######-----------------------] 50/200 (25%)" in drawn
    assert "200/200 (100%)" in drawn and drawn.endswith("\r\x1b[K")

    for stream, ci in ((io.StringIO(), ""), (_Terminal(), "true")):
        monkeypatch.setenv("CI", ci)
        quiet = ProgressBar("Rendering pages", 200, stream=stream, delay=0)
        quiet.update(100)
        quiet.close()
        assert stream.getvalue() == ""  # a log file or CI: no bar

    monkeypatch.delenv("CI", raising=False)
    quick = _Terminal()
    soon = ProgressBar("Rendering pages", 200, stream=quick)  # a build over before the delay
    soon.update(200)
    soon.close()
    assert quick.getvalue() == ""


def test_few_cycles_turns_collection_back_on_unless_the_process_ends_with_it() -> None:
    """In a process of its own: `to_the_end` leaves collection off for good, and freezes
    everything before Python's last collection."""
    code = """if True:
        import atexit, gc
        from bantin.site.workers import few_cycles
        with few_cycles():
            assert not gc.isenabled()
        assert gc.isenabled()
        with few_cycles(to_the_end=True):
            pass
        with few_cycles(to_the_end=True):
            pass
        assert not gc.isenabled()
        assert gc.get_freeze_count() == 0
        atexit._run_exitfuncs()
        assert gc.get_freeze_count() > 0
        print("ok")
    """
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stdout.strip()) == (0, "ok"), done.stderr
