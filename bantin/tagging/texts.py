"""The texts names are discovered in: articles (title and body, front-matter skipped) and raw files."""

from __future__ import annotations

import re
from pathlib import Path

from ..core.frontmatter_edit import split


def read_text(path: Path) -> str:
    """An article's title and body, or a raw file's text."""
    text = path.read_text(encoding="utf-8", errors="replace")
    parts = split(text)
    if parts is None:
        return text
    title = re.search(r"^title:[ \t]*(.*)$", parts.front, re.M)
    return (title.group(1).strip("'\" ") + "\n\n" if title else "") + parts.tail.split("\n", 1)[-1]


def read_texts(paths: tuple[Path, ...] | list[Path]) -> dict[str, str]:
    """Article (.md) and raw (.txt) files named or found in folders: path → title and body."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = path.rglob("*")
            files += [p for p in found if p.suffix in (".md", ".txt") and not p.name.startswith(".")]
        else:
            files.append(path)
    return {str(p): read_text(p) for p in sorted(dict.fromkeys(files)) if p.is_file()}
