"""A translation memory: what a provider made of a text, kept by the text's hash.

A deploy that translates articles without English (`python build.py translate` in the Pages
workflow) starts from a fresh checkout every time: the English it wrote last time is not in the
article files, which a deploy does not commit. The memory keeps each translation, keyed by the
provider and the SHA-256 of the Vietnamese it was made from, in one JSON file that the workflow
caches (`translate_memory` in mkdocs.yml, `.cache/translations.json` by default), so an article
is sent to the provider once, not on every deploy. A changed text has another hash and is
translated again; a memory that cannot be read is started afresh.
"""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path

from ..core.files import write_atomic

log = logging.getLogger("bantin.translate")


def _key(provider: str, text: str) -> str:
    return f"{provider}:{hashlib.sha256(text.encode('utf-8')).hexdigest()}"


class Memory:
    """Translations by provider and text; `path` None keeps nothing; `reuse` False (`translate
    --force-machine`) asks the provider again and keeps its new answers."""

    def __init__(self, path: Path | None, reuse: bool = True) -> None:
        self.path = path
        self.reuse = reuse
        self.entries: dict[str, str] = {}
        self.hits = 0
        self._changed = False
        if path is not None and path.is_file():
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, ValueError):
                data = None
            if isinstance(data, dict) and all(isinstance(v, str) for v in data.values()):
                self.entries = data
            else:
                log.warning(f"{path}: not a translation memory; starting a new one")

    def get(self, provider: str, text: str) -> str | None:
        found = self.entries.get(_key(provider, text)) if self.reuse else None
        if found is not None:
            self.hits += 1
        return found

    def put(self, provider: str, text: str, translation: str) -> None:
        if self.path is not None and self.entries.get(_key(provider, text)) != translation:
            self.entries[_key(provider, text)] = translation
            self._changed = True

    def save(self) -> None:
        """Write the memory if it learned anything (sorted, so the same memory is the same bytes)."""
        if self.path is None or not self._changed:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = json.dumps(dict(sorted(self.entries.items())), ensure_ascii=False, indent=0)
        write_atomic(self.path, (data + "\n").encode("utf-8"))
        self._changed = False
