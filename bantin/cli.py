"""`python build.py`: build the site, preview it, import articles.

Building goes through MkDocs' own `build()` so `mkdocs build` makes the same site; we add one
thing MkDocs lacks: the site is built in a staging folder and swapped in only when the build
succeeded, so a failed build leaves the previous `site/` intact.
"""

from __future__ import annotations

import importlib
import logging
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import click

log = logging.getLogger("mkdocs")
PROGRAM = False  # set by `bantin.__main__`: this process ends with its command (not a test's runner)


class _LineFormatter(logging.Formatter):
    """MkDocs' message layout (`ERROR   -  message`), one line per record."""

    def format(self, record: logging.LogRecord) -> str:
        message = record.getMessage().splitlines()[0] if record.getMessage() else ""
        return f"{record.levelname:<8}-  {message}"


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever sys.stderr is now (test runners swap it between commands)."""

    @property  # type: ignore[override]
    def stream(self) -> Any:
        return sys.stderr

    @stream.setter
    def stream(self, value: Any) -> None:
        pass


def _setup_logging(verbose: bool, quiet: bool) -> None:
    logger = logging.getLogger("mkdocs")
    logger.setLevel(logging.DEBUG if verbose else logging.WARNING if quiet else logging.INFO)
    logger.propagate = False
    if not any(getattr(h, "name", "") == "bantin" for h in logger.handlers):
        handler = _StderrHandler()
        handler.name = "bantin"
        handler.setFormatter(_LineFormatter())
        logger.addHandler(handler)


@dataclass(frozen=True)
class BuildOptions:
    config_file: str | None
    site_dir: str | None
    strict: bool
    now: str | None = None  # the build's clock (`--now`), else SOURCE_DATE_EPOCH or the time


def _now_or_exit(now: str | None) -> str | None:
    """The `--now` value, checked: one line and exit 2 when it is not a time."""
    if now is not None:
        from .site.clock import ClockError, epoch_of

        try:
            epoch_of(now)
        except ClockError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(2)
    return now


def build_site(options: BuildOptions) -> int:
    """Build like `mkdocs build`; the plugin stages the site and swaps it in on success."""
    from .site.clock import clock_set
    from .site.workers import few_cycles

    with clock_set(options.now), few_cycles(to_the_end=PROGRAM):  # objects by the million, few cycles
        return _build_site(options)


def _build_site(options: BuildOptions) -> int:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, ConfigurationError

    try:
        config = load_config(
            config_file=options.config_file, site_dir=options.site_dir, strict=options.strict or None
        )
    except (ConfigurationError, Abort, OSError) as exc:
        click.echo(f"error: {exc}".splitlines()[0], err=True)
        return 1
    config.plugins.on_startup(command="build", dirty=False)
    status = 1
    try:
        build(config)
        status = 0
    except (Abort, ConfigurationError) as exc:
        if "BuildError" not in str(exc):
            click.echo(f"error: {exc}", err=True)
    except Exception as exc:  # a bug or an environment problem: one line, not a traceback
        click.echo(f"error: build failed: {type(exc).__name__}: {exc}", err=True)
    finally:
        try:
            config.plugins.on_shutdown()  # puts the site in place
        except Abort:  # it could not (the plugin said why on one line)
            status = 1
    return status


_config_option = click.option(
    "-f",
    "--config-file",
    metavar="FILE",
    default=None,
    help="MkDocs configuration file (default: mkdocs.yml).",
)
_site_dir_option = click.option(
    "-d", "--site-dir", metavar="DIR", default=None, help="Folder to write the site to (default: site/)."
)
_strict_option = click.option(
    "-s", "--strict", is_flag=True, help="Fail on warnings, as `mkdocs build --strict`."
)
_now_option = click.option(
    "--now",
    metavar="TIME",
    default=None,
    help="The build's clock (2021-10-15T10:00+07:00): articles dated later are not published yet. "
    "Default: SOURCE_DATE_EPOCH, else the current time.",
)
_verbose_option = click.option("-v", "--verbose", is_flag=True, help="Show debug messages.")
_quiet_option = click.option("-q", "--quiet", is_flag=True, help="Show warnings and errors only.")


class _Commands(click.Group):
    """Commands that live with the code they drive, imported when used: a build needs none."""

    elsewhere: ClassVar[dict[str, str]] = {
        "tag": "bantin.tagging.command:tag_command",
        "entities": "bantin.tagging.suggest:entities_group",
        "translate": "bantin.translate.command:translate_command",
    }

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.elsewhere})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.elsewhere:
            module, name = self.elsewhere[cmd_name].split(":")
            command: click.Command = getattr(importlib.import_module(module), name)
            return command
        return super().get_command(ctx, cmd_name)


@click.group(
    cls=_Commands, invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]}
)
@_config_option
@_site_dir_option
@_strict_option
@_now_option
@_verbose_option
@_quiet_option
@click.pass_context
def main(
    ctx: click.Context,
    config_file: str | None,
    site_dir: str | None,
    strict: bool,
    now: str | None,
    verbose: bool,
    quiet: bool,
) -> None:
    """Bilingual news digest: with no command, build the site (like `mkdocs build`)."""
    _setup_logging(verbose, quiet)
    if ctx.invoked_subcommand is None:
        ctx.exit(build_site(BuildOptions(config_file, site_dir, strict, _now_or_exit(now))))


def _inherited(ctx: click.Context, name: str, value: object) -> Any:
    """An option given to the command, else the one given before it (`build.py -f x check`)."""
    if value not in (None, False):
        return value
    return ctx.parent.params.get(name) if ctx.parent is not None else value


@main.command("build")
@_config_option
@_site_dir_option
@_strict_option
@_now_option
@click.pass_context
def build_command(
    ctx: click.Context, config_file: str | None, site_dir: str | None, strict: bool, now: str | None
) -> None:
    """Build the site into site/ (or -d DIR)."""
    options = BuildOptions(
        _inherited(ctx, "config_file", config_file),
        _inherited(ctx, "site_dir", site_dir),
        _inherited(ctx, "strict", strict),
        _now_or_exit(_inherited(ctx, "now", now)),
    )
    sys.exit(build_site(options))


class _DropMessages(logging.Filter):
    """Hides messages about the throw-away site `check` builds."""

    def __init__(self, prefixes: tuple[str, ...]) -> None:
        super().__init__()
        self.prefixes = prefixes

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith(self.prefixes)


class _Tally(logging.Handler):
    """Counts the problems a build logs, so `check` can say how many there were."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if "error(s) in content; nothing was built" not in message and not message.startswith(
            ("The build failed", "Site ready", "Aborted with")
        ):  # summaries, not problems
            self.count += 1


@main.command("check")
@_config_option
@_now_option
@click.pass_context
def check_command(ctx: click.Context, config_file: str | None, now: str | None) -> None:
    """Check everything a strict build checks, publish nothing: each problem on one line.

    Front-matter and registry (types, dates, entity ids, unknown keys), duplicate URLs,
    links in content that lead nowhere, missing English when `require_english` is on.
    """
    import tempfile

    logger = logging.getLogger("mkdocs")
    tally = _Tally()
    logger.addHandler(tally)
    quiet_staging = _DropMessages(("The build failed", "Site ready", "Aborted with"))
    for handler in logger.handlers:
        handler.addFilter(quiet_staging)
    previous = logger.level
    logger.setLevel(logging.WARNING)
    try:
        with tempfile.TemporaryDirectory(prefix="bantin-check-") as scratch:
            config_file = _inherited(ctx, "config_file", config_file)
            now = _now_or_exit(_inherited(ctx, "now", now))
            failed = build_site(BuildOptions(config_file, str(Path(scratch) / "site"), True, now)) != 0
    finally:
        logger.removeHandler(tally)
        for handler in logger.handlers:
            handler.removeFilter(quiet_staging)
        logger.setLevel(previous)
    if tally.count or failed:
        click.echo(f"{max(tally.count, 1)} problem(s) found", err=True)
        sys.exit(1)
    from .project import find_project
    from .tagging.unused import unused_lines

    project = find_project(config_file)
    for line in unused_lines(project.docs_dir, project.articles_dir, project.entities_file, project.root):
        click.echo(line)  # information, not a problem
    click.echo("No problems found.")


@main.command("serve")
@_config_option
@_strict_option
@click.option(
    "-a", "--dev-addr", metavar="IP:PORT", default=None, help="Address to serve on (default: localhost:8000)."
)
@click.option("--no-livereload", is_flag=True, help="Do not reload pages when files change.")
@_now_option
@click.pass_context
def serve_command(
    ctx: click.Context,
    config_file: str | None,
    strict: bool,
    dev_addr: str | None,
    no_livereload: bool,
    now: str | None,
) -> None:
    """Preview the site with live reload (drafts and scheduled articles included, marked),
    like `mkdocs serve`."""
    config_file = _inherited(ctx, "config_file", config_file)
    strict = _inherited(ctx, "strict", strict)
    now = _now_or_exit(_inherited(ctx, "now", now))
    from mkdocs.exceptions import Abort, ConfigurationError

    from .serve import serve  # MkDocs' server, the pages of an edit shown first
    from .site.clock import clock_set

    try:
        with clock_set(now):
            serve(config_file, dev_addr, strict or None, livereload=not no_livereload)
    except (ConfigurationError, Abort, OSError) as exc:
        click.echo(f"error: {exc}".splitlines()[0], err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        pass


@main.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--dest",
    type=click.Path(path_type=Path),
    default=None,
    help="Folder for the Markdown files (default: content/articles).",
)
@click.option(
    "--year",
    type=click.IntRange(1900, 2100),
    default=None,
    help="Year for dates written without one (Ngày 15/10).",
)
@click.option("--source", metavar="NAME", help="Source to record when the text does not name one.")
@click.option("--dry-run", is_flag=True, help="Print the Markdown instead of writing files.")
@click.option(
    "--explain",
    is_flag=True,
    help="Print every sentence of the body with what the chrome detector decided and why; write nothing.",
)
@click.option("--force", is_flag=True, help="Overwrite an existing file with a fresh import.")
@click.option(
    "--translate",
    metavar="PROVIDER",
    help="Then fill in machine English with this provider (google, mymemory, libre…; see `translate`).",
)
@_config_option
@click.pass_context
def import_command(
    ctx: click.Context,
    files: tuple[Path, ...],
    dest: Path | None,
    year: int | None,
    source: str | None,
    dry_run: bool,
    explain: bool,
    force: bool,
    translate: str | None,
    config_file: str | None,
) -> None:
    """Import raw scraped articles (text or saved HTML; folders too) as Markdown files."""
    from .importer.command import ImportOptions, run_import
    from .project import find_project

    config_file = _inherited(ctx, "config_file", config_file)
    project = find_project(config_file)
    registry = project.registry_or_exit()
    from .core.files import LEADS_OUT, display_path, leads_out
    from .importer import publishers
    from .importer.errors import BadInput

    if project.sources_path.exists() and leads_out(project.sources_path, project.root):
        click.echo(f"error: {display_path(project.sources_path)}: {LEADS_OUT}", err=True)
        sys.exit(1)
    try:
        sources = publishers.load(project.sources_path)
    except BadInput as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    translation = None
    if translate is not None:
        from .translate.options import OptionsError, load_options

        try:
            translation = load_options(config_file, provider=translate)
        except OptionsError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(2)
    sys.exit(
        run_import(
            list(files),
            ImportOptions(
                dest=dest or project.articles_path,
                year=year,
                source=source,
                dry_run=dry_run or explain,
                explain=explain,
                force=force,
                registry=registry,
                sources=sources,
                references=project.raw_path,
                translate=translation,
            ),
        )
    )
