"""`entities add`: accept suggested names into `content/entities.yml`, as text, keeping the rest.

1. The candidates are `bantin.tagging.discover`'s, from the articles (or the paths given).
2. Those chosen (by name or alias, by proposed id, `--all` above `--min-confidence`, or
   `--interactive`, one prompt each) become entries: id, kind, name, aliases (forms another entity
   already claims are dropped), `country` when known, English from `kinds.english_name` or,
   with `--translate PROVIDER`, the project's machine translator; what is still missing (English,
   descriptions) is left empty for the editor, with a comment, and reported.
3. The entries are appended at the end of the file (its comments and order untouched); the new
   file is loaded and checked as a build would before it replaces the old one, atomically.
   `tag --write` then tags the articles that name the new entities.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import click
import yaml

from ..core.errors import ContentErrors
from ..core.text import name_key, slugify
from ..entities import Registry, too_short
from . import kinds
from .discover import Candidate
from .matcher import is_syllable

SECTION = "# --- Added by `entities add`: check each entry, write its description, then remove TODO marks ---"


@dataclass
class Entry:
    """An entry about to be written."""

    id: str
    kind: str
    name: str
    name_en: str
    aliases: list[str]
    country: str | None
    guarded: bool  # a one-syllable name (Áo): counted only inside a sentence
    parent: str | None = None

    def yaml(self) -> str:
        lines = [f"- id: {self.id}", f"  kind: {self.kind}", f"  name: {_scalar(self.name)}"]
        lines.append(
            f"  name_en: {_scalar(self.name_en)}" + ("" if self.name_en else "  # TODO: English name")
        )
        if self.aliases:
            lines.append(f"  aliases: {_flow(self.aliases)}")
        if self.guarded:
            lines.append(f"  guarded: {_flow([self.name])}")
        lines.append("  description: ''  # TODO: one line in Vietnamese")
        lines.append("  description_en: ''  # TODO: one line in English")
        if self.parent:
            lines.append(f"  parent: {self.parent}")
        if self.country:
            lines.append(f"  country: {self.country}")
        return "\n".join(lines) + "\n"


def _scalar(value: str) -> str:
    return yaml.safe_dump(value, allow_unicode=True, width=10_000).removesuffix("\n...\n").strip()


def _flow(values: list[str]) -> str:
    return yaml.safe_dump(values, allow_unicode=True, default_flow_style=True, width=10_000).strip()


def make_entries(
    chosen: Iterable[Candidate], registry: Registry, translate: Callable[[str], str] | None = None
) -> tuple[list[Entry], list[str]]:
    """Entries for the chosen candidates, and one line for each thing skipped or left out."""
    claimed = {name_key(n): e.id for e in registry for n, _ in e.names()}
    notes: list[str] = []
    out: list[Entry] = []
    for cand in chosen:
        entity_id = slugify(cand.name)
        if not entity_id or entity_id in registry or any(e.id == entity_id for e in out):
            notes.append(f"skipped '{cand.name}': the id '{entity_id}' is taken")
            continue
        if name_key(cand.name) in claimed:
            notes.append(f"skipped '{cand.name}': already a name of '{claimed[name_key(cand.name)]}'")
            continue
        aliases = []
        for form in dict.fromkeys(cand.forms):
            key = name_key(form)
            if form == cand.name or key == name_key(cand.name) or any(name_key(a) == key for a in aliases):
                continue
            if key in claimed:
                notes.append(f"'{cand.name}': alias '{form}' left out, a name of '{claimed[key]}'")
                continue
            if too_short(form):
                notes.append(f"'{cand.name}': alias '{form}' left out, too short to tag with")
                continue
            aliases.append(form)
        name_en = kinds.english_name(cand.kind, cand.name, cand.country)
        if not name_en and translate is not None:
            try:
                name_en = " ".join(translate(cand.name).split())
            except Exception as exc:  # a provider error: leave it for the editor
                notes.append(f"'{cand.name}': no English name ({exc})")
        if not name_en:
            notes.append(f"'{cand.name}': English name left empty")
        country = (
            cand.country
            if cand.country and (c := registry.get(cand.country)) and c.kind.value == "place"
            else None
        )
        if cand.kind == "place" and country and registry.get(country) and not registry.get(country).country:
            country = None if country == entity_id else country
        for key in [name_key(cand.name), *(name_key(a) for a in aliases)]:
            claimed[key] = entity_id
        words = cand.name.split()
        parent = (
            cand.parent
            if cand.parent and (p := registry.get(cand.parent)) and p.kind.value == "organization"
            else None
        )
        guarded = len(words) == 1 and is_syllable(words[0]) and not too_short(cand.name)
        if cand.kind not in ("organization", "event"):
            parent = None
        out.append(Entry(entity_id, cand.kind, cand.name, name_en, aliases, country, guarded, parent))
    return out, notes


def append_entries(path: Path, entries: list[Entry]) -> None:
    """Append entries at the end of the registry file, after checking the result loads."""
    text = path.read_text(encoding="utf-8")
    if not entries:
        return
    if not text.endswith("\n"):
        text += "\n"
    if SECTION not in text:
        text += f"\n{SECTION}\n"
    text += "".join("\n" + e.yaml() for e in entries)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        Registry.load(Path(temp), display=str(path))  # raises ContentErrors: nothing is replaced
        os.replace(temp, path)
    finally:
        if os.path.exists(temp):
            os.unlink(temp)


def choose(
    candidates: list[Candidate],
    names: tuple[str, ...],
    ids: tuple[str, ...],
    take_all: bool,
    min_confidence: float,
) -> tuple[list[Candidate], list[str]]:
    """The candidates asked for; names or ids that match none are returned as missing."""
    from .gazetteer import loose

    chosen: dict[str, Candidate] = {}
    missing: list[str] = []
    for wanted in names:
        found = [c for c in candidates if loose(wanted) in {loose(f) for f in (c.name, *c.forms)}]
        if found:
            chosen.setdefault(found[0].name, found[0])
        else:
            missing.append(wanted)
    for wanted in ids:
        found = [c for c in candidates if slugify(c.name) == wanted]
        if found:
            chosen.setdefault(found[0].name, found[0])
        else:
            missing.append(wanted)
    if take_all:
        for c in candidates:
            if c.confidence >= min_confidence:
                chosen.setdefault(c.name, c)
    return list(chosen.values()), missing


def _prompt(candidates: list[Candidate], min_confidence: float) -> list[Candidate]:
    chosen = []
    for c in candidates:
        if c.confidence < min_confidence:
            continue
        click.echo(f"\n{c.name}  [{c.kind} {c.confidence:.2f}, {c.count}×]  {c.example[:160]}")
        answer = click.prompt(
            "add? y(es) / n(o) / o(rganization) p(erson) e(vent) l(place): add as that kind / q(uit)",
            default="n",
            type=click.Choice(["y", "n", "o", "p", "e", "l", "q"]),
            show_choices=False,
        )
        if answer == "q":
            break
        if answer in "opel":
            c.kind = {"o": "organization", "p": "person", "e": "event", "l": "place"}[answer]
        if answer != "n":
            chosen.append(c)
    return chosen


def _translator(provider: str, url: str | None, api_key: str | None, config_file: str | None):
    """The project's machine translator (`bantin.translate`), as a context manager."""
    from ..translate.options import load_options
    from ..translate.providers import Provider

    return Provider(load_options(config_file, provider=provider, url=url, api_key=api_key).provider)


@click.command("add")
@click.argument("names", nargs=-1)
@click.option("--id", "ids", multiple=True, metavar="ID", help="A suggested entry by its proposed id.")
@click.option("--all", "take_all", is_flag=True, help="Every suggestion at or above --min-confidence.")
@click.option(
    "--min-confidence", default=0.6, show_default=True, help="With --all or -i: the lowest confidence."
)
@click.option("-i", "--interactive", is_flag=True, help="Ask about each suggestion.")
@click.option("--from", "paths", multiple=True, type=click.Path(exists=True, path_type=Path),
              help="Read these articles or folders (default: all articles).")  # fmt: skip
@click.option("--translate", "provider", metavar="PROVIDER", default=None,
              help="Machine-translate English names the tool cannot give (google, libre…).")  # fmt: skip
@click.option("--url", default=None, help="The translator's server (with --translate).")
@click.option("--api-key", default=None, help="The translator's key (with --translate).")
@click.option("--dry-run", is_flag=True, help="Print the entries instead of writing them.")
@click.option("-f", "--config-file", metavar="FILE", default=None, help="MkDocs configuration file.")
def add_command(
    names: tuple[str, ...],
    ids: tuple[str, ...],
    take_all: bool,
    min_confidence: float,
    interactive: bool,
    paths: tuple[Path, ...],
    provider: str | None,
    url: str | None,
    api_key: str | None,
    dry_run: bool,
    config_file: str | None,
) -> None:
    """Add suggested names to the entity registry (by name, --id, --all or -i), then run `tag --write`."""
    from ..project import find_project
    from .discover import discover
    from .texts import read_texts

    if not (names or ids or take_all or interactive):
        raise click.UsageError("name a suggestion, or give --id, --all or --interactive")
    project = find_project(config_file)
    registry = project.registry_or_exit() or Registry([])
    candidates = discover(read_texts(paths or (project.articles_path,)), registry)
    chosen, missing = choose(candidates, names, ids, take_all, min_confidence)
    for wanted in missing:
        click.echo(f"error: '{wanted}' is not among the suggestions", err=True)
    if interactive:
        chosen += [c for c in _prompt(candidates, min_confidence) if c not in chosen]
    if provider is None:
        entries, notes = make_entries(chosen, registry)
    else:
        with _translator(provider, url, api_key, config_file) as translator:
            entries, notes = make_entries(chosen, registry, translator.translate)
    for note in notes:
        click.echo(f"note: {note}", err=True)
    if dry_run:
        click.echo("".join("\n" + e.yaml() for e in entries), nl=False)
    else:
        try:
            append_entries(project.registry_path, entries)
        except ContentErrors as exc:
            for error in exc.errors:
                click.echo(f"error: {error}", err=True)
            sys.exit(1)
    if not dry_run:
        for entry in entries:
            click.echo(f"added {entry.kind} {entry.id} ({entry.name})", err=True)
    verb = "would add" if dry_run else "added"
    hint = "; now run `tag --write` to tag the articles" if entries and not dry_run else ""
    click.echo(f"{len(entries)} entr{'y' if len(entries) == 1 else 'ies'} {verb}{hint}", err=True)
    sys.exit(1 if missing else 0)
