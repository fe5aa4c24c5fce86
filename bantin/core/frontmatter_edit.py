"""Edit an article's YAML front-matter as text, so every byte nobody asked us to change stays.

Editors format their files by hand (comments, quoting, key order, blank lines), and re-dumping
the YAML would rewrite all of it. Instead each edit works on the text where the value stands
(PyYAML's node marks give its span): a scalar is replaced, list items are appended after the
last one (`- id` lines, or `, id` before a `]`), and a missing key is inserted next to its
neighbours in the schema's key order. Before anything is written the result is loaded again and
must equal the old mapping except for the keys we meant to change, in the same key order; the
file is then replaced in one step, and only if nobody changed it in the meantime.

Used by `tag` (lists), `translate` (the English keys) and the importer's scan of DEST (`split`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from . import files, yamldump
from .article import FrontMatter, Split, split, split_problem
from .errors import TextLoader, yaml_problem

_WIDE = 1_000_000  # so PyYAML never folds a value over two lines

#: Where a missing key goes: after the nearest key before it here, as the importer writes files.
KEY_ORDER: tuple[str, ...] = tuple(FrontMatter.model_fields)


class EditError(ValueError):
    """A file we cannot (or must not) rewrite; the message is one line, without the path."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line  # in the whole file, when known


@dataclass(frozen=True)
class FrontMatterFile:
    """An article file as read: its bytes (to detect a change before writing) and its YAML."""

    raw: bytes
    parts: Split
    node: yaml.MappingNode
    meta: dict[str, Any]

    @property
    def body(self) -> str:
        return self.parts.body

    def line_offset(self) -> int:
        """Lines before the YAML text (the `---` line), to report lines of the whole file."""
        return self.parts.head.count("\n")


def parse(raw: bytes) -> FrontMatterFile:
    """Split and load the front-matter of an article file (raises EditError, with a line)."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise EditError(f"not UTF-8 (byte {exc.start})", raw.count(b"\n", 0, exc.start) + 1) from None
    parts = split(text)
    if parts is None:
        raise EditError(split_problem(text), 1)
    offset = parts.head.count("\n")
    try:
        node = yaml.compose(parts.front, Loader=TextLoader)
        meta = yaml.load(parts.front, Loader=TextLoader)
    except yaml.YAMLError as exc:
        problem, line = yaml_problem(exc)
        raise EditError(f"invalid YAML front-matter: {problem}", line + offset if line else None) from None
    if not isinstance(node, yaml.MappingNode) or not isinstance(meta, dict):
        raise EditError("front-matter must be a mapping of keys to values", offset + 1)
    return FrontMatterFile(raw, parts, node, meta)


def _scalar(value: str, flow: bool = False) -> str:
    """`value` as PyYAML writes it in our files (quoted only when needed), on one line.

    `flow` is for an item inside `[...]`, where a comma or bracket needs quotes too.
    """
    data: object = [value] if flow else {"k": value}
    dumped = yamldump.dump(data, default_flow_style=flow, allow_unicode=True, width=_WIDE)
    line = dumped.rstrip("\n")
    line = line[1:-1] if flow else line.removeprefix("k: ")
    if "\n" in line or not dumped.startswith("[" if flow else "k: "):
        raise EditError(f"cannot write {value!r} on one line")
    return line


def _entries(front: str) -> dict[str, tuple[yaml.Node, yaml.Node]]:
    """Each key's (key node, value node), with positions in `front`."""
    try:
        node = yaml.compose(front, Loader=TextLoader)
    except yaml.YAMLError as exc:  # pragma: no cover - a bug in an earlier edit
        raise EditError(f"rewriting the front-matter broke it ({yaml_problem(exc)[0]})") from None
    if not isinstance(node, yaml.MappingNode):
        raise EditError("front-matter must be a mapping of keys to values")
    return {k.value: (k, v) for k, v in node.value if isinstance(k, yaml.ScalarNode)}


def _newline(front: str) -> str:
    return "\r\n" if "\r\n" in front else "\n"


def _line_end(text: str, index: int) -> int:
    """Index of the end of the line containing `index` (before its line break)."""
    end = text.find("\n", index)
    end = len(text) if end < 0 else end
    return end - 1 if end > 0 and text[end - 1] == "\r" else end


def _value_end(front: str, value: yaml.Node) -> int:
    """End of the last line of `value` (after its comment, before the line break).

    A block list or mapping ends where the next key starts, after any comment lines between
    them; those comments belong to the next key, so we look at its last item instead. A block
    scalar ends at the start of the line after it (its trailing blank lines may be its text).
    """
    while isinstance(value, yaml.CollectionNode) and not value.flow_style and value.value:
        last = value.value[-1]
        value = last[1] if isinstance(last, tuple) else last
    index = value.end_mark.index
    if index > 0 and front[index - 1] == "\n":
        return index - 2 if index > 1 and front[index - 2] == "\r" else index - 1
    return _line_end(front, index)


def _insert(front: str, entries: dict[str, tuple[yaml.Node, yaml.Node]], key: str, entry: str) -> str:
    """`front` with `entry` (lines for the missing `key`) after the key before it in KEY_ORDER,
    else before the key after it, else (or for a key not in the schema) at the end."""
    nl = _newline(front)
    index = KEY_ORDER.index(key) if key in KEY_ORDER else None
    before = [k for k in reversed(KEY_ORDER[:index]) if k in entries] if index is not None else []
    after = [k for k in KEY_ORDER[index + 1 :] if k in entries] if index is not None else []
    if before:
        at = _value_end(front, entries[before[0]][1])
        return front[:at] + nl + entry + front[at:]
    if after:
        at = front.rfind("\n", 0, entries[after[0]][0].start_mark.index) + 1
        return front[:at] + entry + nl + front[at:]
    sep = "" if not front or front.endswith("\n") else nl
    return front + sep + entry + nl


def set_scalar(front: str, key: str, value: str) -> str:
    """`front` with `key: value`, the value replaced where it stands (comments after it stay)."""
    entries = _entries(front)
    if key not in entries:
        return _insert(front, entries, key, f"{key}: {_scalar(value)}")
    node = entries[key][1]
    if not isinstance(node, yaml.ScalarNode):
        raise EditError(f"{key}: must be text, not a list or mapping")
    start, end = node.start_mark.index, node.end_mark.index
    end = start + len(front[start:end].rstrip("\r\n"))  # keep a block scalar's line breaks
    prefix = " " if start == end and front[start - 1 : start] == ":" else ""
    return front[:start] + prefix + _scalar(value) + front[end:]


def append_items(front: str, key: str, items: list[str]) -> str:
    """`front` with `items` appended to the list under `key`, in the list's own style.

    An empty value (`key:`, `key: ''`) becomes a block list; a missing key is inserted.
    """
    if not items:
        return front
    nl = _newline(front)
    block = f"{key}:" + "".join(f"{nl}- {_scalar(item)}" for item in items)
    entries = _entries(front)
    if key not in entries:
        return _insert(front, entries, key, block)
    key_node, value = entries[key]
    if isinstance(value, yaml.SequenceNode) and value.flow_style:
        close = front.rindex("]", 0, value.end_mark.index)
        sep = ", " if value.value else ""
        return front[:close] + sep + ", ".join(_scalar(item, flow=True) for item in items) + front[close:]
    if isinstance(value, yaml.SequenceNode) and value.value:
        line_start = front.rfind("\n", 0, value.value[0].start_mark.index) + 1
        prefix = front[line_start : front.index("-", line_start)] + "- "  # the list's indentation
        at = _value_end(front, value)
        return front[:at] + "".join(f"{nl}{prefix}{_scalar(item)}" for item in items) + front[at:]
    if isinstance(value, yaml.ScalarNode) and value.value in ("", "null", "~"):
        start = key_node.start_mark.index  # `places:`, `places: ''`: the value is on the key's line
        return front[:start] + block + front[_line_end(front, start) :]
    raise EditError(f"{key}: is not a list")


def replace_flow(front: str, key: str, items: list[str]) -> str:
    """`front` with `key` set to the one-line list `[a, b]` (for keys only a machine writes)."""
    line = f"{key}: [{', '.join(_scalar(item, flow=True) for item in items)}]"
    entries = _entries(front)
    if key not in entries:
        return _insert(front, entries, key, line)
    key_node, value = entries[key]
    return front[: key_node.start_mark.index] + line + front[_value_end(front, value) :]


def rewritten(doc: FrontMatterFile, front: str, changed: Mapping[str, Any]) -> bytes:
    """The file's bytes with `front` as its YAML, checked: it must load to the old mapping with
    only the `changed` keys set to these values, and keep the old keys in their order."""
    try:
        meta = yaml.load(front, Loader=TextLoader)
    except yaml.YAMLError as exc:  # pragma: no cover - a bug in an edit
        raise EditError(f"rewriting the front-matter broke it ({yaml_problem(exc)[0]})") from None
    if (
        not isinstance(meta, dict)
        or meta != {**doc.meta, **changed}
        or [k for k in meta if k in doc.meta] != list(doc.meta)
    ):
        raise EditError("rewriting the front-matter would change other keys; file left as it was")
    return (doc.parts.head + front + doc.parts.tail).encode("utf-8")


def update(doc: FrontMatterFile, values: Mapping[str, str]) -> bytes:
    """The file's bytes with the scalar `values` set (raises EditError, see `rewritten`)."""
    front = doc.parts.front
    for key, value in values.items():
        front = set_scalar(front, key, value)
    return rewritten(doc, front, values)


def write_atomic(path: Path, data: bytes, expected: bytes) -> None:
    """Replace `path` by `data` in one step, unless its content is no longer `expected`.

    A reader sees the old file or the new one, never half; an editor's save made while we
    worked is never overwritten.
    """

    def unchanged() -> None:
        if path.read_bytes() != expected:
            raise EditError("the file changed while it was being edited; left as it is")

    files.write_atomic(path, data, before_replace=unchanged)
