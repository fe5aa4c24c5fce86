"""Run page rendering in several processes: a digest build is CPU-bound and machines have cores.

Workers are forked after all content is read, so they share it without pickling; each renders
its slice of pages and writes them itself. What they log at WARNING or above (a broken link in
an article) is sent back and logged again by the parent, where MkDocs counts it for `--strict`.
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import logging
import multiprocessing
import os
import threading
import traceback
from collections.abc import Callable, Hashable, Iterator, Sequence
from functools import partial
from multiprocessing.connection import Connection, wait
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

#: Below this many items a second process costs more than it saves.
MIN_ITEMS_PER_WORKER = 200


class WorkerError(Exception):
    """A worker failed; the message carries its last traceback line."""


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[tuple[str, int, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append((record.name, record.levelno, record.getMessage()))


#: A worker says how far it got every this many items (for a progress bar).
PROGRESS_EVERY = 50


class _Counted(Sequence[T]):
    """`items`, telling `tick` how many have been taken every `PROGRESS_EVERY` and at the end."""

    def __init__(self, items: Sequence[T], tick: Callable[[int], None]) -> None:
        self.items = items
        self.tick = tick

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, index: Any) -> Any:
        return self.items[index]

    def __iter__(self) -> Iterator[T]:
        for done, item in enumerate(self.items, start=1):
            yield item
            if done % PROGRESS_EVERY == 0:
                self.tick(done)
        self.tick(len(self.items))


def alone() -> bool:
    """No other thread runs in this process, so forking is safe (a forked child has only the
    thread that forked: a lock another thread held, logging's say, would stay locked there).
    `serve` builds the first preview before its server's threads start, then not any more."""
    return threading.active_count() == 1


def _child(
    fn: Callable[[Sequence[T]], R], items: Sequence[T], conn: Connection, progress: bool = False
) -> None:
    logger = logging.getLogger("mkdocs")
    collect = _Collect()
    for handler in list(logger.handlers):  # the parent prints what we send back
        logger.removeHandler(handler)
    logger.addHandler(collect)
    if progress:
        items = _Counted(items, lambda done: conn.send(("progress", done, None)))
    try:
        result: Any = ("ok", fn(items), collect.records)
    except BaseException as exc:
        last = traceback.format_exception_only(type(exc), exc)[-1].strip()
        result = ("error", last, collect.records)
    conn.send(result)
    conn.close()


def split(
    items: Sequence[T], parts: int, affinity: Callable[[T], Hashable | None] | None = None
) -> list[list[T]]:
    """Deal items round-robin so each part gets a similar mix of cheap and costly pages.

    Items with the same `affinity` key go to the same part (listings of one language share
    their article cards, rendered once per process); the others are dealt so that every part
    ends up with about as many items."""
    if affinity is None:
        return [list(items[i::parts]) for i in range(parts)]
    out: list[list[T]] = [[] for _ in range(parts)]
    keys: dict[Hashable, int] = {}
    free = []
    for item in items:
        key = affinity(item)
        if key is None:
            free.append(item)
        else:
            out[keys.setdefault(key, len(keys) % parts)].append(item)
    share = -(-len(items) // parts)
    turn = 0
    for item in free:
        while len(out[turn % parts]) >= share:
            turn += 1
        out[turn % parts].append(item)
        turn += 1
    return out


def workers_for(count: int, wanted: int) -> int:
    """How many processes to use for `count` items: `wanted` (0 = one per core), never idle ones."""
    cores = wanted or os.cpu_count() or 1
    return max(1, min(cores, count // MIN_ITEMS_PER_WORKER))


def run_parallel(
    fn: Callable[[Sequence[T]], R],
    items: Sequence[T],
    processes: int,
    meanwhile: Callable[[], object] | None = None,
    affinity: Callable[[T], Hashable | None] | None = None,
    progress: Callable[[int], None] | None = None,
) -> list[R]:
    """`fn` over `processes` slices of `items`; with one process, simply in this one.

    `meanwhile` (other work, independent of theirs) runs in this process while they work;
    `affinity` keeps items together (see `split`); `progress` is told how many items are done
    so far, now and then (in this process, once `meanwhile` is done)."""
    if processes <= 1 or not hasattr(os, "fork"):
        results = [fn(_Counted(items, progress) if progress is not None else items)]
        if meanwhile is not None:
            meanwhile()
        return results
    context = multiprocessing.get_context("fork")
    jobs = []
    gc.freeze()  # the workers' collections leave what they inherit alone (and unshared: no copy)
    try:
        for part in split(items, processes, affinity):
            parent_end, child_end = context.Pipe(duplex=False)
            process = context.Process(
                target=_child, args=(fn, part, child_end, progress is not None), daemon=True
            )
            process.start()
            child_end.close()
            jobs.append((process, parent_end))
    finally:
        gc.unfreeze()
    try:
        if meanwhile is not None:
            meanwhile()
    except BaseException:  # the workers are waited for even when that work failed
        with contextlib.suppress(WorkerError):
            _collect(jobs)
        raise
    return _collect(jobs, progress)


def _collect(jobs: list[tuple[Any, Connection]], progress: Callable[[int], None] | None = None) -> list[R]:
    """Each worker's result in order; its log records logged here; WorkerError if one failed.
    Progress messages that come first are summed for `progress`."""
    results: list[R] = []
    failure = None
    done = [0] * len(jobs)
    answers: dict[int, tuple[Any, Any, Any]] = {}
    waiting = {conn: index for index, (_, conn) in enumerate(jobs)}
    while waiting:
        for conn in wait(list(waiting)):
            index = waiting[conn]
            try:
                message = conn.recv()
            except EOFError:
                process = jobs[index][0]
                process.join()
                message = ("error", f"a worker process died (exit code {process.exitcode})", [])
            if message[0] == "progress":
                done[index] = message[1]
                if progress is not None:
                    progress(sum(done))
                continue
            answers[index] = message
            del waiting[conn]
    for index, (process, _) in enumerate(jobs):
        status, value, records = answers[index]
        process.join()
        for name, level, message in records:
            logging.getLogger(name).log(level, message)
        if status == "ok":
            results.append(value)
        else:
            failure = failure or value
    if failure is not None:
        raise WorkerError(failure)
    return results


@contextlib.contextmanager
def few_cycles(*, to_the_end: bool = False) -> Iterator[None]:
    """No cyclic garbage collection meanwhile: reading the articles makes hundreds of thousands
    of objects and no cycles, and the collector would trace them all again and again (a fifth
    of the reading time, two fifths of unpickling them from the workers).

    `to_the_end`: nor afterwards, in a process that ends then (a build's: ~1,500 objects in
    cycles at 5,000 articles as at 20, mostly MkDocs' and Markdown's). The first collection
    after a build and Python's last one, at the end, would trace all it made once more (~0.4 s
    at 5,000 articles) to free memory the end of the process frees anyway; so collection stays
    off, and everything is frozen (`gc.freeze`) before that last one."""
    enabled = gc.isenabled()
    gc.disable()
    if to_the_end:
        atexit.unregister(gc.freeze)  # once, however many builds the command runs
        atexit.register(gc.freeze)
    try:
        yield
    finally:
        if enabled and not to_the_end:
            gc.enable()


def _each(fn: Callable[[T], R], items: Sequence[T]) -> list[R]:
    return [fn(item) for item in items]


def map_parallel(fn: Callable[[T], R], items: Sequence[T], processes: int) -> list[R]:
    """`fn` of every item, in the items' order, computed in `processes` processes."""
    parts = run_parallel(partial(_each, fn), items, processes)
    results: list[R | None] = [None] * len(items)
    for index, part in enumerate(parts):
        results[index :: len(parts)] = part
    return results  # type: ignore[return-value]
