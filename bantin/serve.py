"""`python build.py serve`: MkDocs' preview server, showing the pages of an edit first.

MkDocs' `serve` rebuilds the whole site after any change and holds every request until that
is done (12 s after an edit at 10,000 articles). This is the same server (MkDocs'
`LiveReloadServer`: live reload, the 404 page, the site's path) and the same builds, with two
differences:

- before each rebuild, the plugin writes the pages that show the edited articles straight into
  the served folder (`SiteBuilder.preview`); the server then lets requests through and reloads
  the browsers, and the whole site is rebuilt as MkDocs would, applied over the folder when done;
- changes are seen through the system's file notifications (inotify) rather than by MkDocs
  looking at every file twice a second, which takes a while in a folder of 10,000 articles.

`mkdocs serve` still works, with MkDocs' own loop: every change a whole rebuild.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import watchdog.events
import watchdog.observers
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.livereload import LiveReloadServer

from .plugin import BantinPlugin

log = logging.getLogger("mkdocs.commands.serve")

#: Quiet time after the last change before rebuilding (MkDocs waits 0.1 s): an editor's save is
#: often several events (write, rename).
SETTLE_S = 0.05


class _Changes(watchdog.events.FileSystemEventHandler):
    """The paths changed since the last rebuild began."""

    def __init__(self) -> None:
        self._paths: set[Path] = set()
        self._lock = threading.Lock()

    def on_any_event(self, event: watchdog.events.FileSystemEvent) -> None:
        if event.is_directory:
            return
        with self._lock:
            for path in (event.src_path, getattr(event, "dest_path", "")):
                if path:
                    self._paths.add(Path(str(path)))

    def take(self) -> set[Path]:
        with self._lock:
            paths, self._paths = self._paths, set()
        return paths


#: What a change is. With the system's notifications a build reading the content would be one
#: too (opened, closed unchanged) and start the next rebuild: these alone are passed on.
CHANGES: list[type[watchdog.events.FileSystemEvent]] = [
    watchdog.events.FileCreatedEvent,
    watchdog.events.FileModifiedEvent,
    watchdog.events.FileDeletedEvent,
    watchdog.events.FileMovedEvent,
    watchdog.events.DirCreatedEvent,
    watchdog.events.DirDeletedEvent,
    watchdog.events.DirMovedEvent,
]


class _Observer(watchdog.observers.Observer):  # type: ignore[misc, valid-type]
    """The system's observer (inotify on Linux), passing on changes only (`CHANGES`)."""

    def schedule(self, handler: Any, path: Any, *, recursive: bool = False, **kwargs: Any) -> Any:
        return super().schedule(handler, path, recursive=recursive, event_filter=CHANGES)


class _Server(LiveReloadServer):
    """MkDocs' server, told of every path it watches' changes, and able to show the folder
    before the rebuild it is running ends."""

    def __init__(self, changes: _Changes, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.changes = changes
        self.build_delay = SETTLE_S
        self.observer = _Observer()  # inotify on Linux; MkDocs polls every file

    def watch(self, path: str, func: None = None, *, recursive: bool = True) -> None:
        super().watch(path, func, recursive=recursive)
        self.observer.schedule(self.changes, path, recursive=recursive)

    def show(self) -> None:
        """Let the requests held during this rebuild through, with what the folder holds now,
        and reload the browsers; when the rebuild ends there is no second reload.

        MkDocs' server has no public way to say so: these are the two epochs its `_build_loop`
        sets before and after a rebuild (`mkdocs/livereload/__init__.py`, MkDocs 1.6)."""
        with self._epoch_cond:
            self._visible_epoch = self._wanted_epoch
            self._epoch_cond.notify_all()


def serve(config_file: str | None, dev_addr: str | None, strict: bool | None, livereload: bool) -> None:
    """Build into a temporary folder, serve it and rebuild on changes, as `mkdocs serve`."""
    site_dir = tempfile.mkdtemp(prefix="mkdocs_")

    def get_config() -> MkDocsConfig:
        return load_config(config_file=config_file, site_dir=site_dir, dev_addr=dev_addr, strict=strict)

    config = get_config()
    config.plugins.on_startup(command="serve", dirty=False)
    plugin = config.plugins.get("bantin")  # MkDocs keeps it for every configuration loaded after
    host, port = config.dev_addr
    mount_path = "/" + urlsplit(config.site_url or "/").path.strip("/")
    serve_url = f"http://{host}:{port}{mount_path.rstrip('/')}/"
    config.site_url = serve_url
    changes = _Changes()

    def builder(config: MkDocsConfig | None = None) -> None:
        shown = False
        if config is None:  # a rebuild
            changed = changes.take()
            if isinstance(plugin, BantinPlugin) and changed:
                shown = _preview(plugin, changed, Path(site_dir), server.show)
            config = get_config()
            config.site_url = serve_url
        log.info("Building documentation...")
        try:
            build(config, serve_url=serve_url)
        except BaseException:
            if shown and isinstance(plugin, BantinPlugin):
                plugin.forget_site(Path(site_dir))
            raise
        if isinstance(plugin, BantinPlugin):
            plugin.warm()

    server = _Server(changes, builder=builder, host=host, port=port, root=site_dir, mount_path=mount_path)
    server.error_handler = lambda code: _error_page(Path(site_dir), code)
    try:
        builder(config)
        if livereload:
            server.watch(config.docs_dir)
            if config.config_file_path:
                server.watch(config.config_file_path)
            server = config.plugins.on_serve(server, config=config, builder=builder)
            for item in config.watch:
                server.watch(item)
        try:
            server.serve()
        except KeyboardInterrupt:
            log.info("Shutting down...")
        finally:
            server.shutdown()
    finally:
        config.plugins.on_shutdown()
        shutil.rmtree(site_dir, ignore_errors=True)


def _preview(plugin: BantinPlugin, changed: set[Path], site_dir: Path, show: Callable[[], None]) -> bool:
    """The pages of an edit, shown before the rebuild; whether there were any."""
    began = time.monotonic()
    try:
        pages = plugin.preview(changed, site_dir)
    except Exception as exc:  # the rebuild that follows builds and reports everything anyway
        log.debug(f"No early pages: {type(exc).__name__}: {exc}")
        return False
    if not pages:
        return False
    show()
    seconds = time.monotonic() - began
    log.info(f"Showing {len(pages)} page(s) of the edit ({seconds:.2f} s); rebuilding the rest")
    return True


def _error_page(site_dir: Path, code: int) -> bytes | None:
    page = site_dir / f"{code}.html"
    return page.read_bytes() if code in (404, 500) and page.is_file() else None
