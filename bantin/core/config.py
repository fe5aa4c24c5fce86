"""Typed options for mkdocs.yml beyond MkDocs' own: checked by MkDocs, reported with their key."""

from __future__ import annotations

from typing import Any

from mkdocs.config import config_options as c


class Number(c.Type):
    """A number of at least `least` (more than it when `above`), never a yes/no; whole when
    `kind` is int. MkDocs reports a bad one with its key, as every option."""

    def __init__(self, kind: type, default: float, least: float = 0, above: bool = False) -> None:
        super().__init__((int, float) if kind is float else int, default=default)
        self.kind, self.least, self.above = kind, least, above

    def run_validation(self, value: object) -> Any:
        if isinstance(value, bool):
            raise c.ValidationError(f"must be a number, not {value!r}")
        number = super().run_validation(value)
        if number < self.least or (self.above and number == self.least):
            raise c.ValidationError(f"must be {'more than' if self.above else 'at least'} {self.least}")
        return self.kind(number)
