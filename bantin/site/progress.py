"""A progress bar for long builds, on a terminal only.

A build of a large archive renders tens of thousands of pages for a minute or more; on a
terminal the editor sees how far it got. Nothing is drawn when the output is not a terminal (CI
logs, pipes) or under `CI=true`, nor for a build that ends within `DELAY` seconds; the bar's line
is wiped when the stage ends, so the build's own log lines stay as they were.
"""

from __future__ import annotations

import os
import sys
import time
from typing import TextIO

#: Seconds a stage must last before its bar is drawn (a quick build shows none).
DELAY = 2.0
WIDTH = 30


class ProgressBar:
    """`update(done)` as items of `total` are done; `close()` when the stage ends."""

    def __init__(self, label: str, total: int, stream: TextIO | None = None, delay: float = DELAY) -> None:
        self.label = label
        self.total = max(total, 1)
        self.stream = stream if stream is not None else sys.stderr
        self.started = time.monotonic() + delay
        self.drawn = False
        self.enabled = _is_terminal(self.stream) and os.environ.get("CI", "").lower() not in ("1", "true")

    def update(self, done: int) -> None:
        if not self.enabled or time.monotonic() < self.started:
            return
        filled = min(WIDTH, WIDTH * done // self.total)
        percent = min(100, 100 * done // self.total)
        bar = "#" * filled + "-" * (WIDTH - filled)
        self.stream.write(f"\r{self.label} [{bar}] {done:,}/{self.total:,} ({percent}%)")
        self.stream.flush()
        self.drawn = True

    def close(self) -> None:
        if self.drawn:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.drawn = False


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
