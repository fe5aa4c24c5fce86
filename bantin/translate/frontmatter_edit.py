"""Rewrite a few front-matter keys of an article file and leave every other byte alone.

Editors format their files by hand (comments, quoting, key order, blank lines), so re-dumping
the YAML would rewrite lines nobody asked us to touch. Instead the value of each key is replaced
where it stands in the text (PyYAML's node marks give its span) and a missing key is inserted as
one line next to its siblings. The result is checked before it is written: the bytes outside the
front-matter are the same, and the YAML loads to the same mapping except for the keys we set.
The file is written to a temporary file in its folder and moved over the original in one step,
and only if nobody changed the original in the meantime.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bantin.errors import TextLoader, yaml_problem

_OPEN = re.compile(r"\A(\ufeff?)---[ \t]*(\r?\n)")
_CLOSE = re.compile(r"^-{3,}[ \t]*\r?$", re.MULTILINE)


class EditError(Exception):
    """A file we cannot (or must not) rewrite; the message is one line, without the path."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line  # in the whole file, when known


@dataclass(frozen=True)
class FrontMatterFile:
    """An article file split into its front-matter YAML (with positions) and the rest."""

    raw: bytes
    text: str
    start: int  # where the YAML text begins in `text` (after the opening `---` line)
    end: int  # where the closing `---` line begins
    newline: str
    node: yaml.MappingNode
    meta: dict[str, Any]

    @property
    def yaml_text(self) -> str:
        return self.text[self.start : self.end]

    @property
    def body(self) -> str:
        """The Markdown after the closing `---` line."""
        close = _CLOSE.match(self.text, self.end)
        return self.text[close.end() if close else self.end :].lstrip("\r\n")

    def line_offset(self) -> int:
        """Lines before the YAML text (the `---` line), to report lines of the whole file."""
        return self.text.count("\n", 0, self.start)


def parse(raw: bytes) -> FrontMatterFile:
    """Split and load the front-matter of an article file (raises EditError)."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise EditError(f"not UTF-8 (byte {exc.start})") from None
    opening = _OPEN.match(text)
    if not opening:
        raise EditError("no front-matter: the file must start with a '---' line")
    closing = _CLOSE.search(text, opening.end())
    if not closing:
        raise EditError("front-matter is not closed by a '---' line")
    start, end = opening.end(), closing.start()
    try:
        node = yaml.compose(text[start:end], Loader=TextLoader)
        meta = yaml.load(text[start:end], Loader=TextLoader)
    except yaml.YAMLError as exc:
        problem, line = yaml_problem(exc)
        line = line + text.count("\n", 0, start) if line else None
        raise EditError(f"invalid YAML front-matter: {problem}", line) from None
    if not isinstance(node, yaml.MappingNode) or not isinstance(meta, dict):
        raise EditError("front-matter must be a mapping of keys to values")
    return FrontMatterFile(raw, text, start, end, opening.group(2), node, meta)


def _scalar(value: str) -> str:
    """A value as PyYAML writes it in our files (quoted only when needed), on one line."""
    dumped: str = yaml.safe_dump({"k": value}, allow_unicode=True, width=1_000_000, sort_keys=False)
    line = dumped.removeprefix("k: ").rstrip("\n")
    if "\n" in line or not dumped.startswith("k: "):
        raise EditError(f"cannot write {value!r} on one line")
    return line


def _entries(node: yaml.MappingNode) -> dict[str, tuple[yaml.Node, yaml.Node]]:
    return {k.value: (k, v) for k, v in node.value if isinstance(k, yaml.ScalarNode)}


def _line_start(text: str, index: int) -> int:
    return text.rfind("\n", 0, index) + 1


def _after_entry(text: str, value: yaml.Node) -> int:
    """The start of the line after a key's value (block scalars end there already)."""
    end: int = value.end_mark.index
    if end > 0 and text[end - 1] == "\n":
        return end
    newline = text.find("\n", end)
    return len(text) if newline < 0 else newline + 1


Edit = tuple[int, int, str]


def _edits(doc: FrontMatterFile, values: Mapping[str, str], order: Sequence[str]) -> list[Edit]:
    """(start, end, replacement) spans in the YAML text, for every key in `values`."""
    text, nl = doc.yaml_text, doc.newline
    entries = _entries(doc.node)
    edits: list[Edit] = []
    for key, value in values.items():
        if key not in entries:
            continue
        _, node = entries[key]
        if not isinstance(node, yaml.ScalarNode):
            raise EditError(f"{key}: must be text, not a list or mapping")
        start, end = node.start_mark.index, node.end_mark.index
        end = start + len(text[start:end].rstrip("\r\n"))  # keep a block scalar's line breaks
        prefix = " " if start == end and text[start - 1 : start] == ":" else ""
        edits.append((start, end, prefix + _scalar(value)))
    missing = [key for key in order if key in values and key not in entries]
    for key in missing:
        line = f"{key}: {_scalar(values[key])}{nl}"
        index = order.index(key)
        before = [k for k in reversed(order[:index]) if k in entries]
        after = [k for k in order[index + 1 :] if k in entries]
        if before:
            at = _after_entry(text, entries[before[0]][1])
        elif after:
            at = _line_start(text, entries[after[0]][0].start_mark.index)
        else:
            at = len(text)
        if at == len(text) and text and not text.endswith("\n"):
            line = nl + line
        edits.append((at, at, line))
    return edits


def update(doc: FrontMatterFile, values: Mapping[str, str], order: Sequence[str]) -> bytes:
    """The file's bytes with `values` set; missing keys go next to their neighbours in `order`.

    Raises EditError if the result would change anything but those keys.
    """
    yaml_text = doc.yaml_text
    # Applied from the end so earlier offsets stay valid; of two insertions at one place the
    # later one goes in first, so they end up in `order`.
    edits = sorted(enumerate(_edits(doc, values, order)), key=lambda e: (e[1][0], e[0]), reverse=True)
    for _, (start, end, replacement) in edits:
        yaml_text = yaml_text[:start] + replacement + yaml_text[end:]
    text = doc.text[: doc.start] + yaml_text + doc.text[doc.end :]
    _verify(doc, yaml_text, values)
    return text.encode("utf-8")


def _verify(doc: FrontMatterFile, yaml_text: str, values: Mapping[str, str]) -> None:
    try:
        meta = yaml.load(yaml_text, Loader=TextLoader)
    except yaml.YAMLError as exc:  # pragma: no cover - a bug in _edits
        raise EditError(f"rewriting the front-matter broke it ({yaml_problem(exc)[0]})") from None
    expected = {**doc.meta, **values}
    old_keys = [k for k in meta if k in doc.meta]
    if meta != expected or old_keys != list(doc.meta):
        raise EditError("rewriting the front-matter would change other keys; file left as it was")


def write_atomic(path: Path, data: bytes, expected: bytes) -> None:
    """Replace `path` by `data` in one step, unless its content is no longer `expected`."""
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        with contextlib.suppress(OSError):
            os.chmod(temp, path.stat().st_mode & 0o7777)
        if path.read_bytes() != expected:
            raise EditError("the file changed while it was being translated; left as it is")
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
