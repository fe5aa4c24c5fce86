"""What the site asks of whoever publishes it while it writes its outputs (pages, feeds).

The site knows what each output is made from, never how outputs are kept between builds: it
asks one question, "is this output, made from these, already there?" (`Outputs.reuse`, asked
only in `produce`; `reuse_tree` for a folder), and says what it wrote (`Outputs.keep`). The publisher
(`bantin.incremental.publisher`) answers from the site being replaced and from its store of earlier outputs;
`Fresh` answers "no" every time, for a build that keeps nothing.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

#: A link written in content: (content file, href, site path it leads to).
Link = tuple[str, str, str]


@dataclass
class Written:
    """What the site wrote into the build folder, for the record of the site."""

    keyed: dict[str, str] = field(default_factory=dict)  # page, feed, search part → fingerprint
    files: list[str] = field(default_factory=list)  # sitemap, robots.txt…
    #: Links written in content, by page path: (content file, its links).
    links: dict[str, tuple[str, list[Link]]] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)  # reused or kept by the worker processes
    #: What the build made, for its summary line: articles, pages, reused, entities, feeds, search.
    counts: dict[str, int] = field(default_factory=dict)

    def summary(self, seconds: float) -> str:
        """`76 articles, 2,278 pages (2,100 reused), 120 entities, 245 feeds, 152 search records, 12.3 s`."""
        c = self.counts
        parts = [
            f"{c.get('articles', 0):,} articles",
            f"{c.get('pages', 0):,} pages ({c.get('reused', 0):,} reused)",
            f"{c.get('entities', 0):,} entities",
            f"{c.get('feeds', 0):,} feeds",
        ]
        if "search" in c:
            parts.append(f"{c['search']:,} search records")
        return ", ".join(parts) + f", {seconds:.1f} s"


class Outputs(Protocol):
    def fingerprint(self, *made_of: Any) -> str:
        """A key for an output made from `made_of` ("" when nothing is kept)."""

    def decide(self, pages: Iterable[tuple[str, tuple[Any, ...]]], processes: int = 1) -> dict[str, str]:
        """Before any page is written: each page's path and what it is made from. Returns the
        fingerprints made now (by path), in up to `processes` processes; pages missing from it
        are fingerprinted as rendered."""

    def reuse(
        self, path: str, fingerprint: str, target: Path, *, suffix: str = ".html", content: str | None = None
    ) -> list[Link] | None:
        """Is the output at site path `path`, with this fingerprint, already there? None: make
        it. Otherwise it is in place (left in the site, or put at `target`) and the answer is
        the links written in the content it shows (`content`: that content file)."""

    def keep(self, fingerprint: str, written: Path, suffix: str = ".html") -> None:
        """An output was just written at `written`."""

    def used(self) -> set[str]:
        """What this process reused or kept (to carry back from a worker process)."""

    def unwritten(self, paths: Iterable[str]) -> set[str]:
        """Of the outputs this build makes (`paths`), those it may have left to the site it is
        applied over instead of writing them (for checking links)."""

    def reuse_tree(self, path: str, fingerprint: str, target: Path) -> bool:
        """`reuse` for a folder (a search part): True when it is in place, left in the site or
        put at `target`."""

    def keep_tree(self, fingerprint: str, written: Path) -> None:
        """A folder was just written at `written`."""

    def source(self, path: str, written: Path) -> Path:
        """Where this build's output at site path `path` can be read: `written` (the build's
        folder), or the site it is applied over when it left the output there."""

    def recall(self, name: str) -> bytes | None:
        """What a build kept under `name` with `remember` (None: nothing, or nothing is kept)."""

    def remember(self, name: str, data: bytes) -> None:
        """Keep `data` under `name` for the next build (work to spare it, not an output)."""

    def still(self, name: str) -> None:
        """What was kept under `name` is still wanted, unread, by this build."""


class Fresh:
    """Every output made again; nothing kept."""

    def fingerprint(self, *made_of: Any) -> str:
        return ""

    def decide(self, pages: Iterable[tuple[str, tuple[Any, ...]]], processes: int = 1) -> dict[str, str]:
        return {}

    def reuse(
        self, path: str, fingerprint: str, target: Path, *, suffix: str = ".html", content: str | None = None
    ) -> list[Link] | None:
        return None

    def keep(self, fingerprint: str, written: Path, suffix: str = ".html") -> None:
        pass

    def used(self) -> set[str]:
        return set()

    def unwritten(self, paths: Iterable[str]) -> set[str]:
        return set()

    def reuse_tree(self, path: str, fingerprint: str, target: Path) -> bool:
        return False

    def keep_tree(self, fingerprint: str, written: Path) -> None:
        pass

    def source(self, path: str, written: Path) -> Path:
        return written

    def recall(self, name: str) -> bytes | None:
        return None

    def remember(self, name: str, data: bytes) -> None:
        pass

    def still(self, name: str) -> None:
        pass


def produce(
    outputs: Outputs,
    path: str,
    fingerprint: str,
    target: Path,
    make: Callable[[], bytes],
    *,
    suffix: str = ".html",
    content: str | None = None,
) -> list[Link] | None:
    """Write the output at site path `path` (file `target`) unless it is already there.

    Returns the links of its content when it was already there, None when `make()` wrote it."""
    found = outputs.reuse(path, fingerprint, target, suffix=suffix, content=content)
    if found is not None:
        return found
    write_new(target, make())
    outputs.keep(fingerprint, target, suffix)
    return None


def write_new(target: Path, data: bytes) -> None:
    """`data` as a new file at `target`, never written through a file already there (it may be
    another name of a kept one). Most pages have a folder of their own: one made just now holds
    nothing to remove."""
    path = os.fspath(target)  # as text: no `Path` made for its folder, none opened
    folder = os.path.dirname(path) or "."
    try:
        os.mkdir(folder)
    except FileExistsError:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)
    except FileNotFoundError:
        os.makedirs(folder, exist_ok=True)
    with open(path, "wb") as out:
        out.write(data)
