"""Translate one article file, or many: read, decide, translate, rewrite the English keys.

Deciding needs no network, so a file with nothing to do is skipped before any provider is
contacted, and a run where every file is up to date works offline. A failure leaves its file
as it was and the run goes on, except when the provider cannot be reached (no network, no
answer, refused key) or fails several files in a row: then the run stops, since every further
file would wait for the same timeout.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from pydantic import ValidationError

from ..core.article import FrontMatter
from ..core.errors import ContentError, validation_errors
from ..core.files import display_path, markdown_files
from ..core.frontmatter_edit import EditError, FrontMatterFile, parse, update, write_atomic
from .fields import FIELDS, HASH_KEY, Plan, plan
from .lead import Source, lead_summary
from .memory import Memory
from .options import TranslateOptions
from .providers import Provider, ProviderError

#: After this many files failing in a row on the provider's side, a run stops.
MAX_FAILURES_IN_A_ROW = 3


class Status(Enum):
    TRANSLATED = "translated"
    SKIPPED = "skipped"
    FAILED = "failed"


@dataclass(frozen=True)
class Outcome:
    """What happened to one file; `message` is one line for the user (path included)."""

    path: Path
    status: Status
    message: str = ""
    fields: tuple[str, ...] = ()  # the keys written
    fatal: bool = False  # the provider is unusable: later files would fail the same way
    provider_failed: bool = False  # the provider failed (not the file)


@dataclass(frozen=True)
class _Prepared:
    path: Path
    name: str
    doc: FrontMatterFile
    source: Source
    plan: Plan


def _prepare(path: Path, options: TranslateOptions) -> _Prepared | Outcome:
    """Read and check a file and decide what to translate (no network)."""
    name = display_path(path)
    try:
        doc = parse(path.read_bytes())
    except OSError as exc:
        return Outcome(path, Status.FAILED, f"{name}: cannot read: {exc.strerror or exc}")
    except EditError as exc:
        return Outcome(path, Status.FAILED, str(ContentError(name, str(exc), exc.line)))
    try:
        header = FrontMatter.model_validate(doc.meta)
    except ValidationError as exc:
        errors = validation_errors(name, exc, doc.node, doc.line_offset())
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        return Outcome(path, Status.FAILED, f"{errors[0]}{more}; fix the file first")
    source = Source(header.title, lead_summary(doc.body, header.lead, options.lead_chars))
    decided = plan(doc.meta, source.sha256, source.summary, options.force_machine)
    if not decided.writes:
        return Outcome(path, Status.SKIPPED, f"{name}: {decided.reason()}")
    return _Prepared(path, name, doc, source, decided)


def _apply(prepared: _Prepared, provider: Provider, memory: Memory) -> Outcome:
    """Translate what the plan says (from the memory when it has it) and rewrite the file
    (atomically, English keys only)."""
    (title_key, title_by), (summary_key, summary_by) = FIELDS
    values: dict[str, str] = {}
    by = f"machine:{provider.name}"

    def translated(text: str) -> str:
        found = memory.get(provider.name, text)
        if found is None:
            found = provider.translate(text)
            memory.put(provider.name, text, found)
        return found

    try:
        if prepared.plan.title.writes:
            values |= {title_key: translated(prepared.source.title), title_by: by}
        if prepared.plan.summary.writes:
            values |= {summary_key: translated(prepared.source.summary), summary_by: by}
        values[HASH_KEY] = prepared.source.sha256
        data = update(prepared.doc, values)
        write_atomic(prepared.path, data, prepared.doc.raw)
    except ProviderError as exc:
        return Outcome(
            prepared.path, Status.FAILED, f"{prepared.name}: {exc}", fatal=exc.fatal, provider_failed=True
        )
    except EditError as exc:
        return Outcome(prepared.path, Status.FAILED, f"{prepared.name}: {exc}")
    except OSError as exc:
        return Outcome(prepared.path, Status.FAILED, f"{prepared.name}: cannot write: {exc.strerror or exc}")
    written = tuple(key for key in (title_key, summary_key) if key in values)
    return Outcome(prepared.path, Status.TRANSLATED, f"{prepared.name}: {', '.join(written)}", written)


def translate_article(path: Path, options: TranslateOptions, provider: Provider | None = None) -> Outcome:
    """Fill or refresh the machine English of one article file (the importer's entry point).

    Pass an open `Provider` to reuse its connections over many files; without one, a provider
    is opened only if the file needs translating.
    """
    prepared = _prepare(path, options)
    if isinstance(prepared, Outcome):
        return prepared
    memory = Memory(options.memory, reuse=not options.force_machine)
    try:
        if provider is not None:
            return _apply(prepared, provider, memory)
        with Provider(options.provider) as opened:
            return _apply(prepared, opened, memory)
    except ProviderError as exc:
        return Outcome(path, Status.FAILED, f"{prepared.name}: {exc}", fatal=True, provider_failed=True)
    finally:
        memory.save()


def article_files(paths: Iterable[Path], refused: list[Path] | None = None) -> Iterator[Path]:
    """The Markdown files named, and those under the folders named; with `refused`, links out of
    their folder go there (`files.markdown_files`)."""
    yield from markdown_files(paths, refused)


@dataclass
class Summary:
    """The tally of a run, and why it stopped early if it did."""

    outcomes: list[Outcome] = field(default_factory=list)
    stopped: str | None = None  # the fatal error that ended the run
    not_attempted: int = 0
    remembered: int = 0  # texts the translation memory gave without asking the provider

    def count(self, status: Status) -> int:
        return sum(1 for o in self.outcomes if o.status is status)

    def line(self) -> str:
        memory = f" ({self.remembered} text(s) from the translation memory)" if self.remembered else ""
        return (
            f"translated {self.count(Status.TRANSLATED)} / skipped {self.count(Status.SKIPPED)}"
            f" / failed {self.count(Status.FAILED)}{memory}"
        )

    @property
    def ok(self) -> bool:
        return self.count(Status.FAILED) == 0 and self.stopped is None


def translate_files(
    files: list[Path],
    options: TranslateOptions,
    on_outcome: Callable[[Outcome], None] = lambda outcome: None,
) -> Summary:
    """Translate every file; the provider is opened at the first file that needs it."""
    summary = Summary()
    failures_in_a_row = 0
    memory = Memory(options.memory, reuse=not options.force_machine)
    with ExitStack() as stack:
        stack.callback(memory.save)
        provider: Provider | None = None
        for index, path in enumerate(files):
            outcome = _prepare(path, options)
            if isinstance(outcome, _Prepared):
                prepared = outcome
                try:
                    provider = provider or stack.enter_context(Provider(options.provider))
                    outcome = _apply(prepared, provider, memory)
                except ProviderError as exc:
                    outcome = Outcome(path, Status.FAILED, f"{prepared.name}: {exc}", fatal=True)
                failures_in_a_row = failures_in_a_row + 1 if outcome.provider_failed else 0
            summary.outcomes.append(outcome)
            on_outcome(outcome)
            if outcome.fatal or failures_in_a_row >= MAX_FAILURES_IN_A_ROW:
                why = "" if outcome.fatal else f" ({failures_in_a_row} files in a row failed)"
                summary.stopped = outcome.message + why
                summary.not_attempted = len(files) - index - 1
                break
    summary.remembered = memory.hits
    return summary
