"""`entities suggest [PATH…]`: names in the articles that the registry does not know yet.

Each name comes with its kind, other forms seen, a confidence and an example sentence, most
useful first, so an editor can add the real ones (`entities add`, in `bantin.tagging.add`).
How names and kinds are found is `bantin.tagging.discover`. It reads article files
(front-matter skipped) and raw text files; `--json` prints one object per name.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..core.errors import ContentErrors
from ..entities import Registry
from .discover import discover
from .texts import read_texts


@click.group("entities")
def entities_group() -> None:
    """Work with the entity registry."""


@entities_group.command("suggest")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--min-count", default=1, show_default=True, help="Only names seen this often.")
@click.option("--min-confidence", default=0.3, show_default=True, help="Only names this likely (0 to 1).")
@click.option("--limit", default=60, show_default=True, help="Show at most this many names (0: all).")
@click.option("--json", "as_json", is_flag=True, help="A JSON list on stdout, one object per name.")
@click.option("-f", "--config-file", metavar="FILE", default=None, help="MkDocs configuration file.")
def suggest_command(
    paths: tuple[Path, ...],
    min_count: int,
    min_confidence: float,
    limit: int,
    as_json: bool,
    config_file: str | None,
) -> None:
    """List names found in articles (or raw .txt files) that the registry lacks, with their kind."""
    from ..project import find_project

    project = find_project(config_file)
    registry = project.registry_or_exit() or Registry([])
    texts = read_texts(paths or (project.articles_path,))
    rows = [c for c in discover(texts, registry) if c.count >= min_count and c.confidence >= min_confidence]
    rows = rows[: limit or None]
    if as_json:
        click.echo(json.dumps([c.as_json() for c in rows], ensure_ascii=False, indent=1))
    else:
        for c in rows:
            aliases = f" (also: {', '.join(f for f in c.forms if f != c.name)})" if len(c.forms) > 1 else ""
            click.echo(f"{c.count:4}  {c.name}  [{c.kind} {c.confidence:.2f}]{aliases}\n      {c.example}")
    click.echo(f"{len(rows)} name(s) not in the registry, in {len(texts)} file(s)", err=True)


@entities_group.command("unused")
@click.option("-f", "--config-file", metavar="FILE", default=None, help="MkDocs configuration file.")
def unused_command(config_file: str | None) -> None:
    """List registry entries no article names (they get no page) and entries still to be written."""
    from ..project import find_project
    from .unused import unused_entities

    project = find_project(config_file)
    project.registry_or_exit()
    try:
        unused, unwritten = unused_entities(
            project.docs_dir, project.articles_dir, project.entities_file, project.root
        )
    except ContentErrors as exc:  # the same lines a build gives
        for error in exc.errors:
            click.echo(f"error: {error}", err=True)
        sys.exit(1)
    for entity in unused:
        click.echo(f"unused    {entity.id}  ({entity.kind.value}: {entity.name})")
    for entity in unwritten:
        click.echo(f"to write  {entity.id}  ({entity.kind.value}: {entity.name})")
    click.echo(f"{len(unused)} unused, {len(unwritten)} without a description or English name", err=True)


def _add_command() -> None:
    from .add import add_command

    entities_group.add_command(add_command)


_add_command()
