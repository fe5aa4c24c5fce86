"""Broken content: one clear line per problem naming file and line, exit 1, old site kept."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bantin.site import content
from tests.conftest import Project

ARTICLES = "content/articles/2021"


def _error_lines(output: str) -> list[str]:
    """The per-file error lines (MkDocs adds a summary line, and we a last word)."""
    return [line for line in output.splitlines() if line.startswith("ERROR") and "content/" in line]


def test_broken_article_keeps_the_previous_site(seeded: Project) -> None:
    assert seeded.build().exit_code == 0
    before = (seeded.site / "index.html").read_bytes()
    seeded.write(f"{ARTICLES}/2021-12-09-hong.md", "---\ntitle: Bài hỏng\ndate: [2021\n---\nNội dung.\n")
    result = seeded.build()
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    errors = _error_lines(result.output)
    assert len(errors) == 1
    assert "content/articles/2021/2021-12-09-hong.md:3: invalid YAML front-matter" in errors[0]
    assert (seeded.site / "index.html").read_bytes() == before
    assert result.output.splitlines()[-1].endswith("site was left as it was")


def test_mkdocs_build_also_stops_before_cleaning_the_site(seeded: Project) -> None:
    import subprocess
    import sys

    assert seeded.run().returncode == 0
    seeded.write(
        f"{ARTICLES}/2021-12-09-x.md", "---\ntitle: X\ndate: 2021-12-09\npeople: [khong-ai]\n---\nA.\n"
    )
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build"], cwd=seeded.root, capture_output=True, text=True
    )
    assert result.returncode == 1
    assert "unknown entity 'khong-ai'" in result.stderr
    assert (seeded.site / "index.html").is_file()  # MkDocs had not emptied site/ yet


@pytest.mark.parametrize("others", [0, 450])
def test_every_bad_file_is_reported_with_its_line(
    seeded: Project, others: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With hundreds of files to read they are parsed in two processes: the same report."""
    processes: list[int] = []
    spy = functools.partial(_spy, content.map_parallel, processes)
    monkeypatch.setattr(content, "map_parallel", spy)
    config = seeded.config.read_text(encoding="utf-8")
    seeded.config.write_text(config.replace("      per_page: 20\n", "      per_page: 20\n      workers: 2\n"))
    for n in range(others):
        seeded.article(
            f"2020-05-{n % 28 + 1:02d}-bai-{n}", title=f"Bài số {n}", date=f"2020-05-{n % 28 + 1:02d}"
        )
    seeded.write(
        f"{ARTICLES}/a.md",
        "---\ntitle: A\ndate: 2021-12-09\norganizations:\n  - dang-cong-san-viet-nam\n  - khong-co\n---\nA.\n",
    )
    seeded.write(f"{ARTICLES}/b.md", "---\ndate: 15/10/2021\ntitle: B\n---\nB.\n")
    seeded.write(f"{ARTICLES}/c.md", "---\ntitle: C\ndate: 2021-12-09\ntitel: typo\n---\nC.\n")
    seeded.write(f"{ARTICLES}/d.md", b"---\ntitle: D\ndate: 2021-12-09\n---\nCh\xe0o \xff\n")
    seeded.write(f"{ARTICLES}/e.md", "Không có front-matter.\n")
    seeded.write(f"{ARTICLES}/f.md", "")
    seeded.write(
        f"{ARTICLES}/g.md", "---\ntitle: G\ndate: 2021-12-09\nplaces: [dang-cong-san-viet-nam]\n---\nG.\n"
    )
    seeded.write(f"{ARTICLES}/h.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    seeded.write(
        f"{ARTICLES}/i.md", "---\ntitle: I\ndate: 2021-12-09\nsource_url: javascript:alert(1)\n---\nI.\n"
    )
    result = seeded.build()
    assert result.exit_code == 1
    errors = "\n".join(_error_lines(result.output))
    expected = [
        "a.md:6: organizations: unknown entity 'khong-co'",
        "b.md:2: date: Value error, must be a date written YYYY-MM-DD",
        "c.md:4: titel: unknown key",
        "d.md:5: not UTF-8",
        "e.md:1: no front-matter",
        "f.md: empty file",
        "g.md:4: places: 'dang-cong-san-viet-nam' is a organization, not a place",
        "h.md:3: binary file",
        "i.md:4: source_url: Value error, must be an http:// or https:// address",
    ]
    for fragment in expected:
        assert fragment in errors, fragment
    assert len(_error_lines(result.output)) == len(expected)
    assert processes == [2 if others else 1]


def _spy(
    real: Callable[..., list[object]], seen: list[int], fn: Any, items: Any, processes: int
) -> list[object]:
    seen.append(processes)
    return real(fn, items, processes)


def test_broken_registry_is_reported_with_its_line(seeded: Project) -> None:
    registry = seeded.content / "entities.yml"
    text = registry.read_text(encoding="utf-8")
    registry.write_text(text + "\n- id: lao\n  kind: place\n  name: Lào\n  name_en: Laos\n  description: a\n  description_en: b\n"
                        "- id: sai-ten\n  kind: country\n  name: Sai tên\n  name_en: Wrong\n  description: a\n  description_en: b\n",
                        encoding="utf-8")  # fmt: skip
    result = seeded.build()
    assert result.exit_code == 1
    errors = "\n".join(_error_lines(result.output))
    lines = text.count("\n")
    assert f"content/entities.yml:{lines + 2}: duplicate id 'lao'" in errors
    assert f"content/entities.yml:{lines + 9}: kind: Input should be" in errors


def test_url_clash_names_both_files(project: Project) -> None:
    project.article("2022-03-04-a", title="Cùng một tiêu đề")
    project.article("2022-03-20-b", title="Cùng một tiêu đề", date="2022-03-20")
    result = project.build()
    assert result.exit_code == 1
    (error,) = _error_lines(result.output)
    assert "content/articles/2022/2022-03-20-b.md: same URL as " in error
    assert error.endswith(
        "content/articles/2022/2022-03-04-a.md (same month and title); set a different `slug`"
    )


def test_a_page_of_content_may_not_hide_a_generated_page(project: Project) -> None:
    project.article("2022-03-04-a")
    project.write("content/to-chuc.md", "# Trang tự viết\n")
    result = project.build()
    assert result.exit_code == 1
    assert "to-chuc.md' would overwrite the generated page /to-chuc/" in result.output


def test_build_without_mkdocs_yml_fails_cleanly(tmp_path: Path) -> None:
    result = Project(tmp_path).build()
    assert result.exit_code == 1
    assert result.output.count("\n") <= 2 and "Traceback" not in result.output


def test_the_importers_temporary_file_is_not_an_article(seeded: Project) -> None:
    """A half-written `.import-*.md` beside the articles (an import running, or killed) is skipped."""
    seeded.write("content/articles/2021/.import-abc123.md", "---\ntitle: [unclosed\n")
    result = seeded.build("--strict")
    assert result.exit_code == 0, result.output


def test_a_bad_option_is_named_with_its_key(project: Project) -> None:
    config = project.config.read_text(encoding="utf-8")
    project.config.write_text(config.replace("per_page: 20", "per_page: 0"), encoding="utf-8")
    result = project.build()
    assert result.exit_code == 1
    assert "Plugin 'bantin' option 'per_page': must be at least 1" in result.output
