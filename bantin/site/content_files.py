"""Which files of content/ MkDocs may copy into the site as they are.

Content is untrusted, and a file MkDocs copies is served from the site's own address, where no
page's Content-Security-Policy guards it. So content may not replace a file of the theme
(`content/assets/search.js` would run as the search page's script), and files a browser runs or
renders as a document (HTML, JavaScript, SVG, XML and their kin) are refused unless the
`pass_through` option names them (a path under `docs_dir`, or a glob such as `embeds/*.html`).
Each refused file is one line naming it.
"""

from __future__ import annotations

import fnmatch
import logging
from collections.abc import Iterable, Sequence
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

from ..core.errors import ContentError
from ..core.files import display_path

log = logging.getLogger("mkdocs.plugins.bantin")

#: What a browser runs, or opens as a document that may run a script, when served from the site.
ACTIVE_SUFFIXES = frozenset(
    {
        ".html", ".htm", ".xhtml", ".xht", ".shtml", ".js", ".mjs", ".cjs", ".wasm",
        ".svg", ".svgz", ".xml", ".xsl", ".xslt", ".swf",
    }
)  # fmt: skip


def refused(
    files: Iterable[File], docs_dir: Path, theme_dirs: Sequence[str], pass_through: Sequence[str]
) -> list[ContentError]:
    """One error for each content file that would replace a theme file or that is active and
    not named by `pass_through`."""
    docs = docs_dir.resolve()
    errors = []
    for file in files:
        source = Path(file.abs_src_path or "")
        if (
            file.generated_by is not None
            or file.is_documentation_page()
            or not source.resolve().is_relative_to(docs)
        ):
            continue  # the theme's own files, pages the plugins make, Markdown pages
        where = display_path(docs_dir / file.src_uri)
        theirs = next((d for d in theme_dirs if (Path(d) / file.dest_uri).is_file()), None)
        if theirs is not None:
            errors.append(
                ContentError(where, f"would replace the theme's '{file.dest_uri}'; rename or remove it")
            )
        elif Path(file.src_uri).suffix.lower() in ACTIVE_SUFFIXES and not _named(file.src_uri, pass_through):
            errors.append(
                ContentError(
                    where,
                    f"a {Path(file.src_uri).suffix.lower()} file in content could run in readers' browsers: "
                    "not published (name it under the `pass_through` option if it is safe)",
                )
            )
    return errors


def _named(src_uri: str, patterns: Sequence[str]) -> bool:
    return any(src_uri == p or fnmatch.fnmatchcase(src_uri, p) for p in patterns)


def check_copied(
    files: Iterable[File], docs_dir: Path, theme_dirs: Sequence[str], pass_through: Sequence[str]
) -> None:
    """Log every refused file (one line each) and stop the build if there is any."""
    problems = refused(files, docs_dir, theme_dirs, pass_through)
    for problem in problems:
        log.error(str(problem))
    if problems:
        raise PluginError(f"{len(problems)} error(s) in content; nothing was built")
