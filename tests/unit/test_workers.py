"""Work dealt over processes comes back complete and in order."""

from __future__ import annotations

import os

import pytest

from bantin.workers import WorkerError, map_parallel, run_parallel


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
