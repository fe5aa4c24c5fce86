"""Publishing holds under abuse: builds of one site at once, kills at any moment, a hand-edited
or damaged `site/`, a cache that cannot be written (issue 22, items 1, 7, 8 and 14).

The two trial tests start real builds as processes. Their number of trials is a parameter, small
by default so the suite stays quick: `BANTIN_CONCURRENT_TRIALS=10 BANTIN_KILL_TRIALS=50` runs
the issue's full counts.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pagefind.service import get_executable

from tests.conftest import REPO, Project, fetch, leftovers, preview, wait_for

CONCURRENT_TRIALS = int(os.environ.get("BANTIN_CONCURRENT_TRIALS", "3"))
KILL_TRIALS = int(os.environ.get("BANTIN_KILL_TRIALS", "6"))
EDITED = "content/articles/2022/2022-03-05-bai-3.md"


def _tree(site: Path) -> dict[str, bytes] | None:
    if not site.is_dir():
        return None
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def _state(project: Project, which: int) -> None:
    """One of two contents of the site: an article's text and title differ."""
    project.article("2022-03-05-bai-3", title=f"Bài số 3, bản {which}", date="2022-03-05",
                    body=f"Đoạn văn của bản {which}.\n\n" * 3, people=["tran-cam-tu"])  # fmt: skip


@pytest.fixture
def small(seeded: Project, tmp_path: Path) -> tuple[Project, list[dict[str, bytes]]]:
    """The seed articles and a few more over two years, and the site a cold build makes of each
    of its two contents."""
    for n in range(5):
        seeded.article(f"2022-0{n + 1}-04-bai-{n}", title=f"Bài {n}", date=f"2022-0{n + 1}-04",
                       body="Đoạn văn.\n\n" * 4, people=["tran-cam-tu"])  # fmt: skip
    expected = []
    for which in (0, 1):
        _state(seeded, which)
        shutil.rmtree(seeded.root / ".cache", ignore_errors=True)
        result = seeded.build("-d", str(tmp_path / f"cold-{which}"))
        assert result.exit_code == 0, result.output
        tree = _tree(tmp_path / f"cold-{which}")
        assert tree is not None and "index.html" in tree
        expected.append(tree)
    assert expected[0] != expected[1]
    shutil.rmtree(seeded.root / ".cache")
    return seeded, expected


def _start(project: Project, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, str(REPO / "build.py")], cwd=project.root, text=True, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)  # fmt: skip


def test_two_builds_of_one_site_at_once_end_with_the_site_a_cold_build_makes(
    small: tuple[Project, list[dict[str, bytes]]], tmp_path: Path
) -> None:
    """The issue's case: a second build started 0.5 s after the first deleted its staging
    folder (492 of 2,278 files published, both exiting 0). Now the second waits for the first.

    The first build's Pagefind takes two seconds longer than it needs, as on a site of hundreds
    of articles: without the lock, the second build, quicker, deleted the first's staging folder
    and finished first; the first then put what was left of its folder in place."""
    project, expected = small
    slow = tmp_path / "pagefind"
    slow.write_text(f'#!/bin/sh\nsleep 2\nexec "{get_executable()}" "$@"\n', encoding="utf-8")
    slow.chmod(0o755)
    slow_env = {**os.environ, "PAGEFIND_BINARY_PATH": str(slow)}
    waited = 0
    for trial in range(CONCURRENT_TRIALS):
        which = trial % 2
        _state(project, which)
        if trial % 3 == 0:  # a cold build first, the longest: the second surely overlaps it
            shutil.rmtree(project.root / ".cache", ignore_errors=True)
            shutil.rmtree(project.site, ignore_errors=True)
        first = _start(project, slow_env)
        time.sleep(0.5)
        second = _start(project, dict(os.environ))
        outputs = [process.communicate(timeout=300)[0] for process in (first, second)]
        assert [first.returncode, second.returncode] == [0, 0], outputs
        assert _tree(project.site) == expected[which], f"trial {trial}"
        waited += any("waiting for it to finish" in output for output in outputs)
        assert sum(output.count("Another build is using") for output in outputs) <= 2  # said once
        assert leftovers(project.root) == []
    assert waited >= 1  # the builds did overlap


def test_a_build_killed_at_any_moment_leaves_the_previous_site_or_the_new_one(
    small: tuple[Project, list[dict[str, bytes]]],
) -> None:
    """SIGKILL at random moments of cold and incremental builds (some right when the site is
    being put in place); the next build, even a failing one, leaves `site/` as the previous build
    or the killed one made it, and a good one then succeeds with the site a cold build makes."""
    project, expected = small
    rng = random.Random(22)
    assert project.build().exit_code == 0
    previous: dict[str, bytes] | None = _tree(project.site)
    started = time.monotonic()
    project.run()
    duration = time.monotonic() - started  # a build that changed nothing, as a process
    killed_while_publishing = 0
    for trial in range(KILL_TRIALS):
        which = (trial + 1) % 2
        _state(project, which)
        if trial % 4 == 1:  # a cold build over the site
            shutil.rmtree(project.root / ".cache")
        if trial % 4 == 3:  # a first build: no site yet
            shutil.rmtree(project.root / ".cache")
            shutil.rmtree(project.site)
            previous = None
        process = subprocess.Popen([sys.executable, str(REPO / "build.py")], cwd=project.root,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        if trial % 3 == 2:  # when the journal appears: while the site is put in place
            journal = project.root / ".site.journal"
            deadline = time.monotonic() + 3 * duration + 30
            while not journal.exists() and process.poll() is None and time.monotonic() < deadline:
                time.sleep(0.0005)
            killed_while_publishing += journal.exists()
        else:
            time.sleep(rng.uniform(0, 1.5 * duration))
        process.send_signal(signal.SIGKILL)
        process.wait()

        broken = project.write("content/articles/2022/2022-12-01-hong.md", "---\ntitle: [\n---\n")
        failing = project.build()
        assert failing.exit_code == 1 and "2022-12-01-hong.md" in failing.output
        after = _tree(project.site)
        assert after == previous or after == expected[which], f"trial {trial}: a site neither old nor new"
        broken.unlink()
        result = project.build()
        assert result.exit_code == 0, result.output
        assert _tree(project.site) == expected[which], f"trial {trial}"
        assert not (project.root / ".site.journal").exists()
        previous = expected[which]
    assert leftovers(project.root) == []
    if KILL_TRIALS >= 6:
        assert killed_while_publishing >= 1, "no kill landed while the site was put in place"


def test_a_page_edited_in_the_site_never_reaches_the_cache(seeded: Project, tmp_path: Path) -> None:
    """The issue's case: edit a page in `site/`, delete `site/`, rebuild: the edited page was
    published again, through the hard link it shares with the page cache (with `-d` too). The
    cache sees that its entry changed since it was kept, and drops it."""
    assert seeded.build().exit_code == 0
    cold = _tree(seeded.site)
    page = seeded.site / "index.html"
    with page.open("r+b") as stream:  # written in place, as a hard link's other name would be
        stream.write(b"<!-- poisoned -->")
    assert page.stat().st_nlink == 2  # the page and the cache's entry: one file
    shutil.rmtree(seeded.site)
    assert seeded.build().exit_code == 0
    assert _tree(seeded.site) == cold
    assert seeded.build("-d", str(tmp_path / "elsewhere")).exit_code == 0
    assert _tree(tmp_path / "elsewhere") == cold


def test_a_rebuild_notices_files_of_its_record_missing_from_the_site(seeded: Project) -> None:
    """A site that no longer matches its record (files deleted from it) is made whole again by
    a rebuild that changed nothing, not left with the hole."""
    assert seeded.build().exit_code == 0
    whole = _tree(seeded.site)
    assert whole is not None
    (seeded.site / "index.html").unlink()
    article = next(p for p in whole if p.startswith("2021/") and p.endswith("/index.html"))
    (seeded.site / article).unlink()
    shutil.rmtree(seeded.site / "pagefind" / "2021")
    (seeded.site / "feed.xml").unlink()
    result = seeded.build()
    assert result.exit_code == 0 and "file(s) or folder(s) in it changed" in result.output
    assert _tree(seeded.site) == whole


def test_a_record_that_cannot_be_written_fails_in_one_line_and_keeps_the_site(seeded: Project) -> None:
    """A read-only cache (here its record's folder is a file: root ignores permissions): one
    line, exit 1, no staging folder left, `site/` as it was."""
    assert seeded.build().exit_code == 0
    before = _tree(seeded.site)
    sites = seeded.root / ".cache" / "bantin" / "sites"
    shutil.rmtree(sites)
    sites.write_text("")
    article = next((seeded.content / "articles" / "2021").glob("*.md"))
    article.write_text(article.read_text(encoding="utf-8") + "\nĐoạn thêm.\n", encoding="utf-8")
    result = seeded.build()
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    errors = [line for line in result.output.splitlines() if line.startswith(("ERROR", "error"))]
    assert len(errors) == 2 and "cannot write the cache (" in errors[0], result.output
    assert ".cache/bantin/sites: File exists)" in errors[0]
    assert errors[1].endswith("The build failed; " + str(seeded.site) + " was left as it was")
    assert _tree(seeded.site) == before
    assert leftovers(seeded.root) == []


def test_a_cache_folder_that_cannot_be_made_is_one_line(seeded: Project) -> None:
    (seeded.root / ".cache").mkdir()
    (seeded.root / ".cache" / "bantin").write_text("")
    result = seeded.build()
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert "cannot make the lock file" in result.output and ".cache/bantin/lock" in result.output
    assert not seeded.site.exists() and leftovers(seeded.root) == []


def test_a_build_beside_a_running_preview_shares_the_cache_one_at_a_time(seeded: Project) -> None:
    """`serve` holds the cache's lock only while it rebuilds: a build runs beside it, and the
    preview still rebuilds afterwards."""
    article = next((seeded.content / "articles" / "2021").glob("*.md"))
    with preview(seeded) as running:
        built = seeded.run()
        assert built.returncode == 0, built.stderr
        assert (seeded.site / "index.html").is_file()
        article.write_text(
            article.read_text(encoding="utf-8") + "\nĐoạn thêm khi xem trước.\n", encoding="utf-8"
        )
        assert wait_for(lambda: "Đoạn thêm khi xem trước." in fetch(running.url + _page_of(seeded))), (
            running.log
        )
        assert "Traceback" not in running.log


def _page_of(project: Project) -> str:
    """The address, under the site, of the 2021 seed article's page."""
    page = next(p for p in project.site.glob("2021/[0-9][0-9]/*/index.html"))
    return page.parent.relative_to(project.site).as_posix() + "/"
