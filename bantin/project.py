"""Where a project keeps its content, read from mkdocs.yml, for commands other than build."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import click

from .core.errors import ContentError, ContentErrors
from .core.files import LEADS_OUT, display_path, leads_out
from .entities import Registry


@dataclass(frozen=True)
class Project:
    """The folders and registry the import and translate commands work with."""

    docs_dir: Path
    articles_dir: str
    entities_file: str
    sources_file: str = "sources.yml"
    raw_dir: str = "raw"
    root: Path = Path(".")  # the folder of mkdocs.yml: nothing outside it is read

    @property
    def articles_path(self) -> Path:
        return self.docs_dir / self.articles_dir

    @property
    def registry_path(self) -> Path:
        return self.docs_dir / self.entities_file

    @property
    def raw_path(self) -> Path:
        return self.docs_dir / self.raw_dir

    @property
    def sources_path(self) -> Path:
        return self.docs_dir / self.sources_file

    @property
    def registry(self) -> Registry | None:
        """The entity registry, or None if the project has none yet (raises ContentErrors if broken)."""
        if not self.registry_path.exists():
            return None
        if leads_out(self.registry_path, self.root):
            where = display_path(self.registry_path)
            raise ContentErrors([ContentError(where, LEADS_OUT)])
        return Registry.load(self.registry_path, display_path(self.registry_path))

    def registry_or_exit(self) -> Registry | None:
        """The registry for a command: a broken one prints its errors, one a line, and exits 1."""
        try:
            return self.registry
        except ContentErrors as exc:
            for error in exc.errors:
                click.echo(f"error: {error}", err=True)
            sys.exit(1)


def find_project(config_file: str | None = None) -> Project:
    """Read mkdocs.yml (or `config_file`) for the docs folder and the plugin's options.

    Without a configuration file, the defaults apply: content/articles and content/entities.yml.
    """
    path = Path(config_file) if config_file else Path("mkdocs.yml")
    if not path.exists():
        return Project(Path("content"), "articles", "entities.yml", root=Path.cwd())
    from mkdocs.config import load_config

    config = load_config(config_file=str(path))
    plugin = config.plugins.get("bantin")
    options = getattr(plugin, "config", None)
    return Project(
        Path(config.docs_dir),
        getattr(options, "articles_dir", "articles"),
        getattr(options, "entities_file", "entities.yml"),
        getattr(options, "sources_file", "sources.yml"),
        getattr(options, "raw_dir", "raw"),
        path.resolve().parent,
    )
