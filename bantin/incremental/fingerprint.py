"""Fingerprints of what a page is made from, so an unchanged page is copied, not rendered again.

A page's HTML depends on the theme, the code, the configuration and the registry (one
fingerprint for the whole build) and on the data its route hands the template: articles (known
by the hash of their file), entities (by id: their text is in the registry), listings, dates.
Two builds that agree on both fingerprints write the same bytes, so the page cache may serve it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import functools
import hashlib
import importlib.metadata
import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from ..core.article import Article
from ..entities import Entity

#: Packages whose version changes what a page looks like.
PACKAGES = ("bantin", "mkdocs", "markdown", "jinja2", "markupsafe", "nh3", "babel", "pydantic")
#: Configuration that reaches pages (not site_dir, which changes every build).
CONFIG_KEYS = (
    "site_name", "site_url", "site_description", "site_author", "copyright", "repo_url", "edit_uri",
    "extra", "extra_css", "extra_javascript", "markdown_extensions", "mdx_configs", "use_directory_urls",
)  # fmt: skip


_PLAIN = (str, int, float, bool, type(None), dt.date)
_EXACT_PLAIN = frozenset({str, int, float, bool, type(None), dt.date, dt.datetime})

#: How a value of each type seen so far is walked (`_kind_of`).
_PLAIN_KIND, _ARTICLE, _ENTITY, _ENUM, _MAPPING, _DATACLASS, _ITERABLE = range(7)
_KINDS: dict[type, int] = {}


def _kind_of(cls: type) -> int:
    kind = _KINDS.get(cls)
    if kind is None:
        if issubclass(cls, Article):
            kind = _ARTICLE
        elif issubclass(cls, Entity):
            kind = _ENTITY
        elif issubclass(cls, enum.Enum):
            kind = _ENUM
        elif issubclass(cls, _PLAIN):
            kind = _PLAIN_KIND
        elif issubclass(cls, Mapping):
            kind = _MAPPING
        elif dataclasses.is_dataclass(cls):
            kind = _DATACLASS
        elif issubclass(cls, Iterable):
            kind = _ITERABLE
        else:
            raise TypeError(f"cannot fingerprint a {cls.__name__}")
        _KINDS[cls] = kind
    return kind


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def _walk(value: Any, out: list[str], memo: dict[int, tuple[Any, str]]) -> None:
    """Append a stable text form of `value` to `out`; objects we own get a compact identity.

    A container or dataclass stands for the hash of its own text, walked once per `memo`
    (keyed by id; the memo holds the object, so the id cannot be reused meanwhile): a context
    shared by two pages costs one walk, and the memo a few bytes per object, not its text.
    """
    cls = type(value)
    if cls in _EXACT_PLAIN:  # the common cases first, by exact type
        out.append(repr(value))
        return
    kind = _KINDS.get(cls)
    if kind is None:
        kind = _kind_of(cls)
    if kind == _ARTICLE:
        out.append(f"A{value.file_sha256}{value.src_uri}")
    elif kind == _ENTITY:
        out.append(f"E{value.id}")
    elif kind == _ENUM:
        out.append(f"K{value._value_}")  # `.value` is a descriptor, and enums are many
    elif kind == _PLAIN_KIND:
        out.append(repr(value))
    else:
        seen = memo.get(id(value))
        if seen is None:
            parts: list[str] = []
            _walk_container(value, kind, parts, memo)
            text = "\x1e".join(parts).encode("utf-8", "surrogatepass")
            seen = memo[id(value)] = (value, hashlib.sha256(text).hexdigest()[:32])
        out.append(seen[1])


def _walk_container(value: Any, kind: int, out: list[str], memo: dict[int, tuple[Any, str]]) -> None:
    if kind == _MAPPING:
        out.append("{")
        for key in sorted(value, key=str):
            out.append(str(key))
            _walk(value[key], out, memo)
        out.append("}")
    elif kind == _DATACLASS:
        out.append(type(value).__name__ + "(")
        for name in _field_names(type(value)):
            out.append(name)
            _walk(getattr(value, name), out, memo)
        out.append(")")
    else:
        out.append("[")
        for item in value:
            _walk(item, out, memo)
        out.append("]")


def digest(*values: Any, memo: dict[int, tuple[Any, str]] | None = None) -> str:
    """A short stable hash of `values` (articles, entities, routes, plain data).

    Pass one `memo` to many calls over the same objects (a build's routes) to walk each once.
    """
    memo = {} if memo is None else memo
    parts: list[str] = []
    for value in values:
        _walk(value, parts, memo)
        parts.append("|")
    return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _files_digest(folders: Iterable[Path]) -> str:
    sha = hashlib.sha256()
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
            sha.update(str(path.relative_to(folder)).encode())
            sha.update(path.read_bytes())
    return sha.hexdigest()


def code_digest() -> str:
    """Our own code: a change to it may change how content is read or shown."""
    return _files_digest([Path(__file__).parents[1]])  # the whole package, every layer


def build_digest(theme_dirs: Iterable[Path], config: Mapping[str, Any], plugin_options: Mapping[str, Any],
                 registry_file: Path, serving: bool) -> str:  # fmt: skip
    """Everything every page depends on: theme files, our code, versions, configuration, registry."""
    versions = {}
    for name in PACKAGES:
        try:
            versions[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            versions[name] = "?"
    settings = {key: config.get(key) for key in CONFIG_KEYS}
    settings["theme"] = dict(config["theme"]) if "theme" in config else {}
    text = json.dumps([versions, settings, dict(plugin_options), serving], sort_keys=True, default=str)
    registry = registry_file.read_bytes() if registry_file.is_file() else b""
    code = code_digest()
    themes = _files_digest(theme_dirs)
    return hashlib.sha256(
        b"\x1f".join([text.encode(), registry, code.encode(), themes.encode()])
    ).hexdigest()[:32]
