"""Publishing a build: what to reuse, what was written, and putting the finished site in place.

The site (`bantin.site.builder`) writes its pages and feeds into a folder and asks, through
`Outputs`, whether each is already there. The publisher owns everything around that:

- one build at a time: of the site folder and over the cache (`lock`);
- where the build goes: a staging folder beside the site, swapped in (or applied over it,
  `overlay`) only when the whole build succeeded (`staging`);
- what to reuse: outputs by fingerprint, from the site being replaced when most of it is
  unchanged, else from the page cache (`PageStore`, the publisher's answer to `Outputs`);
- what was written: the record of the site (`overlay.Manifest`), the articles parsed by this
  build, the cache pruned to what this build used.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..core.article import Article
from ..core.files import display_path, write_atomic
from ..site.outputs import Fresh, Link, Outputs, Written
from ..site.workers import run_parallel
from . import overlay
from .cache import PageCache, load_articles, save_articles, tree_entry
from .fingerprint import build_digest, code_digest, digest
from .lock import Lock, LockError, lock_beside
from .overlay import Manifest
from .staging import PublishError, Staging

log = logging.getLogger("mkdocs.plugins.bantin")


@dataclass
class PageStore:
    """Outputs by fingerprint: in the site being replaced, or in the page cache."""

    cache: PageCache
    build_digest: str
    previous: Manifest | None = None  # the site being replaced, when its record is trusted
    previous_site: Path | None = None
    #: Set by `decide` when this build is applied over the site being replaced: outputs it
    #: holds as they would be written now are left there.
    over: Manifest | None = None
    _memo: dict[int, tuple[Any, str]] = field(default_factory=dict)

    def fingerprint(self, *made_of: Any) -> str:
        return digest(self.build_digest, *made_of, memo=self._memo)

    def decide(self, pages: Iterable[tuple[str, tuple[Any, ...]]], processes: int = 1) -> dict[str, str]:
        """With the site being replaced known, every page is fingerprinted first (in `processes`
        processes): when at least half of them are in it as they would be written now, the build
        is applied over it."""
        if self.previous is None:
            return {}  # each worker process fingerprints its own pages
        listed = list(pages)
        found = dict(pair for part in run_parallel(self._keys, listed, processes) for pair in part)
        keys = {path: found[path] for path, _ in listed}  # in the pages' order
        same = sum(self.previous.unchanged(path, key) for path, key in keys.items())
        if keys and 2 * same >= len(keys):
            self.over = self.previous
        return keys

    def _keys(self, pages: Sequence[tuple[str, tuple[Any, ...]]]) -> list[tuple[str, str]]:
        return [(path, self.fingerprint(*made_of)) for path, made_of in pages]

    def reuse(
        self, path: str, fingerprint: str, target: Path, *, suffix: str = ".html", content: str | None = None
    ) -> list[Link] | None:
        if not fingerprint:
            return None
        if self.over is not None and self.over.in_site(path, fingerprint):
            self.cache.used.add(f"{fingerprint}{suffix}")
            return list(self.over.links.get(content, [])) if content else []
        known = self.cache.data(fingerprint) if content else []
        if known is None or not self.cache.place(fingerprint, target, suffix):
            return None
        return [tuple(link) for link in known]  # type: ignore[misc]

    def keep(self, fingerprint: str, written: Path, suffix: str = ".html") -> None:
        if fingerprint:
            self.cache.keep(fingerprint, written, suffix)

    def used(self) -> set[str]:
        return set(self.cache.used)

    def unwritten(self, paths: Iterable[str]) -> set[str]:
        return set(paths) if self.over is not None else set()

    def reuse_tree(self, path: str, fingerprint: str, target: Path) -> bool:
        if not fingerprint:
            return False
        if self.over is not None and self.over.in_site(path, fingerprint):
            self.cache.used.add(tree_entry(fingerprint))
            return True
        return self.cache.place_tree(fingerprint, target)

    def keep_tree(self, fingerprint: str, written: Path) -> None:
        if fingerprint:
            self.cache.keep_tree(fingerprint, written)

    def source(self, path: str, written: Path) -> Path:
        if self.over is None or self.previous_site is None or written.is_file():
            return written
        return self.previous_site / path

    def recall(self, name: str) -> bytes | None:
        self.cache.used.add(name)
        try:
            return (self.cache.root / _MEMORY / name).read_bytes()
        except OSError:
            return None

    def remember(self, name: str, data: bytes) -> None:
        path = self.cache.root / _MEMORY / name
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, data, sync=False)
        self.cache.used.add(name)

    def still(self, name: str) -> None:
        self.cache.used.add(name)


#: Where `PageStore.remember` keeps what it is given, in the page cache.
_MEMORY = "sp"


class PublishingError(Exception):
    """The cache or the site's folder cannot be written: one line for the user."""


class Publisher:
    """Where a build goes, what it reuses, and the site put in place when it succeeded.

    `stage`: build beside the target and swap in at the end (`build`, `serve`; not `--dirty`).
    `cache`: keep outputs and parsed articles under `cache_root` for the next build."""

    def __init__(self, *, cache: bool, cache_root: Path, serving: bool, stage: bool) -> None:
        self.cache = cache
        self.cache_root = cache_root
        self.serving = serving
        self.stage = stage
        self.staging: Staging | None = None
        self._serve_manifest: Path | None = None  # the manifest of the preview's folder
        #: Articles parsed by this build, to keep for the next: (file, code digest, articles).
        self._parsed: tuple[Path, str, dict[tuple[str, str], Article]] | None = None
        self._pickled: dict[tuple[str, str], bytes] = {}  # those the last build kept, as kept
        self._store: PageStore | None = None
        self._made: Manifest | None = None
        self.summary = ""  # what the build made, said on the line that reports the site ready
        self._locks: list[Lock] = []
        #: False when the last build succeeded but could not be put in place (said on one line).
        self.published = True

    def begin(self, target: Path) -> Path | None:
        """The folder to build into instead of `target`, or None to build in place.

        Waits first for another build of the same site, or over the same cache (raises
        PublishingError when a lock cannot be made)."""
        self.published = True
        self._lock(target)
        manifest_file = overlay.manifest_path(self.cache_root, target)
        if self.stage:
            self.staging = Staging.begin(target, manifest_file if self.cache else None)
            self._serve_manifest = manifest_file if self.serving else None
            return self.staging.folder
        if not self.serving:  # written in place (`mkdocs build --dirty`): no longer as recorded
            overlay.forget(manifest_file)
        return None

    def _lock(self, target: Path) -> None:
        """The site's lock (not `serve`'s: its folder is its own), then the cache's: always in
        this order, so two builds never wait for each other."""
        self._unlock()
        wanted = [] if self.serving else [(lock_beside(target.resolve()), display_path(target))]
        if self.cache:
            wanted.append((self.cache_root / "lock", f"the cache {display_path(self.cache_root)}"))
        for path, what in wanted:
            lock = Lock(path)
            try:
                lock.acquire(lambda holder, what=what: log.info(
                    f"Another build is using {what} ({holder}): waiting for it to finish"))  # fmt: skip
            except LockError as exc:
                self._unlock()
                raise PublishingError(f"{exc} (the folder must be writable)") from None
            self._locks.append(lock)

    def _unlock(self) -> None:
        for lock in reversed(self._locks):
            lock.release()
        self._locks = []

    @property
    def _articles_file(self) -> Path:
        return self.cache_root / "articles.pickle"

    def known_articles(self) -> dict[tuple[str, str], Article]:
        """Articles parsed by the last build, by (path, sha256 of the file)."""
        loaded = load_articles(self._articles_file, code_digest()) if self.cache else {}
        self._pickled = {key: data for key, (_, data) in loaded.items()}
        return {key: article for key, (article, _) in loaded.items()}

    def read(self, articles: Sequence[Article], known: Mapping[tuple[str, str], Article]) -> None:
        """The articles this build read; kept for the next build if they differ (`save_articles`)."""
        self._parsed = None
        if self.cache:
            current = {(a.src_uri, a.file_sha256): a for a in articles}
            if current.keys() != known.keys():
                self._parsed = (self._articles_file, code_digest(), current)

    def save_articles(self) -> None:
        if self._parsed is not None:
            save_articles(*self._parsed, known=self._pickled)

    def outputs(
        self,
        site_dir: Path,
        *,
        theme_dirs: Sequence[Path],
        config: Mapping[str, Any],
        options: Mapping[str, Any],
        registry_file: Path,
    ) -> Outputs:
        """What the site asks while it writes into `site_dir` (MkDocs' files are in it by now)."""
        staging = self.staging
        self._made = Manifest(str(staging.target)) if staging is not None else None
        if self._made is not None:  # what MkDocs wrote (static files, plain pages) is rewritten every build
            self._made.files = overlay.files_in(site_dir)
        if not self.cache:
            self._store = None
            return Fresh()
        self._store = PageStore(
            PageCache(self.cache_root / "pages"),
            build_digest(theme_dirs, config, options, registry_file, self.serving),
            previous=staging.previous if staging is not None else None,
            previous_site=staging.target if staging is not None else None,
        )
        return self._store

    def record(self, written: Written) -> None:
        """The build wrote `written`: remember it for the next build."""
        store, made = self._store, self._made
        if made is not None:
            made.keyed.update(written.keyed)
            made.files += written.files
            for _, (content, links) in written.links.items():
                if links:
                    made.links.setdefault(content, []).extend(links)
        if store is None:
            return
        try:
            if self.staging is not None:
                self.staging.current = made
                self.staging.overlay = store.over is not None
                self.staging.save_record()
            store.cache.save_data({written.keyed[path]: links for path, (_, links) in written.links.items()})
            pruned = store.cache.prune(written.used | store.cache.used)
        except OSError as exc:  # a read-only or full cache: the build fails, the site stays
            where = display_path(Path(exc.filename)) if exc.filename else display_path(self.cache_root)
            raise PublishingError(f"cannot write the cache ({where}: {exc.strerror or exc})") from None
        log.debug(f"Page cache: {pruned} stale entries removed")

    def succeeded(self) -> None:
        if self.staging is not None:
            self.staging.succeeded = True
            if self.serving:  # nothing to wait for: the preview shows the rebuild at once
                self.finish()

    def failed(self) -> None:
        if self.staging is not None:
            self.staging.failed = True
            if self.serving:  # the server goes on; the preview keeps the last good build
                self.finish()

    def finish(self) -> None:
        """Put the staged site in place if the build succeeded, else throw it away; then let
        the next build in."""
        staging, self.staging = self.staging, None
        try:
            if staging is not None:
                self._finish(staging)
        finally:
            self._unlock()

    def _finish(self, staging: Staging) -> None:
        target = display_path(staging.target)
        try:
            done = staging.finish()
        except PublishError as exc:
            self.published = False
            log.error(f"The build could not be put in place: {exc}")
            return
        if done:
            applied = staging.applied
            changed = "" if applied is None else f": {applied} file(s) or folder(s) in it changed"
            summary = f" — {self.summary}" if self.summary else ""
            log.info(f"Site ready in {target}{changed}{summary}")
        elif staging.target.is_dir():
            log.error(f"The build failed; {target} was left as it was")
        else:
            log.error(f"The build failed; nothing was written to {target}")

    def shutdown(self) -> None:
        self.finish()
        if self.serving and self._serve_manifest is not None:  # MkDocs deletes its folder
            overlay.forget(self._serve_manifest)
