"""YAML as an article's front-matter is written: PyYAML's safe dumper, with no `---` in it.

Many tools find the end of a front-matter by the first `---` after the opening fence (scripts as
plain as `text.split("---", 2)`), and a value holding three dashes would cut it there: a link
made from a title with a dash in it does (`…/quan-he-viet-nam---lao.aspx`). Such a string is
written double-quoted, each dash that starts a run of three as YAML's escape `\\x2D`: every YAML
reader gets the same value back, and no line of the head holds the fence's three dashes."""

from __future__ import annotations

import re
from typing import Any

import frontmatter
import yaml

_RUN = re.compile(r"-(?=--)")  # a dash with two more after it


class FenceSafeDumper(yaml.SafeDumper):
    """The safe dumper, writing a string that holds `---` double-quoted (escaped by `dump`)."""


def _string(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    if "---" in value:
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"')
    return dumper.represent_str(value)


FenceSafeDumper.add_representer(str, _string)


def dump(data: Any, **options: Any) -> str:
    """`data` as YAML (`yaml.dump`'s `options`), with no three dashes in a row anywhere.

    Only a double-quoted string can hold them (keys are ours, plain strings with `---` are
    quoted by `FenceSafeDumper`), and there `\\x2D` reads back as the dash it stands for."""
    return _RUN.sub(r"\\x2D", yaml.dump(data, Dumper=FenceSafeDumper, **options))


class _Handler(frontmatter.YAMLHandler):
    def export(self, metadata: dict[str, object], **options: Any) -> str:
        return dump(metadata, **{"default_flow_style": False, "allow_unicode": True, **options}).strip()


def post(metadata: dict[str, object], body: str) -> str:
    """A Markdown file: `metadata` as the front-matter (keys in their order), then `body`."""
    text = frontmatter.Post(body.strip("\n") + "\n", **metadata)
    return frontmatter.dumps(text, handler=_Handler(), sort_keys=False, width=10_000) + "\n"
