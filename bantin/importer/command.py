"""`python build.py import`: files and folders in, one Markdown file per article out.

Safe to run twice: each article records the sha256 of its raw bytes and the link it was scraped
from, so a file already imported, or the same page scraped again (other bytes, the same headline
and page link), is found (even if an editor renamed or edited the article since) and not written
again; `--force` replaces that very file. Two articles never share a file name nor a URL
(`/YYYY/MM/slug/`): a clash gets `-2`, `-3`… in both. Every failure is one line on stderr and the
other files still go through.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import signal
import sys
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO
from urllib.parse import urlsplit

import yaml

from ..core.article import read_article, url_slug
from ..core.errors import ContentErrors
from ..core.files import display_path, leads_out
from ..core.frontmatter_edit import split
from ..core.text import fold
from ..entities import Registry
from .chrome import SiteMemory
from .convert import Converted, convert, remember, sha256
from .decode import MAX_BYTES
from .errors import BadInput
from .inputs import SUFFIXES, collect

if TYPE_CHECKING:
    from bantin.translate.options import TranslateOptions


@dataclass(frozen=True)
class ImportOptions:
    """What `python build.py import` was asked to do."""

    dest: Path
    year: int | None = None
    source: str | None = None  # source to record when the text names none
    dry_run: bool = False
    explain: bool = False  # print the chrome detector's decisions instead of the Markdown
    force: bool = False
    registry: Registry | None = None
    sources: dict[str, str] = field(default_factory=dict)  # content/sources.yml: host → publisher
    references: Path | None = None  # content/raw: earlier pages, for what a site repeats
    today: dt.date | None = None  # tests pin "today"; None = date.today()
    translate: TranslateOptions | None = None  # `--translate NAME`: machine English after import


@dataclass
class _Known:
    """Articles already in DEST (and written earlier in this run): by sha256, path, URL and the link
    they were scraped from (a page scraped again has other bytes, its menus and lists having moved)."""

    by_sha: dict[str, Path] = field(default_factory=dict)
    urls: dict[tuple[int, int, str], Path] = field(default_factory=dict)
    paths: set[Path] = field(default_factory=set)
    by_link: dict[tuple[str, str], Path] = field(default_factory=dict)

    def add(
        self,
        path: Path,
        sha: str | None,
        url: tuple[int, int, str] | None,
        link: str | None = None,
        title: str | None = None,
    ) -> None:
        self.paths.add(path.resolve())
        if sha:
            self.by_sha.setdefault(sha, path)
        if url:
            self.urls.setdefault(url, path)
        if link and title and (key := _link_key(link)):
            self.by_link.setdefault((key, fold(title)), path)

    def scraped_from(self, link: str | None, title: str) -> Path | None:
        """The article imported from the page at `link` under the same title, if there is one: a
        link naming a site, not a page (`https://baomau.vn/`), or another headline is another story."""
        key = _link_key(link) if link else ""
        return self.by_link.get((key, fold(title))) if key else None

    @classmethod
    def scan(cls, dest: Path) -> _Known:
        known = cls()
        if dest.is_dir():
            for path in sorted(dest.rglob("*.md")):
                known.add(path, *_peek(path))
        return known


def _link_key(link: str) -> str:
    """A page's address as the same page's: no scheme, `www.`, fragment or trailing slash."""
    parts = urlsplit(link.strip())
    host, path = parts.netloc.lower().removeprefix("www."), parts.path.rstrip("/")
    if not host or not (path or parts.query):
        return ""  # a site's address, no page's
    return f"{host}{path}{'?' + parts.query if parts.query else ''}"


def _peek(path: Path) -> tuple[str | None, tuple[int, int, str] | None, str | None, str | None]:
    """sha256, URL key, source link and title of an article file, read leniently (a broken file is
    not our business)."""
    try:
        parts = split(path.read_text(encoding="utf-8-sig"))
        meta = yaml.safe_load(parts.front) if parts else None  # safe_load: dates as dates
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None, None, None, None
    if not isinstance(meta, dict):
        return None, None, None, None
    sha = meta.get("source_sha256")
    sha = sha if isinstance(sha, str) else None
    link = meta.get("source_url")
    link = link if isinstance(link, str) else None
    date, title, slug = meta.get("date"), meta.get("title"), meta.get("slug")
    if isinstance(date, dt.datetime):
        date = date.date()
    title = title if isinstance(title, str) else None
    if not isinstance(date, dt.date) or not (isinstance(slug, str) or title):
        return sha, None, link, title
    key = url_slug(str(title), slug if isinstance(slug, str) else None)
    return sha, (date.year, date.month, key), link, title


def run_import(
    paths: list[Path], options: ImportOptions, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """Import every file; return 0 when all went through, 1 when any failed."""
    out = out or sys.stdout
    err = err or sys.stderr
    files, ok = collect(paths, err)
    known = _Known.scan(options.dest)
    memory = _memory(files, options.references)
    main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _stop) if main_thread else None
    try:
        ok = _import_all(files, options, known, memory, out, err) and ok
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    return 0 if ok else 1


def _stop(signum: int, frame: object) -> None:
    """A terminated import unwinds like an interrupted one, so no temporary file is left behind."""
    raise SystemExit(128 + signum)


def _import_all(
    files: list[Path], options: ImportOptions, known: _Known, memory: SiteMemory, out: TextIO, err: TextIO
) -> bool:
    """Each file in turn (one line per failure, the others still go through), then machine English."""
    ok = True
    written: list[Path] = []
    for path in files:
        try:
            target = _import_one(path, options, known, out, err, memory)
            if target is not None:
                written.append(target)
        except BadInput as exc:
            print(f"error: {path}: {exc}", file=err)
            ok = False
        except Exception as exc:  # a bug or an OS problem: still one line, and the next file goes on
            message = str(exc).splitlines()[0] if str(exc) else ""
            print(f"error: {path}: {type(exc).__name__}: {message}".rstrip(": "), file=err)
            ok = False
    if options.translate is not None and written and not options.dry_run:
        from bantin.translate.command import run_translate

        # stdout stays the list of files written; the translation report goes to stderr.
        ok = run_translate(written, options.translate, out=err, err=err) == 0 and ok
    return ok


def _read(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise BadInput(
                f"file too large ({size / 1024 / 1024:.1f} MB; the limit is {MAX_BYTES // 1024 // 1024} MB)"
            )
        if not path.is_file():
            raise BadInput("not a regular file")
        return path.read_bytes()
    except OSError as exc:
        raise BadInput(f"cannot read: {exc.strerror or exc}") from None


def _memory(files: list[Path], references: Path | None) -> SiteMemory:
    """What the pages of this import, and the raw pages kept in `references`, repeat site by site
    (read leniently: a file's errors are reported when it is imported)."""
    memory = SiteMemory()
    kept = []
    if references is not None and references.is_dir() and not references.is_symlink():
        kept = sorted(
            p for p in references.rglob("*") if p.suffix.lower() in SUFFIXES and not leads_out(p, references)
        )
    pages = list(dict.fromkeys([*files, *kept]))
    if len(pages) < 2:
        return memory
    importing = set(files)
    for path in pages:
        try:
            remember(_read(path), str(path), memory, to_import=path in importing)
        except Exception:
            continue
    return memory


def _import_one(
    path: Path,
    options: ImportOptions,
    known: _Known,
    out: TextIO,
    err: TextIO,
    memory: SiteMemory | None = None,
) -> Path | None:
    """Import one file; return the file written (None for a dry run or an earlier import)."""
    data = _read(path)
    existing = known.by_sha.get(sha256(data))
    if existing is not None and not (options.force or options.dry_run):
        print(display_path(existing), file=out)
        return None
    converted = convert(
        data,
        str(path),
        year=options.year,
        source=options.source,
        registry=options.registry,
        today=options.today,
        memory=memory,
        sources=options.sources,
    )
    for warning in converted.warnings:
        print(f"warning: {path}: {warning}", file=err)
    front = converted.front
    scraped = known.scraped_from(front.source_url, front.title) if existing is None else None
    if scraped is not None and not (options.force or options.dry_run or options.explain):
        print(f"warning: {path}: already imported from the same link as {display_path(scraped)};"
              " not imported again (--force replaces it)", file=err)  # fmt: skip
        print(display_path(scraped), file=out)
        return None
    existing = existing or scraped
    if options.explain:
        out.write(explanation(path, converted))
        return None
    if options.dry_run:
        out.write(_place(converted, options.dest, known, replacing=existing)[1].markdown())
        return None
    for _ in range(_ATTEMPTS):
        target, placed = _place(converted, options.dest, known, replacing=existing)
        try:
            _write(target, placed.markdown(), options.registry, exclusive=existing is None)
            break
        except FileExistsError:  # another import took the name meanwhile: the next free one
            known.add(target, None, _url(placed))
    else:
        raise BadInput("could not find a free file name (another import keeps taking them)")
    converted = placed
    front = converted.front
    known.add(target, front.source_sha256, _url(converted), front.source_url, front.title)
    print(display_path(target), file=out)
    return target


def explanation(path: Path, converted: Converted) -> str:
    """`import --explain`: each unit of the body, kept (`+`) or dropped (`-`), with the reason."""
    front = converted.front
    lines = [
        f"== {path}",
        f"title: {front.title}",
        f"date: {front.date.isoformat()}{' (estimated)' if front.date_estimated else ''}",
        f"source: {front.source or '-'}",
    ]
    for unit in converted.units:
        lines.append(f"{'+' if unit.keep else '-'} [{unit.reason}] {unit.text}")
    return "\n".join(lines) + "\n"


def _url(converted: Converted) -> tuple[int, int, str]:
    front = converted.front
    return front.date.year, front.date.month, url_slug(front.title, front.slug)


def _place(converted: Converted, dest: Path, known: _Known, replacing: Path | None) -> tuple[Path, Converted]:
    """The file to write and the slug to record, so no path or URL is taken twice."""
    front = converted.front
    base = url_slug(front.title)
    mine = replacing.resolve() if replacing is not None else None
    for n in range(1, 1000):
        slug = base if n == 1 else f"{base}-{n}"
        url_owner = known.urls.get((front.date.year, front.date.month, slug))
        if url_owner is not None and url_owner.resolve() != mine:
            continue
        path = (
            replacing
            if replacing is not None
            else dest / f"{front.date.year:04d}" / f"{front.date.isoformat()}-{slug}.md"
        )
        if replacing is None and path.resolve() in known.paths:
            continue
        if n > 1 or (replacing is not None and slug != base):
            front = front.model_copy(update={"slug": slug})
        return path, dataclasses.replace(converted, front=front)
    raise BadInput("too many articles with the same title in one month")


_ATTEMPTS = 50


def _write(target: Path, text: str, registry: Registry | None, *, exclusive: bool = True) -> None:
    """Write through a temporary file that must read back as a valid article, then move it into
    place: as a new name only (`exclusive`: FileExistsError if another import took it meanwhile),
    or over the file it replaces (`--force`)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=".import-", suffix=".md", dir=target.parent)
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        try:
            read_article(temp, target.name, registry)
        except ContentErrors as exc:
            raise BadInput(f"the imported article does not validate: {exc.errors[0].message}") from None
        if exclusive:
            _link_new(temp, target)
        else:
            os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)


def _link_new(temp: Path, target: Path) -> None:
    """Give `temp` the name `target` only if no file has it (a hard link is atomic and exclusive;
    where the file system has none, an exclusive create and a rename)."""
    try:
        os.link(temp, target)
        return
    except FileExistsError:
        raise
    except OSError:
        pass
    os.close(os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644))
    os.replace(temp, target)
