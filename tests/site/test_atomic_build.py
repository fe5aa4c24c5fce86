"""The site folder changes only when a whole build succeeds; output is reproducible."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pagefind.service import get_executable

from tests.conftest import REPO, Project, leftovers


def _snapshot(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def test_two_builds_are_byte_identical(seeded: Project, tmp_path: Path) -> None:
    assert seeded.build("-d", str(tmp_path / "one")).exit_code == 0
    time.sleep(1.1)  # a build timestamp, if any slipped in, would now differ
    assert seeded.build("-d", str(tmp_path / "two")).exit_code == 0
    one, two = _snapshot(tmp_path / "one"), _snapshot(tmp_path / "two")
    assert one.keys() == two.keys() and "sitemap.xml.gz" in one
    assert [name for name in one if one[name] != two[name]] == []
    assert b"<lastmod>2021-12-08</lastmod>" in one["sitemap.xml"]


def test_strict_failure_keeps_the_previous_site(seeded: Project) -> None:
    assert seeded.build().exit_code == 0
    before = _snapshot(seeded.site)
    seeded.write("content/gioi-thieu.md", "# Giới thiệu\n\nXem [bài cũ](khong-co.md).\n")
    result = seeded.build("--strict")
    assert result.exit_code == 1
    assert "khong-co.md" in result.output
    assert _snapshot(seeded.site) == before
    assert leftovers(seeded.root) == []


def test_a_failing_search_index_keeps_the_previous_site(
    seeded: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two year parts are indexed at once; the one that fails is named, the other waited for."""
    assert seeded.build().exit_code == 0
    before = _snapshot(seeded.site)
    seeded.article("2023-01-02-bai-khac", title="Một bài năm khác", date="2023-01-02")
    fake = tmp_path / "pagefind"
    fake.write_text(
        '#!/bin/sh\ncase "$*" in *2023*) sleep 1; echo "Error: disk full" >&2; exit 2;; esac\n'
        f'exec "{get_executable()}" "$@"\n',
        encoding="utf-8",
    )
    fake.chmod(0o755)
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(fake))
    shutil.rmtree(seeded.root / ".cache")  # every part indexed again
    result = seeded.build()
    assert result.exit_code == 1
    assert "search index (2023): Pagefind failed (exit 2): Error: disk full" in result.output
    assert _snapshot(seeded.site) == before
    assert leftovers(seeded.root) == []


def test_a_crash_midway_keeps_the_previous_site(seeded: Project) -> None:
    assert seeded.build().exit_code == 0
    before = _snapshot(seeded.site)
    template = seeded.root / "theme" / "entity.html"
    template.write_text(
        template.read_text(encoding="utf-8").replace("{{ t.articles }}", "{{ t.articles() }}")
    )
    result = seeded.build()
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert _snapshot(seeded.site) == before


def test_a_killed_build_keeps_the_previous_site(project: Project) -> None:
    for n in range(250):
        project.article(f"2022-01-{n % 28 + 1:02d}-bai-{n}", title=f"Bài {n}", date=f"2022-01-{n % 28 + 1:02d}",
                        body="Đoạn văn.\n\n" * 30, people=["tran-cam-tu"])  # fmt: skip
    assert project.run().returncode == 0
    before = _snapshot(project.site)
    base = project.root / "theme" / "base.html"  # every page changes: a full build, long enough to kill
    base.write_text(base.read_text(encoding="utf-8") + "{# changed #}\n", encoding="utf-8")
    process = subprocess.Popen([sys.executable, str(REPO / "build.py")], cwd=project.root,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        staged = [p for p in project.root.glob(".site.new-*") if any(p.rglob("*.html"))]
        if staged:
            break
        time.sleep(0.01)
    assert staged, "the build never started writing"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert _snapshot(project.site) == before
    assert project.run().returncode == 0  # the next build clears the leftovers
    assert leftovers(project.root) == []


def test_mkdocs_build_is_staged_too(seeded: Project) -> None:
    assert seeded.run().returncode == 0
    before = _snapshot(seeded.site)
    seeded.write("content/gioi-thieu.md", "[hỏng](khong-co.md)\n")
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=seeded.root,
                            capture_output=True, text=True)  # fmt: skip
    assert result.returncode == 1
    assert _snapshot(seeded.site) == before


def test_content_cannot_name_a_path_outside_the_site(project: Project) -> None:
    project.article("2022-03-04-a", slug="../../../../tmp/escape")
    result = project.build()
    assert result.exit_code == 1
    assert "slug: String should match pattern" in result.output
    assert not list(project.root.rglob("escape*"))


def test_the_plugin_refuses_a_file_written_outside(project: Project) -> None:
    """Defence in depth: even a file added by another plugin may not leave the site folder."""
    import pytest
    from mkdocs.config import load_config
    from mkdocs.exceptions import PluginError
    from mkdocs.structure.files import File, Files

    project.article("2022-03-04-a")
    config = load_config(config_file=str(project.config))
    plugin = config.plugins["bantin"]
    plugin.on_pre_build(config=config)
    outside = File("x.md", str(project.content), config.site_dir, True, dest_uri="../../outside/index.html")
    with pytest.raises(PluginError, match="outside the site folder"):
        plugin.on_files(Files([outside]), config=config)
