"""Timing whole processes: wall time, CPU time and peak memory of one child, and output size.

Builds are timed as the user runs them (a fresh `python build.py`, `hugo`, `pelican`), so
interpreter start-up, imports and writing files all count. `os.wait4` gives the rusage of that
one child (and the children it waited for, e.g. Pagefind), not the running total that
`getrusage(RUSAGE_CHILDREN)` keeps, so each run has its own peak memory.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

#: The folder, inside a run's working folder, where `discard` puts old outputs.
TRASH = ".trash"


def discard(path: Path, workdir: Path) -> None:
    """Put an old output out of the way before a timed build: moved into `workdir`'s trash,
    not deleted. Deleting a tree of tens of thousands of files leaves this machine's file
    system creating files several times slower for about a minute (14,000 folders with a page
    each: 2.5 s of system time, 15 s right after an `rm -rf` of as many), which would charge
    the previous build's clean-up to whichever build runs next. `run.py` empties the trash
    when the run is over."""
    if path.exists():
        trash = workdir / TRASH
        trash.mkdir(exist_ok=True)
        path.rename(trash / f"{time.time_ns()}-{path.name}")


class BenchError(Exception):
    """A build failed or wrote the wrong pages: the figures would mean nothing, so stop."""


@dataclass(frozen=True)
class Run:
    """One timed process (or a few in a row, for tools that need two runs, summed)."""

    seconds: float
    cpu_seconds: float
    max_rss_mb: float

    @staticmethod
    def chain(runs: Sequence[Run]) -> Run:
        """Processes run one after the other: times add up, memory is the largest."""
        return Run(
            sum(r.seconds for r in runs),
            sum(r.cpu_seconds for r in runs),
            max(r.max_rss_mb for r in runs),
        )


def run_process(
    cmd: Sequence[str],
    *,
    cwd: Path,
    env: Mapping[str, str] | None = None,
    log: Path | None = None,
    timeout: float = 7200,
) -> Run:
    """Run `cmd` to completion; raise BenchError (with the end of its output) if it fails."""
    out = open(log, "ab") if log else subprocess.DEVNULL  # closed below
    try:
        began = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=dict(env) if env else None, stdout=out, stderr=out)
        deadline = began + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                raise BenchError(f"timed out after {timeout:.0f} s: {' '.join(cmd)}")
            time.sleep(0.01)
        elapsed = time.perf_counter() - began
        proc.returncode = os.waitstatus_to_exitcode(status)
    finally:
        if log:
            out.close()  # type: ignore[union-attr]
    if proc.returncode != 0:
        tail = log.read_text(encoding="utf-8", errors="replace")[-2000:] if log else ""
        raise BenchError(f"exit status {proc.returncode}: {' '.join(cmd)} (in {cwd})\n{tail}")
    # ru_maxrss is in kilobytes on Linux.
    return Run(elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


@dataclass(frozen=True)
class Output:
    """What a build wrote: total bytes, number of files, number of HTML pages."""

    bytes: int
    files: int
    pages: int


def output_size(folder: Path) -> Output:
    total = files = pages = 0
    for root, _dirs, names in os.walk(folder):
        for name in names:
            files += 1
            total += os.path.getsize(os.path.join(root, name))
            pages += name.endswith(".html")
    return Output(total, files, pages)


def tree_digest(folder: Path) -> dict[str, int]:
    """Path → hash of the content of every file, to compare two builds of the same content."""
    digests = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            digests[path.relative_to(folder).as_posix()] = hash(path.read_bytes())
    return digests


@dataclass
class Series:
    """Several runs of one measurement; reports the median (system noise is up to 20%)."""

    runs: list[Run] = field(default_factory=list)

    def add(self, run: Run) -> Run:
        self.runs.append(run)
        return run

    @property
    def median(self) -> float | None:
        return statistics.median(r.seconds for r in self.runs) if self.runs else None

    @property
    def peak_mb(self) -> float | None:
        return max(r.max_rss_mb for r in self.runs) if self.runs else None

    def as_dict(self) -> dict[str, object]:
        return {
            "median_s": self.median,
            "runs_s": [round(r.seconds, 3) for r in self.runs],
            "cpu_s": [round(r.cpu_seconds, 3) for r in self.runs],
            "max_rss_mb": self.peak_mb,
        }
