"""Shared fixtures: throw-away projects built with the real MkDocs, and HTML helpers."""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import frontmatter
import pytest
from click.testing import CliRunner, Result

from bantin.cli import main

REPO = Path(__file__).resolve().parents[1]
SITE_URL = "https://example.github.io/tin-viet-lao/"


@dataclass
class Project:
    """A project folder like ours (mkdocs.yml, theme, content) in a temporary place."""

    root: Path

    @property
    def content(self) -> Path:
        return self.root / "content"

    @property
    def site(self) -> Path:
        return self.root / "site"

    @property
    def config(self) -> Path:
        return self.root / "mkdocs.yml"

    def write(self, relative: str, text: str | bytes) -> Path:
        path = self.root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        return path

    def article(self, name: str, body: str = "Đoạn văn đầu tiên của bài.\n", **meta: object) -> Path:
        """Write content/articles/<year>/<name>.md with the given front-matter."""
        meta.setdefault("title", "Bài thử nghiệm")
        meta.setdefault("date", "2022-03-04")
        year = str(meta["date"])[:4]
        post = frontmatter.Post(body, **meta)
        text = frontmatter.dumps(post, allow_unicode=True, sort_keys=False)
        return self.write(f"content/articles/{year}/{name}.md", text + "\n")

    def build(self, *args: str) -> Result:
        """`python build.py -f mkdocs.yml ARGS` in this process (click's runner)."""
        return CliRunner().invoke(main, ["-f", str(self.config), *args], catch_exceptions=False)

    def run(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        """`python build.py ARGS` as a real subprocess from the project folder."""
        return subprocess.run(
            [sys.executable, str(REPO / "build.py"), *args],
            cwd=self.root,
            capture_output=True,
            text=True,
            timeout=timeout,
        )


def leftovers(root: Path, timeout: float = 20) -> list[Path]:
    """Staging folders still beside the site once the background removal of the old site ends."""
    import time

    deadline = time.monotonic() + timeout
    while True:
        found = [p for p in root.iterdir() if p.name.startswith(".site.") and p.name != ".site.lock"]
        if not found or time.monotonic() > deadline:
            return found
        time.sleep(0.1)


def make_project(root: Path, *, with_seeds: bool) -> Project:
    """Copy our configuration, theme and registry; the seed articles only when asked."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(REPO / "theme", root / "theme")
    (root / "content").mkdir()
    shutil.copy(REPO / "content" / "entities.yml", root / "content" / "entities.yml")
    if with_seeds:
        shutil.copytree(REPO / "content" / "articles", root / "content" / "articles")
        shutil.copytree(REPO / "content" / "raw", root / "content" / "raw")
    return Project(root)


@pytest.fixture(autouse=True)
def _fixed_site_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SITE_URL", SITE_URL)


@pytest.fixture
def project(tmp_path: Path) -> Project:
    """An empty project (registry, theme, no articles)."""
    return make_project(tmp_path / "project", with_seeds=False)


@pytest.fixture
def seeded(tmp_path: Path) -> Project:
    """A project with our two seed articles."""
    return make_project(tmp_path / "project", with_seeds=True)


@pytest.fixture(scope="session")
def repo_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Our real site, built once by `python build.py -d DIR` in a subprocess."""
    out = tmp_path_factory.mktemp("repo-site") / "site"
    env_site_url = {"SITE_URL": SITE_URL}
    result = subprocess.run(
        [sys.executable, "build.py", "-d", str(out)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        env={**_clean_env(), **env_site_url},
    )
    assert result.returncode == 0, result.stderr
    yield out


def _clean_env() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items() if k != "SITE_URL"}


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextlib.contextmanager
def serve_site(site: Path, root: Path) -> Iterator[str]:
    """Serve a built site with a real HTTP server at /tin-viet-lao/, as GitHub Pages would."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "tin-viet-lao").symlink_to(site, target_is_directory=True)
    handler = functools.partial(QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/tin-viet-lao/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def served_under_sub_path(repo_site: Path, tmp_path: Path) -> Iterator[str]:
    """Our real site served at /tin-viet-lao/."""
    with serve_site(repo_site, tmp_path / "www") as url:
        yield url


def fetch(url: str) -> str:
    """The page at `url`, or '' when there is none (404) or the server is busy rebuilding."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def wait_for(check: Callable[[], bool], seconds: float = 60, every: float = 0.3) -> bool:
    deadline = time.monotonic() + seconds
    while not check():
        if time.monotonic() > deadline:
            return False
        time.sleep(every)
    return True


@dataclass
class Preview:
    """`python build.py serve` running on a project: its address and its log so far."""

    url: str
    log_file: Path

    @property
    def log(self) -> str:
        return self.log_file.read_text(encoding="utf-8")


@contextlib.contextmanager
def preview(project: Project) -> Iterator[Preview]:
    """`python build.py serve` in a subprocess, once its first build is served."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    log_file = project.root / "serve.log"
    with log_file.open("w") as log:
        process = subprocess.Popen(
            [sys.executable, str(REPO / "build.py"), "serve", "-a", f"127.0.0.1:{port}"],
            cwd=project.root, stdout=log, stderr=subprocess.STDOUT, text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )  # fmt: skip
        running = Preview(f"http://127.0.0.1:{port}/tin-viet-lao/", log_file)
        try:
            assert wait_for(lambda: bool(fetch(running.url))), running.log
            yield running
        finally:
            process.terminate()
            process.wait(timeout=20)
