"""Which files of content/ MkDocs may copy into the site as they are.

Content is untrusted, and a file MkDocs copies is served from the site's own address, where no
page's Content-Security-Policy guards it. So content may not replace a file of the theme
(`content/assets/search.js` would run as the search page's script), and files a browser runs or
renders as a document (HTML, JavaScript, XML and their kin, an SVG that is more than a
picture) are refused unless the `pass_through` option names them (a path under `docs_dir`, or a
glob such as `embeds/*.html`). Nor may a file of content be a link to a file outside the project.
Each refused file is one line naming it.
"""

from __future__ import annotations

import fnmatch
import logging
import os
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from xml.etree import ElementTree

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

from ..core.errors import ContentError
from ..core.files import display_path, leads_out

log = logging.getLogger("mkdocs.plugins.bantin")

#: What a browser runs, or opens as a document that may run a script, when served from the site.
ACTIVE_SUFFIXES = frozenset(
    {
        ".html", ".htm", ".xhtml", ".xht", ".shtml", ".js", ".mjs", ".cjs", ".wasm",
        ".svg", ".svgz", ".xml", ".xsl", ".xslt", ".swf",
    }
)  # fmt: skip


def refused(
    files: Iterable[File],
    docs_dir: Path,
    theme_dirs: Sequence[str],
    pass_through: Sequence[str],
    project: Path | None = None,
) -> list[ContentError]:
    """One error for each content file that would replace a theme file, that is active and not
    named by `pass_through`, or (with `project`) that is a link to a file outside the project."""
    docs = Path(os.path.abspath(docs_dir))  # not resolved: a link in content is content
    errors = []
    links_out: set[Path] = set()  # each said once: a linked folder holds many files
    for file in files:
        source = Path(os.path.abspath(file.abs_src_path or "/"))
        if file.generated_by is not None or not source.is_relative_to(docs):
            continue  # the theme's own files, pages the plugins make
        where = display_path(docs_dir / file.src_uri)
        if project is not None and leads_out(source, project):
            link = _link_out(source, docs, project)
            if link not in links_out:
                links_out.add(link)
                what = "file" if link == source else "folder"
                errors.append(
                    ContentError(display_path(link), f"a link to a {what} outside the project: not published")
                )
            continue
        if file.is_documentation_page():
            continue  # Markdown pages: rendered and sanitized, not copied
        theirs = next((d for d in theme_dirs if (Path(d) / file.dest_uri).is_file()), None)
        if theirs is not None:
            errors.append(
                ContentError(where, f"would replace the theme's '{file.dest_uri}'; rename or remove it")
            )
        elif _active(file.src_uri, source) and not _named(file.src_uri, pass_through):
            errors.append(
                ContentError(
                    where,
                    f"a {Path(file.src_uri).suffix.lower()} file in content could run in readers' browsers: "
                    "not published (name it under the `pass_through` option if it is safe)",
                )
            )
    return errors


def _link_out(source: Path, docs: Path, project: Path) -> Path:
    """The link on the way from `docs` to `source` (a folder, or the file) that leads out of
    `project`."""
    path = docs
    for part in source.relative_to(docs).parts:
        path = path / part
        if path.is_symlink() and leads_out(path, project):
            return path
    return source


def _active(src_uri: str, source: Path) -> bool:
    suffix = Path(src_uri).suffix.lower()
    return suffix in ACTIVE_SUFFIXES and not (suffix == ".svg" and inert_svg(source))


def inert_svg(path: Path) -> bool:
    """Whether an SVG file is a picture and nothing more, so it may be published as it is.

    Read strictly, by an allow-list: UTF-8 XML without a DOCTYPE (no entities) or processing
    instruction (no style sheet that transforms it), every element in the SVG namespace and none
    that runs, links out or animates (script, foreignObject, a, set, animate…), no `on…` handler,
    and every reference (`href`) inside the file (`#id`). Anything else is treated as active."""
    try:
        data = path.read_bytes()
        declared = _ENCODING.match(data)
        if (
            len(data) > _MAX_SVG
            or _NOT_A_PICTURE.search(data)
            or (declared and declared[1].lower() != b"utf-8")
        ):
            return False
        data.decode("utf-8")  # what we read is what a browser reads
        builder = ElementTree.TreeBuilder(insert_pis=True)
        parser = ElementTree.XMLParser(target=builder, encoding="utf-8")
        parser.feed(data)
        root = parser.close()
    except (OSError, ElementTree.ParseError, ValueError):  # UnicodeDecodeError too
        return False
    for element in root.iter():
        if not isinstance(element.tag, str) or not element.tag.startswith(_SVG):
            return False  # a processing instruction, an XHTML or other foreign element
        if element.tag[len(_SVG) :] in _RUNS:
            return False
        for name, value in element.attrib.items():
            local = name.rpartition("}")[2].lower()
            if local.startswith("on") or (local == "href" and not value.strip().startswith("#")):
                return False
    return True


_SVG = "{http://www.w3.org/2000/svg}"
_MAX_SVG = 2 * 1024 * 1024
_ENCODING = re.compile(rb"""\s*<\?xml[^>]*?encoding\s*=\s*["']([^"']*)""")
_NOT_A_PICTURE = re.compile(rb"<!(?:DOCTYPE|ENTITY)|<\?xml-stylesheet", re.IGNORECASE)
#: SVG elements that run code, show other documents, link out or change attributes over time.
_RUNS = frozenset(
    "script foreignObject handler listener a set animate animateMotion animateTransform animateColor discard "
    "iframe object embed".split()
)


def _named(src_uri: str, patterns: Sequence[str]) -> bool:
    return any(src_uri == p or fnmatch.fnmatchcase(src_uri, p) for p in patterns)


def check_copied(
    files: Iterable[File],
    docs_dir: Path,
    theme_dirs: Sequence[str],
    pass_through: Sequence[str],
    project: Path | None = None,
) -> None:
    """Log every refused file (one line each) and stop the build if there is any."""
    problems = refused(files, docs_dir, theme_dirs, pass_through, project)
    for problem in problems:
        log.error(str(problem))
    if problems:
        raise PluginError(f"{len(problems)} error(s) in content; nothing was built")
