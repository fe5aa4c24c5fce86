"""Registry entries no published article names (they get no page, feed or index line), and
entries still waiting for a description or an English name: information for `check` and
`entities unused`."""

from __future__ import annotations

from pathlib import Path

from ..entities import Entity
from ..site.content import load_site


def unused_entities(
    docs_dir: Path,
    articles_dir: str = "articles",
    entities_file: str = "entities.yml",
    project: Path | None = None,
) -> tuple[list[Entity], list[Entity]]:
    """Registry entries no published article names (they get no page), and entries still waiting
    for a description or an English name (left empty by `entities add`). With `project`, content
    linking outside that folder is not read, as in a build."""
    site = load_site(docs_dir, articles_dir=articles_dir, entities_file=entities_file, project=project)
    unused = [e for e in site.registry if not site.about(e.id)]
    unwritten = [e for e in site.registry if not (e.name_en and e.description and e.description_en)]
    return unused, unwritten


def unused_lines(
    docs_dir: Path,
    articles_dir: str = "articles",
    entities_file: str = "entities.yml",
    project: Path | None = None,
) -> list[str]:
    """What `check` says about the registry, as information (never a problem)."""
    try:
        unused, unwritten = unused_entities(docs_dir, articles_dir, entities_file, project)
    except Exception:  # content errors are reported by the build itself
        return []
    lines = []
    if unused:
        ids = ", ".join(e.id for e in unused[:8]) + (", …" if len(unused) > 8 else "")
        lines.append(
            f"info: {len(unused)} registry entr{'y' if len(unused) == 1 else 'ies'} no article names "
            f"(no page until one does; `entities unused` lists them): {ids}"
        )
    if unwritten:
        ids = ", ".join(e.id for e in unwritten[:8]) + (", …" if len(unwritten) > 8 else "")
        lines.append(
            f"info: {len(unwritten)} entr{'y' if len(unwritten) == 1 else 'ies'} without a description "
            f"or English name yet: {ids}"
        )
    return lines
