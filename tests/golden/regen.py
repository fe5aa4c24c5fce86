"""Rebuild the golden site's expected output: `python -m tests.golden.regen`.

Run it only when a change of output is intended, then read the diff (`git status tests/golden`,
`git diff tests/golden`) as a reader of the site would before committing it.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

from .golden import EXPECTED, UNCOMMITTED, build, make_project, tree


def main() -> int:
    os.environ.pop("SITE_URL", None)  # the fixture's mkdocs.yml names its own
    with tempfile.TemporaryDirectory() as tmp:
        config = make_project(Path(tmp) / "project")
        site = Path(tmp) / "site"
        result = build(config, site, "-q")
        if result.exit_code != 0:
            print(result.output, file=sys.stderr)
            return 1
        before = tree(EXPECTED) if EXPECTED.is_dir() else {}
        after = tree(site)
        shutil.rmtree(EXPECTED, ignore_errors=True)
        shutil.copytree(site, EXPECTED, ignore=shutil.ignore_patterns(UNCOMMITTED))
    changed = sorted(p for p in before.keys() | after.keys() if before.get(p) != after.get(p))
    for path in changed:
        print(("removed " if path not in after else "added " if path not in before else "changed ") + path)
    print(f"{len(changed)} file(s) of {len(after)} changed in {EXPECTED.relative_to(Path.cwd())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
