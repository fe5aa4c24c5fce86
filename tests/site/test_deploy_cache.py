"""The Pages workflow's cache: a deploy that starts from the last run's build publishes what a cold
build would (`.github/workflows/pages.yml`, step "Restore the last build")."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from tests.conftest import REPO, Project, make_project

WORKFLOW = REPO / ".github" / "workflows" / "pages.yml"
APPLIED = "file(s) or folder(s) in it changed"  # the build moved only what changed into site/


def _cache_step() -> dict[str, object]:
    steps = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))["jobs"]["build"]["steps"]
    return next(step for step in steps if str(step.get("uses", "")).startswith("actions/cache@"))


def _cached_paths() -> list[str]:
    return str(_cache_step()["with"]["path"]).split()  # type: ignore[index]


def _tree(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def _checkout(root: Path, *, pushed: bool) -> Project:
    """What actions/checkout gives a run: the repository's files, nothing built. `pushed`: after
    the next push (an article edited, one added)."""
    project = make_project(root, with_seeds=True)
    for n in range(1, 13):  # an archive of earlier years, which a push to 2021 leaves alone
        project.article(f"2019-{n:02d}-05-bai-{n}", title=f"Bài lưu trữ số {n}", date=f"2019-{n:02d}-05")
    if pushed:
        article = next((project.content / "articles" / "2021").glob("2021-10-15-*.md"))
        text = article.read_text(encoding="utf-8")
        article.write_text(text.replace("song phương.", "song phương, đa phương."), encoding="utf-8")
        project.article("2021-10-20-bai-moi", title="Một bài mới về Lào", date="2021-10-20")
    return project


def _counts(output: str) -> tuple[int, int]:
    match = re.search(r"Rendered (\d+) pages, reused (\d+)", output)
    assert match, output
    return int(match.group(1)), int(match.group(2))


@pytest.mark.parametrize("where", ["same folder", "another folder"])
def test_a_build_from_the_restored_cache_equals_a_cold_build(tmp_path: Path, where: str) -> None:
    """GitHub gives every run the same folder, so the last site's record holds and only what changed
    is moved into site/; in another folder (a renamed repository) pages are still reused."""
    workspace = tmp_path / "runner" / "repo"
    last_run = _checkout(workspace, pushed=False)
    assert last_run.build("--strict").exit_code == 0
    saved = tmp_path / "actions-cache"
    for path in _cached_paths():
        shutil.copytree(last_run.root / path, saved / path, symlinks=True)
    shutil.rmtree(workspace)

    run = _checkout(workspace if where == "same folder" else tmp_path / "elsewhere" / "repo", pushed=True)
    for path in _cached_paths():
        shutil.copytree(saved / path, run.root / path, symlinks=True)
    result = run.build("--strict", "-v")
    assert result.exit_code == 0, result.output
    rendered, reused = _counts(result.output)
    assert rendered > 0 and reused > 0  # the edit and the new article's pages made again, the rest reused
    assert (APPLIED in result.output) == (where == "same folder")

    cold = _checkout(tmp_path / "cold" / "repo", pushed=True)
    assert cold.build("--strict").exit_code == 0
    assert _tree(run.site) == _tree(cold.site)
    assert "Một bài mới về Lào" in (run.site / "index.html").read_text(encoding="utf-8")


def test_the_cache_is_what_the_build_reuses_and_a_code_or_theme_change_starts_cold() -> None:
    step = _cache_step()
    assert set(_cached_paths()) == {".cache/bantin", "site"}
    with_ = step["with"]
    assert isinstance(with_, dict)
    for folder in ("bantin/**", "theme/**", "pyproject.toml", "mkdocs.yml"):
        assert f"'{folder}'" in with_["key"] and f"'{folder}'" in with_["restore-keys"]
    # one entry per run, so the newest build is kept; restored by the key without the run's id
    assert with_["key"].endswith("-${{ github.run_id }}")
    assert with_["key"].removesuffix("${{ github.run_id }}") == with_["restore-keys"].strip()


def test_machine_english_at_deploy_is_optional_never_fails_the_deploy_and_remembers() -> None:
    steps = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))["jobs"]["build"]["steps"]
    names = [step.get("name", "") for step in steps]
    translate = steps[names.index("Machine English for articles without it")]
    memory = steps[names.index("Restore the translation memory")]
    assert names.index("Restore the translation memory") < names.index(
        "Machine English for articles without it"
    )
    assert names.index("Machine English for articles without it") < names.index("Build")
    for step in (translate, memory):
        assert step["if"] == "${{ vars.TRANSLATE_PROVIDER != '' }}"
    assert translate["continue-on-error"] is True and "build.py translate" in translate["run"]
    assert translate["env"]["BANTIN_TRANSLATE_API_KEY"] == "${{ secrets.TRANSLATE_API_KEY }}"
    assert memory["with"]["path"] == ".cache/translations.json"
    assert "hashFiles" not in memory["with"]["key"]  # a change of code keeps the memory
