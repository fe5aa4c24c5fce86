"""`python build.py translate`: machine English for articles that have none (or stale machine English).

    python build.py translate                       # every article of the project
    python build.py translate --provider libre --url http://127.0.0.1:5000 content/articles/2021

Prints each file it wrote, one line per failure on stderr, and a closing tally
(`translated N / skipped N / failed N`); exits 1 if any file failed. Fields written by an editor
are never touched; see `fields` for the rule.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import click

from .options import OptionsError, TranslateOptions, load_options
from .providers import KEY_ENV, PROVIDERS, ProviderError, spec_for

if TYPE_CHECKING:  # `python build.py --help` should not load the article schema for us
    from .run import Outcome


def _report(outcome: Outcome, out: TextIO, err: TextIO) -> None:
    from .run import Status

    if outcome.status is Status.TRANSLATED:
        click.echo(outcome.message, file=out)
    elif outcome.status is Status.FAILED:
        click.echo(f"error: {outcome.message}", file=err)


def run_translate(
    paths: list[Path], options: TranslateOptions, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """Translate the articles in `paths` (files or folders); the exit status of the command."""
    from .run import article_files, translate_files

    out, err = out or sys.stdout, err or sys.stderr
    try:
        spec_for(options.provider.name)
    except ProviderError as exc:
        click.echo(f"error: {exc}", file=err)
        return 1
    missing = [p for p in paths if not p.exists()]
    if missing:
        click.echo(f"error: no such file or folder: {missing[0]}", file=err)
        return 1
    refused: list[Path] = []
    files = list(article_files(paths, refused))
    for path in refused:
        click.echo(f"error: {path}: a link to a file outside {path.parent}; not read", file=err)
    show_bar = len(files) > 1 and err.isatty()
    held: list[Outcome] = []
    try:
        if show_bar:
            with click.progressbar(length=len(files), label="Translating", file=err) as bar:

                def step(outcome: Outcome) -> None:
                    held.append(outcome)
                    bar.update(1)

                summary = translate_files(files, options, step)
            for outcome in held:
                _report(outcome, out, err)
        else:
            summary = translate_files(files, options, lambda outcome: _report(outcome, out, err))
    except KeyboardInterrupt:
        click.echo("error: interrupted; the file being translated was left as it was", file=err)
        return 130
    if summary.stopped and summary.not_attempted:
        click.echo(f"error: stopped; {summary.not_attempted} more file(s) not attempted", file=err)
    click.echo(summary.line(), file=out)
    return 0 if summary.ok and not refused else 1


@click.command("translate", context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--provider",
    metavar="NAME",
    default=None,
    help=f"Translator: {', '.join(PROVIDERS)} (default: translate_provider in mkdocs.yml, else google).",
)
@click.option(
    "--url",
    metavar="URL",
    default=None,
    help="Server address: a LibreTranslate server, or another endpoint for google/mymemory.",
)
@click.option(
    "--api-key",
    metavar="KEY",
    default=None,
    help=f"API key (default: ${KEY_ENV}, else the provider's own variable such as $LIBRE_API_KEY).",
)
@click.option(
    "--force-machine", is_flag=True, help="Translate machine-written fields again even if unchanged."
)
@click.option(
    "-f",
    "--config-file",
    metavar="FILE",
    default=None,
    help="MkDocs configuration file (default: mkdocs.yml).",
)
def translate_command(
    paths: tuple[Path, ...],
    provider: str | None,
    url: str | None,
    api_key: str | None,
    force_machine: bool,
    config_file: str | None,
) -> None:
    """Fill in machine English titles and summaries (PATH: files or folders; default: all articles)."""
    from mkdocs.exceptions import Abort, ConfigurationError

    from bantin.project import find_project

    try:
        options = load_options(
            config_file, provider=provider, url=url, api_key=api_key, force_machine=force_machine
        )
        targets = list(paths) or [find_project(config_file).articles_path]
    except (OptionsError, ConfigurationError, Abort, OSError) as exc:
        click.echo(f"error: {exc}".splitlines()[0], err=True)
        sys.exit(1)
    sys.exit(run_translate(targets, options))
