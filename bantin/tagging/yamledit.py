"""Edit lists in an article's YAML front-matter as text, so nothing else in the file moves.

Rewriting the file through a YAML dumper would reorder keys, requote strings and drop the
editor's comments. Instead we find the list in the YAML tree (which knows every position) and
append to it in place: a block list gets new `- id` lines after its last item, a flow list
gets `, id` before its `]`, an empty value becomes a block list, a missing key is inserted
after a neighbour key. Everything else stays byte for byte.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml

from ..errors import TextLoader

_FRONT = re.compile(r"\A(---[ \t]*\r?\n)(.*?)(^(?:---|\.\.\.)[ \t]*\r?$)", re.DOTALL | re.MULTILINE)


@dataclass(frozen=True)
class Split:
    """A Markdown file cut into the text before, inside and after its front-matter."""

    head: str
    front: str
    tail: str

    @property
    def text(self) -> str:
        return self.head + self.front + self.tail


def split(text: str) -> Split | None:
    """The front-matter of a Markdown text, or None if it has none."""
    bom = "\ufeff" if text.startswith("\ufeff") else ""
    match = _FRONT.match(text[len(bom) :])
    if match is None:
        return None
    start, end = len(bom) + match.start(2), len(bom) + match.end(2)
    return Split(text[:start], text[start:end], text[end:])


def mapping(front: str) -> yaml.MappingNode:
    """The front-matter's YAML tree; raises yaml.YAMLError or ValueError if it is not a mapping."""
    node = yaml.compose(front, Loader=TextLoader)
    if not isinstance(node, yaml.MappingNode):
        raise ValueError("front-matter is not a mapping of keys to values")
    return node


def _newline(text: str) -> str:
    return "\r\n" if "\r\n" in text else "\n"


def _line_end(text: str, index: int) -> int:
    """Index of the end of the line containing `index` (before its newline)."""
    end = text.find("\n", index)
    end = len(text) if end < 0 else end
    return end - 1 if end > 0 and text[end - 1] == "\r" else end


def _value_end(front: str, value: yaml.Node) -> int:
    if isinstance(value, yaml.SequenceNode) and not value.flow_style and value.value:
        return _line_end(front, value.value[-1].end_mark.index)
    index = value.end_mark.index
    if index > 0 and front[index - 1] == "\n":  # a block ends at the start of the next line
        index -= 1
    return _line_end(front, max(index - 1, 0)) if index else 0


def append(front: str, key: str, items: list[str], after: tuple[str, ...] = ()) -> str:
    """`front` with `items` appended to the list under `key` (created after a key in `after`)."""
    if not items:
        return front
    nl = _newline(front)
    pairs = {k.value: (k, v) for k, v in mapping(front).value}
    if key not in pairs:
        block = f"{key}:" + "".join(f"{nl}- {item}" for item in items)
        anchor = next((pairs[k] for k in reversed(after) if k in pairs), None)
        if anchor is None:
            sep = "" if not front or front.endswith("\n") else nl
            return front + sep + block + nl
        at = _value_end(front, anchor[1])
        return front[:at] + nl + block + front[at:]
    key_node, value = pairs[key]
    if isinstance(value, yaml.SequenceNode) and value.flow_style:
        close = front.rindex("]", 0, value.end_mark.index)
        sep = ", " if value.value else ""
        return front[:close] + sep + ", ".join(items) + front[close:]
    if isinstance(value, yaml.SequenceNode) and value.value:
        first = value.value[0].start_mark
        line_start = front.rfind("\n", 0, first.index) + 1
        dash = front.index("-", line_start)
        prefix = front[line_start:dash] + "- "
        at = _value_end(front, value)
        return front[:at] + "".join(f"{nl}{prefix}{item}" for item in items) + front[at:]
    if isinstance(value, yaml.ScalarNode) and value.value in ("", "null", "~"):
        start = key_node.start_mark.index  # `places:`, `places: ''`: the value is on the key's line
        block = f"{key}:" + "".join(f"{nl}- {item}" for item in items)
        return front[:start] + block + front[_line_end(front, start) :]
    raise ValueError(f"{key}: is not a list")


def replace_flow(front: str, key: str, items: list[str], after: tuple[str, ...] = ()) -> str:
    """`front` with `key` set to the one-line list `[a, b]` (machine-owned keys only)."""
    nl = _newline(front)
    line = f"{key}: [{', '.join(items)}]"
    pairs = {k.value: (k, v) for k, v in mapping(front).value}
    if key in pairs:
        key_node, value = pairs[key]
        return front[: key_node.start_mark.index] + line + front[_value_end(front, value) :]
    anchor = next((pairs[k] for k in reversed(after) if k in pairs), None)
    if anchor is None:
        sep = "" if not front or front.endswith("\n") else nl
        return front + sep + line + nl
    at = _value_end(front, anchor[1])
    return front[:at] + nl + line + front[at:]
