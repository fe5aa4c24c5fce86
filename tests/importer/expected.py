"""How fixtures are converted, shared by the tests and by `python -m tests.importer.regen`.

Each input `name.txt` / `name.html` in `fixtures/<layout>/` sits beside `name.expected.md`, the
article an editor would accept. "Today" is pinned so estimated dates do not move.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from bantin.entities import Registry
from bantin.importer.convert import Converted, convert

HERE = Path(__file__).parent
FIXTURES = HERE / "fixtures"
TODAY = dt.date(2024, 6, 1)
INPUT_SUFFIXES = (".txt", ".html", ".htm")


def registry() -> Registry:
    return Registry.load(FIXTURES / "entities.yml")


def inputs() -> list[Path]:
    """Every fixture input, sorted, in the layout folders."""
    return sorted(
        p for p in FIXTURES.glob("*/*") if p.suffix in INPUT_SUFFIXES and not p.name.endswith(".expected.md")
    )


def expected_path(path: Path) -> Path:
    return path.with_name(path.stem + ".expected.md")


def convert_fixture(path: Path, reg: Registry | None = None) -> Converted:
    return convert(path.read_bytes(), path.name, registry=reg or registry(), today=TODAY)
