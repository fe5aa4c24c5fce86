"""Registry checks that involve several entries, or one entry's fields against each other.

Kept apart from the model in `bantin.entities`; every problem is a ContentError with its line.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from ..core.errors import ContentError, yaml_line
from ..core.text import normalize
from ..entities import Entity, Kind


def name_key(name: str) -> str:
    """Two names are the same name when they differ only in Unicode form, tones, case or dashes."""
    return re.sub(r"\s*[-‐‑‒–—―]\s*", "-", normalize(name)).casefold()


_NAME_FIELDS = ("name", "aliases", "ambiguous", "guarded")


def cross_checks(path: str, items: list[tuple[Entity, yaml.Node | None]]) -> list[ContentError]:
    """Problems that involve more than one entry, or one entry's fields against each other."""
    errors: list[ContentError] = []
    by_id = {e.id: e for e, _ in items}
    claims: dict[str, tuple[str, str, int | None]] = {}  # name key → (entity id, how, line)

    def err(node: yaml.Node | None, loc: tuple[Any, ...], message: str) -> None:
        errors.append(ContentError(path, message, yaml_line(node, loc)))

    for entity, node in items:
        own: dict[str, str] = {}
        for field in _NAME_FIELDS:
            values = (entity.name,) if field == "name" else getattr(entity, field)
            for i, value in enumerate(values):
                loc = (field,) if field == "name" else (field, i)
                key, how = name_key(value), ("ambiguous" if field == "ambiguous" else "plain")
                if key in own and not (own[key] == "name" and field in ("ambiguous", "guarded")):
                    err(node, loc, f"{field}: '{value}' is listed twice for '{entity.id}'")
                    continue
                own[key] = field
                if field == "name" and (key in {name_key(v) for v in (*entity.ambiguous, *entity.guarded)}):
                    continue  # the name itself is ambiguous or guarded: its other field claims it
                other = claims.get(key)
                if other and other[0] != entity.id and not (how == other[1] == "ambiguous"):
                    where = f" (line {other[2]})" if other[2] else ""
                    err(
                        node,
                        loc,
                        f"{field}: '{value}' is also a name of '{other[0]}'{where}; "
                        "if both really use it, list it under `ambiguous` in both",
                    )
                elif other is None:
                    claims[key] = (entity.id, how, yaml_line(node, loc))
        if entity.ambiguous and not entity.country:
            err(node, ("ambiguous",), "ambiguous: needs `country`, the country that resolves these names")
        for i, word in enumerate(entity.guarded):
            if len(word.split()) != 1:
                err(node, ("guarded", i), f"guarded: '{word}' must be a single word")
        keys = [name_key(n) for n, _ in entity.names()]
        for i, phrase in enumerate(entity.exclude):
            if not any(k in name_key(phrase) for k in keys):
                err(node, ("exclude", i), f"exclude: '{phrase}' contains none of the names of '{entity.id}'")
        for field, kind in (
            ("parent", Kind.ORGANIZATION),
            ("country", Kind.PLACE),
            ("merged_into", entity.kind),
        ):
            target_id = getattr(entity, field)
            target = by_id.get(target_id) if target_id else None
            if target_id and target is None:
                err(node, (field,), f"{field}: unknown entity '{target_id}'")
            elif target is not None and target.kind is not kind:
                err(node, (field,), f"{field}: '{target_id}' is a {target.kind.value}, not {_a(kind.value)}")
            elif target_id == entity.id:
                err(node, (field,), f"{field}: an entity cannot be its own {field}")
        if (entity.start or entity.end) and entity.kind is not Kind.EVENT:
            err(node, ("start",), "start/end: only events have dates")
        if entity.start and entity.end and _before(entity.end, entity.start):
            err(node, ("end",), f"end: {entity.end} is before start {entity.start}")
    errors.extend(_parent_cycles(path, items, by_id))
    return errors


def _a(word: str) -> str:
    return ("an " if word[0] in "aeiou" else "a ") + word


def _before(end: str, start: str) -> bool:
    """Whether a partial date ends before another begins (2017-05 is not before 2017-05-14)."""
    common = min(len(end), len(start))
    return end[:common] < start[:common]


def _parent_cycles(
    path: str, items: list[tuple[Entity, yaml.Node | None]], by_id: dict[str, Entity]
) -> list[ContentError]:
    errors = []
    for entity, node in items:
        seen, current = {entity.id}, by_id.get(entity.parent or "")
        while current is not None and current.parent:
            if current.parent in seen:
                line = yaml_line(node, ("parent",))
                errors.append(ContentError(path, f"parent: '{entity.id}' is its own ancestor", line))
                break
            seen.add(current.id)
            current = by_id.get(current.parent)
    return errors
