"""The `tag` and `entities suggest` commands, through click's runner, on throw-away projects."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from bantin.entities import Registry
from bantin.tagging import command
from bantin.tagging.command import tag_command
from bantin.tagging.suggest import entities_group
from tests.conftest import REPO

ARTICLE = """\
---
title: Chủ tịch nước tiếp Tổng thống Belarus
date: 2017-06-27
source: TTXVN   # the wire
organizations: []
people:
- tran-dai-quang  # an editor's comment stays
events:
places:
title_en: ''
---

Chủ tịch nước Trần Đại Quang hội đàm với Tổng thống Belarus Alexander Lukashenko tại Minsk.

Hai bên thúc đẩy hợp tác với Liên minh Kinh tế Á - Âu. *Ảnh: TTXVN*{: .credit}
"""


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "content" / "articles").mkdir(parents=True)
    shutil.copy(REPO / "content" / "entities.yml", tmp_path / "content" / "entities.yml")
    monkeypatch.chdir(tmp_path)
    article = tmp_path / "content" / "articles" / "a.md"
    article.write_text(ARTICLE, encoding="utf-8")
    return article


def front(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])


def test_tag_shows_a_diff_and_writes_nothing_by_default(project: Path) -> None:
    result = CliRunner().invoke(tag_command, [])
    assert result.exit_code == 0, result.output
    assert (
        "+- alexander-lukashenko" in result.output
        and "+organizations: [lien-minh-kinh-te-a-au]" in result.output
    )
    assert "-organizations: []" in result.output
    assert project.read_text(encoding="utf-8") == ARTICLE


def test_tag_write_adds_tags_and_changes_nothing_else(project: Path) -> None:
    result = CliRunner().invoke(tag_command, ["--write", str(project)])
    assert result.exit_code == 0, result.output
    text = project.read_text(encoding="utf-8")
    data = front(project)
    assert data["organizations"] == ["lien-minh-kinh-te-a-au"]
    assert data["people"] == ["tran-dai-quang", "alexander-lukashenko"]
    assert data["places"] == ["belarus"]
    assert "thong-tan-xa-viet-nam" not in text  # a photo credit is not a mention
    assert data["tagged_by_registry"] == [
        "belarus",
        "tran-dai-quang",
        "alexander-lukashenko",
        "lien-minh-kinh-te-a-au",
    ]
    assert text.split("\n---\n", 1)[1] == ARTICLE.split("\n---\n", 1)[1]  # body byte for byte
    kept = [line for line in text.splitlines() if line in ARTICLE.splitlines()]
    assert "- tran-dai-quang  # an editor's comment stays" in kept and "source: TTXVN   # the wire" in kept
    assert {
        k: v for k, v in data.items() if k not in ("organizations", "people", "places", "tagged_by_registry")
    } == {
        k: v
        for k, v in yaml.safe_load(ARTICLE.split("---\n")[1]).items()
        if k not in ("organizations", "people", "places")
    }
    assert CliRunner().invoke(tag_command, ["--write"]).output.startswith("0 file(s)")  # idempotent


def test_a_tag_an_editor_removed_is_remembered_and_never_put_back(project: Path) -> None:
    CliRunner().invoke(tag_command, ["--write"])
    project.write_text(
        project.read_text(encoding="utf-8").replace("- alexander-lukashenko\n", ""), encoding="utf-8"
    )
    result = CliRunner().invoke(tag_command, ["--write"])
    assert result.exit_code == 0, result.output
    data = front(project)
    assert "alexander-lukashenko" not in data["people"]
    assert data["removed_entities"] == ["alexander-lukashenko"]
    assert CliRunner().invoke(tag_command, ["--write"]).output.startswith("0 file(s)")


def test_tag_reports_broken_files_and_goes_on(project: Path) -> None:
    bad = project.with_name("b.md")
    bad.write_text("no front-matter\n", encoding="utf-8")
    result = CliRunner().invoke(tag_command, ["--write"])
    assert result.exit_code == 1
    assert "b.md:1: no front-matter" in result.output
    assert "alexander-lukashenko" in project.read_text(encoding="utf-8")


def test_tag_reads_no_file_elsewhere_through_a_link(project: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "c.md").write_text(ARTICLE, encoding="utf-8")
    link = project.with_name("c.md")
    link.symlink_to(elsewhere / "c.md")
    result = CliRunner().invoke(tag_command, ["--write"])
    assert result.exit_code == 1
    assert (
        "error: content/articles/c.md: a link to a file outside content/articles; not read" in result.output
    )
    assert (elsewhere / "c.md").read_text(encoding="utf-8") == ARTICLE and link.is_symlink()
    assert "alexander-lukashenko" in project.read_text(encoding="utf-8")  # the others still done


def test_tag_never_overwrites_a_file_an_editor_saved_meanwhile(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    planned = command.plan

    def plan_then_an_editor_saves(path: Path, registry: Registry) -> command.Change:
        change = planned(path, registry)
        path.write_text(ARTICLE + "Saved meanwhile.\n", encoding="utf-8")
        return change

    monkeypatch.setattr(command, "plan", plan_then_an_editor_saves)
    result = CliRunner().invoke(tag_command, ["--write"])
    assert result.exit_code == 1 and "a.md: the file changed while" in result.output
    assert project.read_text(encoding="utf-8") == ARTICLE + "Saved meanwhile.\n"


def test_suggest_lists_unknown_names_with_counts_and_examples(project: Path, tmp_path: Path) -> None:
    raw = tmp_path / "raw.txt"
    raw.write_text(
        "Hội nghị Thượng đỉnh Mekong - Lan Thương khai mạc. Ông Trần Đại Quang gặp ông Chea Vannak.\n"
        "Thủ tướng Chea Vannak dự Hội nghị Thượng đỉnh Mekong - Lan Thương tại Phnom Penh.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(entities_group, ["suggest", str(raw), str(project)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split()[:4] == ["2", "Chea", "Vannak", "[person"]
    assert any("Hội nghị Thượng đỉnh Mekong – Lan Thương  [event" in line for line in lines)
    assert "Phnom Penh" in result.output and "Minsk" in result.output
    assert "Trần Đại Quang" not in "\n".join(lines[0::2])  # known names are not suggested


@pytest.mark.parametrize(
    "args", [["tag"], ["entities", "suggest"], ["import", "--dry-run", "content/articles/a.md"]]
)
def test_a_broken_registry_stops_every_command_with_its_lines(project: Path, args: list[str]) -> None:
    from bantin.cli import main

    (project.parents[1] / "entities.yml").write_text("- id: x\n  kind: bogus\n", encoding="utf-8")
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert lines[0].startswith("error: content/entities.yml:2: kind:")
    assert all(line.startswith("error: content/entities.yml:") for line in lines)
