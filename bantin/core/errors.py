"""Errors a user can act on: one line each, naming the file and, when known, the line."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import yaml
from pydantic import ValidationError


@dataclass(frozen=True)
class ContentError(Exception):
    """A problem in one content file, printed as `path:line: message`."""

    path: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


class ContentErrors(Exception):
    """Every problem found in a pass over the content, so the user can fix them all at once."""

    def __init__(self, errors: Sequence[ContentError]) -> None:
        super().__init__(f"{len(errors)} error(s) in content")
        self.errors = list(errors)


def yaml_line(node: yaml.Node | None, loc: Iterable[Any], offset: int = 0) -> int | None:
    """Line (1-based, plus `offset`) of the YAML node at pydantic location `loc`.

    Walks as deep as the location exists, so a missing key points at its mapping.
    """
    if node is None:
        return None
    for key in loc:
        child = None
        if isinstance(node, yaml.MappingNode):
            child = next((v for k, v in node.value if k.value == str(key)), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            child = node.value[key]
        if child is None:
            break
        node = child
    return node.start_mark.line + 1 + offset


class _OneValuePerKey:
    """A mapping that gives a key twice is an error naming both lines: YAML would keep the last
    value silently (a second `title` in an article, a second `id` in a registry entry)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[tuple[str, str], yaml.Node] = {}
        for key, _ in node.value:
            if not isinstance(key, yaml.ScalarNode) or key.tag == "tag:yaml.org,2002:merge":
                continue  # `<<` merges may be overridden; complex keys are the schema's business
            first = seen.setdefault((key.tag, key.value), key)
            if first is not key:
                raise yaml.constructor.ConstructorError(
                    None,
                    None,
                    f"duplicate key '{key.value}' (first on line {first.start_mark.line + 1})",
                    key.start_mark,
                )
        return super().construct_mapping(node, deep)  # type: ignore[misc]


class TextLoader(_OneValuePerKey, yaml.SafeLoader):
    """Safe YAML loader that leaves dates as text, so our schema checks them (with a line), and
    refuses a key given twice in one mapping."""


TextLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class _FastTextLoader(_OneValuePerKey, getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """TextLoader's rules on LibYAML when it is installed (several times faster)."""


_FastTextLoader.yaml_implicit_resolvers = TextLoader.yaml_implicit_resolvers


def _parse_with(loader_class: type, text: str) -> tuple[yaml.Node | None, Any]:
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, None
        data = _plain_data(node, set())
        return node, (loader.construct_document(node) if data is _OTHER else data)
    finally:
        loader.dispose()


#: What `_plain_data` answers for a document it leaves to PyYAML's constructor.
_OTHER: Any = object()
_TAG = "tag:yaml.org,2002:"
_SCALARS: dict[str, Any] = {
    f"{_TAG}str": lambda value: value,
    f"{_TAG}null": lambda value: None,
    f"{_TAG}bool": lambda value: yaml.constructor.SafeConstructor.bool_values.get(value.lower(), _OTHER),
}


def _plain_data(node: yaml.Node, seen: set[int]) -> Any:
    """The data of a document of mappings, sequences, text, booleans and nulls (what the importer
    and editors write), as PyYAML's constructor makes it, without its machinery (~80 µs an
    article's front-matter, twice what LibYAML takes to parse it). `_OTHER` for anything else:
    numbers, other tags, a key that is not text or is given twice, a node met twice (an
    alias), which the constructor then builds, with its checks and errors."""
    if isinstance(node, yaml.ScalarNode):
        make = _SCALARS.get(node.tag)
        return _OTHER if make is None else make(node.value)
    if id(node) in seen:
        return _OTHER
    seen.add(id(node))
    if isinstance(node, yaml.SequenceNode) and node.tag == f"{_TAG}seq":
        items = [_plain_data(item, seen) for item in node.value]
        return _OTHER if any(item is _OTHER for item in items) else items
    if isinstance(node, yaml.MappingNode) and node.tag == f"{_TAG}map":
        mapping: dict[str, Any] = {}
        for key, value in node.value:
            if not isinstance(key, yaml.ScalarNode) or key.tag != f"{_TAG}str" or key.value in mapping:
                return _OTHER
            data = _plain_data(value, seen)
            if data is _OTHER:
                return _OTHER
            mapping[key.value] = data
        return mapping
    return _OTHER


def parse_yaml(text: str) -> tuple[yaml.Node | None, Any]:
    """The YAML tree (for line numbers) and the data, from one parse; raises yaml.YAMLError.

    On an error LibYAML's message is vaguer than PyYAML's, so the text is parsed again with
    PyYAML for the message the editor sees.
    """
    try:
        return _parse_with(_FastTextLoader, text)
    except yaml.YAMLError:
        return _parse_with(TextLoader, text)


def yaml_problem(exc: yaml.YAMLError) -> tuple[str, int | None]:
    """What is wrong in a YAML text and on which line (1-based).

    For an unclosed bracket or quote YAML reports the end of the text; the line where the
    construct began (its context) is where an editor must look.
    """
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    mark = getattr(exc, "problem_mark", None)
    context = getattr(exc, "context_mark", None)
    if context is not None and (mark is None or "end" in problem):
        mark = context
    return problem, (mark.line + 1 if mark is not None else None)


def validation_errors(
    path: str, error: ValidationError, node: yaml.Node | None, offset: int = 0
) -> list[ContentError]:
    """Turn a pydantic error into one ContentError per problem, each with its line."""
    out = []
    for item in error.errors():
        loc = [part for part in item["loc"] if not (isinstance(part, str) and part.startswith("function-"))]
        field = ".".join(str(part) for part in loc)
        msg = item["msg"]
        if item["type"] == "extra_forbidden":
            msg = "unknown key (typo?)"
        out.append(ContentError(path, f"{field}: {msg}" if field else msg, yaml_line(node, loc, offset)))
    return out
