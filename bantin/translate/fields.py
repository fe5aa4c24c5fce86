"""Which English fields a translation may write: the rule that keeps an editor's text safe.

A field belongs to an editor when `*_by` says `editor`, or when it has text and no `*_by` at
all (someone typed it in); such a field is never written, whatever the options. A machine field
(`*_by: machine:…`) is rewritten only when the Vietnamese it was made from changed (its hash
differs from `en_source_sha256`, or there is no hash to compare) or when asked to
(`--force-machine`). An empty field is filled.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any

#: The English fields: (text key, provenance key).
FIELDS = (("title_en", "title_en_by"), ("summary_en", "summary_en_by"))
HASH_KEY = "en_source_sha256"


class Decision(Enum):
    """What to do with one English field, and why (the reason is shown to users)."""

    FILL = "empty"
    REFRESH = "Vietnamese changed"
    FORCE = "forced"
    EDITOR = "written by an editor"
    CURRENT = "up to date"
    NO_SOURCE = "no Vietnamese text to translate"

    @property
    def writes(self) -> bool:
        return self in (Decision.FILL, Decision.REFRESH, Decision.FORCE)


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def decide(meta: Mapping[str, Any], key: str, by_key: str, source_sha256: str, force: bool) -> Decision:
    """The decision for one field of a front-matter mapping (as YAML loaded it)."""
    value, by = _text(meta.get(key)), _text(meta.get(by_key))
    if by == "editor" or (value and not by):
        return Decision.EDITOR
    if not value:
        return Decision.FILL
    if force:
        return Decision.FORCE
    if _text(meta.get(HASH_KEY)) != source_sha256:
        return Decision.REFRESH
    return Decision.CURRENT


@dataclass(frozen=True)
class Plan:
    """The decision for each English field of one article."""

    title: Decision
    summary: Decision

    @property
    def writes(self) -> bool:
        return self.title.writes or self.summary.writes

    def reason(self) -> str:
        """Why nothing is written, for the skip message: `title up to date, summary by an editor`."""
        if self.title is self.summary:
            return self.title.value
        return f"title {self.title.value}, summary {self.summary.value}"


def plan(meta: Mapping[str, Any], source_sha256: str, summary_source: str, force: bool) -> Plan:
    """Decide both fields; a summary with no Vietnamese lead to translate is left alone."""
    (title_key, title_by), (summary_key, summary_by) = FIELDS
    summary = decide(meta, summary_key, summary_by, source_sha256, force)
    if summary.writes and not summary_source:
        summary = Decision.NO_SOURCE
    return Plan(decide(meta, title_key, title_by, source_sha256, force), summary)
