"""The entity registry: organizations, people, events and places, and finding them in text.

The registry (`content/entities.yml`) is written by editors. Articles refer to entities by id;
the importer tags new articles by finding an entity's names and aliases in their text.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Annotated

import yaml
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError, field_validator

from .errors import ContentError, ContentErrors, TextLoader, validation_errors, yaml_problem
from .text import normalize, slugify, sort_key

EntityId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")]
OneLine = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, pattern=r"^[^\n]*$")]


class Kind(enum.StrEnum):
    """What an entity is; its value is the singular used in the registry."""

    ORGANIZATION = "organization"
    PERSON = "person"
    EVENT = "event"
    PLACE = "place"

    @property
    def field(self) -> str:
        """The article front-matter key that lists entities of this kind."""
        return {"organization": "organizations", "person": "people", "event": "events", "place": "places"}[
            self.value
        ]


class Entity(BaseModel):
    """One named thing, in Vietnamese and English."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: EntityId
    kind: Kind
    name: OneLine
    name_en: OneLine
    aliases: tuple[OneLine, ...] = ()
    aliases_en: tuple[OneLine, ...] = ()
    description: OneLine
    description_en: OneLine

    @field_validator("name", "aliases", "description", mode="after")
    @classmethod
    def _normalize(cls, value: str | tuple[str, ...]) -> str | tuple[str, ...]:
        if isinstance(value, tuple):
            return tuple(normalize(v) for v in value)
        return normalize(value)

    def name_in(self, lang: str) -> str:
        return self.name_en if lang == "en" else self.name

    def description_in(self, lang: str) -> str:
        return self.description_en if lang == "en" else self.description

    @property
    def sort_key(self) -> tuple:
        return sort_key(self.name)


_DASHES = re.compile(r"\s*[-‐‑‒–—―]\s*")


def _match_form(text: str) -> str:
    """The form text is compared in: normalized, every dash squeezed to '-' (Việt Nam – Lào)."""
    return _DASHES.sub("-", normalize(text))


def _pattern(names: Iterable[str]) -> re.Pattern[str]:
    forms = sorted({_match_form(n) for n in names if n.strip()}, key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, form.split())) for form in forms)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


class Registry:
    """All entities by id, with a matcher built once for tagging."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        self._entities = {e.id: e for e in entities}
        self._patterns = {e.id: _pattern((e.name, *e.aliases)) for e in self._entities.values()}

    def __iter__(self) -> Iterator[Entity]:
        return iter(self._entities.values())

    def __len__(self) -> int:
        return len(self._entities)

    def __contains__(self, entity_id: object) -> bool:
        return entity_id in self._entities

    def get(self, entity_id: str) -> Entity | None:
        return self._entities.get(entity_id)

    def of_kind(self, kind: Kind) -> list[Entity]:
        """Entities of one kind in Vietnamese alphabetical order."""
        return sorted((e for e in self if e.kind is kind), key=lambda e: e.sort_key)

    def mentions(self, text: str) -> dict[Kind, list[str]]:
        """Ids of the entities named in `text`, per kind, in order of first mention.

        Names are matched whole-word and case-sensitively (so "Ban Kiểm tra" does not match
        inside "Ủy ban Kiểm tra"); a name inside a longer name counts too, because in
        Vietnamese the longer name usually contains its parent ("Ủy ban Kiểm tra Trung ương
        Đảng Cộng sản Việt Nam" names the Party as well).
        """
        form = _match_form(text)
        found = []
        for entity_id, pattern in self._patterns.items():
            match = pattern.search(form)
            if match:
                found.append((match.start(), entity_id))
        result: dict[Kind, list[str]] = {kind: [] for kind in Kind}
        for _, entity_id in sorted(found):
            result[self._entities[entity_id].kind].append(entity_id)
        return result

    @classmethod
    def load(cls, path: Path, display: str | None = None) -> Registry:
        """Read and validate the registry file; every problem is reported with its line."""
        name = display or str(path)
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise ContentErrors([ContentError(name, "entity registry not found")]) from None
        except (UnicodeDecodeError, OSError) as exc:
            raise ContentErrors([ContentError(name, f"cannot read: {exc}")]) from None
        try:
            node = yaml.compose(text, Loader=TextLoader)
            data = yaml.load(text, Loader=TextLoader)
        except yaml.YAMLError as exc:
            problem, line = yaml_problem(exc)
            raise ContentErrors([ContentError(name, f"invalid YAML: {problem}", line)]) from None
        if data is None:
            data = []
        if not isinstance(data, list):
            raise ContentErrors([ContentError(name, "must be a YAML list of entities", 1)])
        errors: list[ContentError] = []
        entities: list[Entity] = []
        seen: dict[str, int] = {}
        for index, item in enumerate(data):
            item_node = node.value[index] if isinstance(node, yaml.SequenceNode) else None
            try:
                entity = Entity.model_validate(item)
            except ValidationError as exc:
                errors.extend(validation_errors(name, exc, item_node))
                continue
            line = item_node.start_mark.line + 1 if item_node else None
            if entity.id in seen:
                errors.append(
                    ContentError(name, f"duplicate id '{entity.id}' (first on line {seen[entity.id]})", line)
                )
                continue
            expected = slugify(entity.name)
            if entity.id != expected:
                errors.append(
                    ContentError(name, f"id '{entity.id}' should be the slug of its name: '{expected}'", line)
                )
                continue
            seen[entity.id] = line or 0
            entities.append(entity)
        if errors:
            raise ContentErrors(errors)
        return cls(entities)


def kind_fields() -> dict[str, Kind]:
    """Front-matter key → kind, in the order articles list them."""
    return {kind.field: kind for kind in Kind}


EntityIds = Annotated[list[EntityId], Field(default_factory=list)]
