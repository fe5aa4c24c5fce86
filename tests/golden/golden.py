"""The golden site: a small project (tests/golden/site/) built whole and compared, file by file,
with its committed output (tests/golden/expected/), as Pelican's functional tests do.

`site/` holds the two seed articles, four articles written for it (two on one day, a draft, a
custom slug, a link to another article and one to no page, a photo caption, HTML the sanitizer
removes, machine and missing English, an estimated date), an introduction to the home page, a
plain page, a raw file that is never published, and a registry of the entities they name plus
one no article names; `per_page: 2` paginates every list. The theme is the project's own.

Nothing is left out of the comparison but the social cards (`card.png` beside each article
page): two builds of the same content are byte-identical, the search index (Pagefind) included.
Pagefind's own files (its JavaScript and WebAssembly) change with its version: after an upgrade,
regenerate. The cards' pixels depend on Pillow's FreeType, so they are not committed (binary, a
fifth of a megabyte, redone by every Pillow upgrade); the test checks that each article has its
cards and the card tests (tests/unit/test_social.py, tests/site/test_social_cards.py) check what
they are and that they are reproducible.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner, Result

from bantin.cli import main

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
FIXTURE = HERE / "site"
EXPECTED = HERE / "expected"


def make_project(root: Path) -> Path:
    """A copy of the fixture with the project's theme, in `root`; returns its mkdocs.yml."""
    shutil.copytree(FIXTURE, root)
    shutil.copytree(REPO / "theme", root / "theme")
    return root / "mkdocs.yml"


def build(config: Path, site: Path, *args: str) -> Result:
    """`python build.py -f CONFIG -d SITE ARGS…` in this process."""
    return CliRunner().invoke(main, ["-f", str(config), "-d", str(site), *args], catch_exceptions=False)


#: Files of the site not committed in expected/ (see the module's docstring).
UNCOMMITTED = "card.png"


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` by its path there, but the social cards."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != UNCOMMITTED
    }
