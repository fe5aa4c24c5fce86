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
