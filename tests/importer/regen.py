"""Rewrite every `*.expected.md` beside the importer's fixtures: `python -m tests.importer.regen`.

Run it only when a change of output is intended, then read the diff (`git diff tests/importer`)
as an editor would before committing it.
"""

from __future__ import annotations

import sys

from .expected import convert_fixture, expected_path, inputs, registry


def main() -> int:
    reg = registry()
    changed = 0
    for path in inputs():
        text = convert_fixture(path, reg).markdown()
        target = expected_path(path)
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            target.write_text(text, encoding="utf-8", newline="\n")
            changed += 1
            print(f"rewrote {target}")
    print(f"{changed} expected file(s) changed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
