"""The entity registry: organizations, people, events and places.

The registry (`content/entities.yml`) is written by editors; its header comment documents every
key. Articles refer to entities by id; finding them in text is `bantin.tagging.matcher`'s work
(`mentions`), which imports this module and never the other way round. Loading checks
everything an editor can get wrong across entries (a name claimed twice, a dangling `parent`, an
event ending before it starts) and reports each problem with its line.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Annotated, Any

import yaml
from pydantic import BaseModel, ConfigDict, StringConstraints, ValidationError, field_validator

from .core.errors import ContentError, ContentErrors, parse_yaml, validation_errors, yaml_line, yaml_problem
from .core.text import is_syllable, name_key, normalize, slugify, sort_key

EntityId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")]
OneLine = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, pattern=r"^[^\n]*$")]
#: One line that may still be empty: English and descriptions `entities add` leaves for the editor.
MaybeLine = Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^[^\n]*$")]
#: A date that may be partial: YYYY-MM-DD, YYYY-MM or YYYY (an event known only by its month).
PartialDate = Annotated[str, StringConstraints(pattern=r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")]
WikidataId = Annotated[str, StringConstraints(pattern=r"^Q[1-9][0-9]*$")]
#: The last year an event's date may name (history may go back as far as it likes).
LAST_YEAR = 2100
Symbol = Annotated[str, StringConstraints(strip_whitespace=True, max_length=8, pattern=r"^\S+$")]


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
    name_en: MaybeLine = ""  # empty until an editor (or `entities add`) writes it; pages show `name`
    aliases: tuple[OneLine, ...] = ()
    aliases_en: tuple[OneLine, ...] = ()
    #: Names shared with other entities ("Bộ Chính trị"): they count only where `country` is meant.
    ambiguous: tuple[OneLine, ...] = ()
    #: One-word names that are also common words (Anh): they count only inside a sentence.
    guarded: tuple[OneLine, ...] = ()
    #: Phrases containing a name that do not mean this entity ("Anh hùng", "Pháp lệnh").
    exclude: tuple[OneLine, ...] = ()
    description: MaybeLine = ""  # empty: not written yet (`check` lists such entries)
    description_en: MaybeLine = ""
    parent: EntityId | None = None
    country: EntityId | None = None
    #: A place that became part of another (Vietnam's provinces merged on 1 July 2025): its id.
    merged_into: EntityId | None = None
    start: PartialDate | None = None
    end: PartialDate | None = None
    wikidata: WikidataId | None = None
    symbol: Symbol | None = None
    #: Ids the entity had before it was renamed, or of entities merged into it: their old
    #: pages send readers to this one.
    aliases_ids: tuple[EntityId, ...] = ()

    @field_validator("name", "aliases", "ambiguous", "guarded", "exclude", "description", mode="after")
    @classmethod
    def _normalize(cls, value: str | tuple[str, ...]) -> str | tuple[str, ...]:
        if isinstance(value, tuple):
            return tuple(normalize(v) for v in value)
        return normalize(value)

    @field_validator("start", "end", mode="before")
    @classmethod
    def _year_as_text(cls, value: Any) -> Any:
        """`start: 2017` is a YAML integer; a year alone is a valid partial date."""
        return str(value) if isinstance(value, int) and not isinstance(value, bool) else value

    @field_validator("start", "end", mode="after")
    @classmethod
    def _real_date(cls, value: str | None) -> str | None:
        if value is not None:
            parts = [int(p) for p in value.split("-")] + [1, 1]
            try:
                dt.date(parts[0], parts[1], parts[2])
            except ValueError:
                raise ValueError(f"'{value}' is not a real date") from None
            if parts[0] > LAST_YEAR:
                raise ValueError(f"'{value}' is after {LAST_YEAR} (a typo?)")
        return value

    def name_in(self, lang: str) -> str:
        return (self.name_en or self.name) if lang == "en" else self.name

    def description_in(self, lang: str) -> str:
        return (self.description_en or self.description) if lang == "en" else self.description

    @property
    def sort_key(self) -> tuple:
        return sort_key(self.name)

    def names(self) -> Iterator[tuple[str, str]]:
        """Every Vietnamese name with how it is matched: 'plain', 'ambiguous' or 'guarded'."""
        special = {n: "ambiguous" for n in self.ambiguous} | {n: "guarded" for n in self.guarded}
        if self.name not in special:
            yield self.name, "plain"
        for alias in self.aliases:
            yield alias, "plain"
        yield from special.items()


class Registry:
    """All entities by id."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        self._entities = {e.id: e for e in entities}

    def __iter__(self) -> Iterator[Entity]:
        return iter(self._entities.values())

    def __len__(self) -> int:
        return len(self._entities)

    def __contains__(self, entity_id: object) -> bool:
        return entity_id in self._entities

    def get(self, entity_id: str) -> Entity | None:
        return self._entities.get(entity_id)

    def problem(self, kind: Kind, entity_id: str) -> str | None:
        """Why an article may not name `entity_id` among its entities of `kind` (None: it may)."""
        entity = self._entities.get(entity_id)
        if entity is None:
            return f"unknown entity '{entity_id}' (not in the entity registry)"
        if entity.kind is not kind:
            return f"'{entity_id}' is a {entity.kind.value}, not a {kind.value}"
        return None

    def of_kind(self, kind: Kind) -> list[Entity]:
        """Entities of one kind in Vietnamese alphabetical order."""
        return sorted((e for e in self if e.kind is kind), key=lambda e: e.sort_key)

    def children(self, entity_id: str) -> list[Entity]:
        """Entities whose `parent` is `entity_id`, in alphabetical order."""
        return sorted((e for e in self if e.parent == entity_id), key=lambda e: e.sort_key)

    def ancestors(self, entity_id: str) -> list[Entity]:
        """The `parent`, its parent and so on (the registry has no cycles)."""
        out: list[Entity] = []
        entity = self.get(entity_id)
        while entity is not None and entity.parent and (entity := self.get(entity.parent)) is not None:
            out.append(entity)
        return out

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
            node, data = parse_yaml(text)
        except yaml.YAMLError as exc:
            problem, line = yaml_problem(exc)
            raise ContentErrors([ContentError(name, f"invalid YAML: {problem}", line)]) from None
        if data is None:
            data = []
        if not isinstance(data, list):
            raise ContentErrors([ContentError(name, "must be a YAML list of entities", 1)])
        errors: list[ContentError] = []
        entities: list[tuple[Entity, yaml.Node | None]] = []
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
            entities.append((entity, item_node))
        errors.extend(_cross_checks(name, entities))
        if errors:
            raise ContentErrors(errors)
        return cls(e for e, _ in entities)


# --- checks that involve several entries, or one entry's fields against each other ----------

_NAME_FIELDS = ("name", "aliases", "ambiguous", "guarded")


def _cross_checks(path: str, items: list[tuple[Entity, yaml.Node | None]]) -> list[ContentError]:
    """Problems that involve more than one entry, or one entry's fields against each other."""
    errors: list[ContentError] = []
    by_id = {e.id: e for e, _ in items}
    claims: dict[str, tuple[str, str, int | None]] = {}  # name key → (entity id, how, line)
    old_ids: dict[str, Entity] = {}  # `aliases_ids` → the entity that took them

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
                if field != "name" and (short := too_short(value)):
                    err(node, loc, f"{field}: '{value}' {short}")
                    continue
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
        for i, old in enumerate(entity.aliases_ids):
            owner = by_id.get(old) or (old_ids.get(old) if old_ids.get(old) is not entity else None)
            if owner is not None:
                err(node, ("aliases_ids", i), f"aliases_ids: '{old}' is also the id of '{owner.id}'")
            old_ids[old] = entity
        if (entity.start or entity.end) and entity.kind is not Kind.EVENT:
            err(node, ("start",), "start/end: only events have dates")
        if entity.start and entity.end and _before(entity.end, entity.start):
            err(node, ("end",), f"end: {entity.end} is before start {entity.start}")
    errors.extend(_parent_cycles(path, items, by_id))
    return errors


def too_short(name: str) -> str | None:
    """Why an alias (or ambiguous or guarded name) is too short to tag with, if it is.

    One letter never ("A" is in "bảng A" and "Vitamin A"). Two letters only as an acronym in
    capitals (EU, G7, QH), which matches only in capitals and as a whole word, or as a capitalized
    Vietnamese syllable (Úc, Mỹ), which matches only with its capital, as a whole word, and never
    inside a run of capitalized words (`bantin.tagging.matcher`, rules 2 and 3)."""
    letters = [c for c in name if c.isalnum()]
    if len(letters) >= 3:
        return None
    acronym, syllable = name.isupper(), name[:1].isupper() and is_syllable(name)
    if len(letters) == 2 and " " not in name and (acronym or syllable):
        return None
    return (
        "is too short to tag with: an alias needs three letters, or two as an acronym in capitals "
        "(EU) or a capitalized syllable (Úc)"
    )


def _a(word: str) -> str:
    return ("an " if word[0] in "aeiou" else "a ") + word


def _before(end: str, start: str) -> bool:
    """Whether a partial date ends before another begins (2017-05 is not before 2017-05-14)."""
    common = min(len(end), len(start))
    return end[:common] < start[:common]


def _parent_cycles(
    path: str, items: list[tuple[Entity, yaml.Node | None]], by_id: dict[str, Entity]
) -> list[ContentError]:
    """One error for each entity on a cycle of parents, spelling the cycle (an entity whose
    chain only leads into a cycle is not on it: the cycle's own errors point there)."""
    errors = []
    for entity, node in items:
        chain, current = [entity.id], by_id.get(entity.parent or "")
        while current is not None and current.id not in chain:
            chain.append(current.id)
            current = by_id.get(current.parent or "")
        if current is not None and current.id == entity.id:
            cycle = " → ".join([*chain, entity.id])
            line = yaml_line(node, ("parent",))
            errors.append(ContentError(path, f"parent: '{entity.id}' is its own ancestor ({cycle})", line))
    return errors
