"""`tag [--write] [PATH…]`: add the registry's tags to existing articles, never re-adding removed ones.

How removals are known: `tag --write` records in `tagged_by_registry: [ids]` every id the
registry proposed for the article. On the next run, an id that was proposed last time but is
no longer in the article's tag lists was deleted by an editor: it moves to `removed_entities`
and is never proposed again for that article. An editor may also list ids in
`removed_entities` by hand. Tags are only ever added, and only the tag lists and those two keys
change: the rest of the file (body, other keys, their order, comments) stays byte for byte.
Without `--write` the command prints the front-matter changes as a unified diff.
"""

from __future__ import annotations

import difflib
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import click

from ..core import frontmatter_edit as fm
from ..core.errors import ContentError
from ..core.files import markdown_files
from ..entities import Kind, Registry
from .matcher import matcher_for

#: The front-matter key where `tag --write` records what it proposed (see the module docstring).
RECORD_KEY = "tagged_by_registry"
REMOVED_KEY = "removed_entities"
_TAG_KEYS = tuple(kind.field for kind in Kind)


@dataclass(frozen=True)
class Change:
    """What tagging one article would change."""

    path: Path
    before: fm.FrontMatterFile
    front: str  # the new YAML text
    data: bytes  # the new file, checked: only the tag keys and the record changed
    added: tuple[str, ...]

    @property
    def changed(self) -> bool:
        return self.before.parts.front != self.front

    def diff(self, name: str) -> str:
        lines = difflib.unified_diff(
            self.before.parts.front.splitlines(keepends=True),
            self.front.splitlines(keepends=True),
            f"a/{name}",
            f"b/{name}",
        )
        return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


def _ids(value: object) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else []


def _list(value: object) -> list[object]:
    """A list key's value as YAML loads it (an empty value is no items)."""
    return list(value) if isinstance(value, list) else []


def tagging_text(meta: dict, body: str) -> str:
    """What the tagger reads: the title, the lead when it is kept apart, and the body."""
    parts = [str(meta.get("title") or ""), str(meta.get("lead") or ""), body]
    return "\n\n".join(p for p in parts if p)


def plan(path: Path, registry: Registry) -> Change:
    """The change `tag` would make to one article file (raises ContentError if it cannot)."""
    try:
        before = fm.parse(path.read_bytes())
    except OSError as exc:
        raise ContentError(str(path), f"cannot read: {exc.strerror or exc}") from None
    except fm.EditError as exc:
        raise ContentError(str(path), str(exc), exc.line) from None
    meta = before.meta
    proposed = matcher_for(registry).find(tagging_text(meta, before.parts.tail))
    present = {i for key in _TAG_KEYS for i in _ids(meta.get(key))}
    removed = _ids(meta.get(REMOVED_KEY))
    previous = _ids(meta.get(RECORD_KEY)) if RECORD_KEY in meta else []
    newly_removed = [i for i in dict.fromkeys(previous) if i not in present and i not in removed]
    skip = present | set(removed) | set(newly_removed)
    additions = {
        kind.field: [i for i in proposed if i not in skip and (e := registry.get(i)) and e.kind is kind]
        for kind in Kind
    }
    additions[REMOVED_KEY] = newly_removed
    front = before.parts.front
    changed: dict[str, object] = {}  # what each edited key must load as (checked before writing)
    try:
        for key, new in additions.items():
            if new:
                front = fm.append_items(front, key, new)
                changed[key] = _list(meta.get(key)) + new
        if RECORD_KEY not in meta or previous != proposed:
            front = fm.replace_flow(front, RECORD_KEY, proposed)
            changed[RECORD_KEY] = proposed
        data = fm.rewritten(before, front, changed)
    except fm.EditError as exc:
        raise ContentError(str(path), str(exc), exc.line) from None
    added = tuple(i for kind in Kind for i in additions[kind.field])
    return Change(path, before, front, data, added)


def _write(change: Change) -> ContentError | None:
    """Write a planned change, unless an editor saved the file since it was read."""
    try:
        fm.write_atomic(change.path, change.data, change.before.raw)
    except fm.EditError as exc:
        return ContentError(str(change.path), str(exc))
    except OSError as exc:
        return ContentError(str(change.path), f"cannot write: {exc.strerror or exc}")
    return None


def article_files(paths: Iterable[Path], refused: list[Path] | None = None) -> list[Path]:
    """Markdown files named, or found under the folders named, in a stable order; with `refused`,
    links out of their folder go there (`files.markdown_files`)."""
    return markdown_files(paths, refused)


@click.command("tag")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--write", is_flag=True, help="Write the new tags into the files (default: show a diff).")
@click.option("-f", "--config-file", metavar="FILE", default=None, help="MkDocs configuration file.")
def tag_command(paths: tuple[Path, ...], write: bool, config_file: str | None) -> None:
    """Add the entity registry's tags to articles (all of them by default); never re-add removed ones."""
    from ..project import find_project

    project = find_project(config_file)
    registry = project.registry_or_exit()
    if registry is None:
        click.echo(f"error: no entity registry at {project.registry_path}", err=True)
        sys.exit(1)
    failed = changed = 0
    refused: list[Path] = []
    files = article_files(paths or (project.articles_path,), refused)
    for path in refused:
        click.echo(f"error: {path}: a link to a file outside {path.parent}; not read", err=True)
        failed += 1
    for path in files:
        try:
            change = plan(path, registry)
        except ContentError as exc:
            click.echo(f"error: {exc}", err=True)
            failed += 1
            continue
        if not change.changed:
            continue
        changed += 1
        click.echo(change.diff(str(path)), nl=False)
        problem = _write(change) if write else None
        if problem is not None:
            click.echo(f"error: {problem}", err=True)
            failed += 1
    verb = "updated" if write else "would change"
    click.echo(f"{changed} file(s) {verb}" + (f", {failed} failed" if failed else ""), err=True)
    sys.exit(1 if failed else 0)
