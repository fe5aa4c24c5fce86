"""`entities add`: suggestions become registry entries, the file keeps its comments, `tag` then tags."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from bantin.entities import Registry
from bantin.tagging import add
from bantin.tagging.command import tag_command
from bantin.tagging.suggest import entities_group
from tests.conftest import REPO

ARTICLE = """\
---
title: Bộ trưởng Lào thăm Hải Dương
date: 2024-03-02
---

Bộ trưởng Lào Vilay Khounsavath tiếp ông Nguyễn Văn Bình, Chủ tịch Ủy ban Hữu nghị Thái Nguyên – Luông Pha Băng.

Ông Vilay Khounsavath đề nghị Ủy ban Hữu nghị Thái Nguyên – Luông Pha Băng tiếp tục giúp đỡ, và Khounsavath cảm ơn.
Đoàn thăm Ulaanbaatar và Tổ chức Sở hữu Trí tuệ Thế giới (WIPO).
"""


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "content" / "articles").mkdir(parents=True)
    shutil.copy(REPO / "content" / "entities.yml", tmp_path / "content" / "entities.yml")
    (tmp_path / "content" / "articles" / "a.md").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def registry_text(project: Path) -> str:
    return (project / "content" / "entities.yml").read_text(encoding="utf-8")


def test_add_by_name_appends_a_valid_entry_and_keeps_the_file(project: Path) -> None:
    before = registry_text(project)
    result = CliRunner().invoke(entities_group, ["add", "Vilay Khounsavath", "Ulaanbaatar"])
    assert result.exit_code == 0, result.output
    after = registry_text(project)
    assert after.startswith(before)  # comments and order untouched
    registry = Registry.load(project / "content" / "entities.yml")
    person = registry.get("vilay-khounsavath")
    assert person is not None and person.kind.value == "person" and person.name_en == "Vilay Khounsavath"
    assert person.country == "lao" and "Khounsavath" in person.aliases
    assert person.description == ""  # left for the editor, marked TODO
    assert "# TODO: one line in Vietnamese" in after
    place = registry.get("ulaanbaatar")
    assert place is not None and place.kind.value == "place" and place.name_en == "Ulaanbaatar"
    tagged = CliRunner().invoke(tag_command, ["--write"])
    assert tagged.exit_code == 0, tagged.output
    meta = yaml.safe_load(
        (project / "content" / "articles" / "a.md").read_text(encoding="utf-8").split("---\n")[1]
    )
    assert "vilay-khounsavath" in meta["people"] and "ulaanbaatar" in meta["places"]


def test_add_by_id_and_all_above_a_confidence(project: Path) -> None:
    result = CliRunner().invoke(entities_group, ["add", "--id", "to-chuc-so-huu-tri-tue-the-gioi"])
    assert result.exit_code == 0, result.output
    who = Registry.load(project / "content" / "entities.yml").get("to-chuc-so-huu-tri-tue-the-gioi")
    assert who is not None and who.aliases == ("WIPO",) and who.name_en == ""
    assert "English name left empty" in result.output
    result = CliRunner().invoke(entities_group, ["add", "--all", "--min-confidence", "0.5"])
    assert result.exit_code == 0, result.output
    registry = Registry.load(project / "content" / "entities.yml")
    assert "uy-ban-huu-nghi-thai-nguyen-luong-pha-bang" in registry
    assert "nguyen-van-binh" in registry and registry.get("nguyen-van-binh").name_en == "Nguyen Van Binh"
    again = CliRunner().invoke(entities_group, ["add", "--all", "--min-confidence", "0.5"])
    assert again.exit_code == 0 and "0 entries added" in again.output  # nothing twice


def test_add_interactively_asks_for_each(project: Path) -> None:
    result = CliRunner().invoke(
        entities_group, ["add", "-i", "--min-confidence", "0.5"], input="y\n" + "n\n" * 40
    )
    assert result.exit_code == 0, result.output
    assert "1 entry added" in result.output


def test_translate_gives_english_names_the_tool_cannot(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Fake:
        def __enter__(self) -> Fake:
            return self

        def __exit__(self, *exc: object) -> None:
            pass

        def translate(self, text: str) -> str:
            return {"Tổ chức Sở hữu Trí tuệ Thế giới": "World Intellectual Property Organization"}.get(
                text, ""
            )

    monkeypatch.setattr(add, "_translator", lambda *args: Fake())
    result = CliRunner().invoke(entities_group, ["add", "WIPO", "--translate", "google"])
    assert result.exit_code == 0, result.output
    who = Registry.load(project / "content" / "entities.yml").get("to-chuc-so-huu-tri-tue-the-gioi")
    assert who.name_en == "World Intellectual Property Organization"


def test_unknown_names_fail_and_write_nothing(project: Path) -> None:
    before = registry_text(project)
    result = CliRunner().invoke(entities_group, ["add", "Không Có Tên Này"])
    assert result.exit_code == 1 and "not among the suggestions" in result.output
    assert registry_text(project) == before


def test_entry_yaml_quotes_what_yaml_needs() -> None:
    entry = add.Entry("a-b", "organization", "A: B", "", ["x, y", "Z"], None, False)
    data = yaml.safe_load(entry.yaml())
    assert data[0]["name"] == "A: B" and data[0]["aliases"] == ["x, y", "Z"] and data[0]["name_en"] == ""


def test_unused_lists_entries_no_article_names_and_entries_to_write(project: Path) -> None:
    CliRunner().invoke(entities_group, ["add", "Ulaanbaatar"])
    CliRunner().invoke(tag_command, ["--write"])  # pages follow the articles' tags
    result = CliRunner().invoke(entities_group, ["unused"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert "unused    lao  (place: Lào)" not in lines  # the article names Laos
    assert "unused    ulaanbaatar  (place: Ulaanbaatar)" not in lines
    assert "unused    campuchia  (place: Campuchia)" in lines
    assert "to write  ulaanbaatar  (place: Ulaanbaatar)" in lines


def test_check_lists_unused_entries_as_information(project: Path) -> None:
    from bantin.tagging.unused import unused_lines

    lines = unused_lines(project / "content")
    assert lines and lines[0].startswith("info: ") and "no article names" in lines[0]


def test_an_alias_too_short_to_tag_with_is_left_out_with_a_note() -> None:
    from collections import Counter

    from bantin.tagging.discover import Candidate

    registry = Registry.load(REPO / "content" / "entities.yml")
    cand = Candidate("Vitamin Ka", "organization", 0.9, forms=Counter({"Vitamin Ka": 3, "K": 1, "VK": 1}))
    (entry,), notes = add.make_entries([cand], registry)
    assert entry.aliases == ["VK"]
    assert "'Vitamin Ka': alias 'K' left out, too short to tag with" in notes


def test_unused_does_not_read_an_article_linking_outside_the_project(project: Path, tmp_path_factory) -> None:
    outside = tmp_path_factory.mktemp("outside") / "c.md"
    outside.write_text(ARTICLE.replace("Lào", "Campuchia"), encoding="utf-8")
    (project / "mkdocs.yml").write_text(
        "site_name: T\ndocs_dir: content\nplugins:\n  - bantin\n", encoding="utf-8"
    )
    (project / "content" / "articles" / "c.md").symlink_to(outside)
    result = CliRunner().invoke(entities_group, ["unused"])
    assert result.exit_code == 1
    assert "campuchia" not in result.output
    assert "error: content/articles/c.md: a link to a file outside the project: not read" in result.output


def test_a_registry_linking_outside_the_project_is_not_read(project: Path, tmp_path_factory) -> None:
    outside = tmp_path_factory.mktemp("outside") / "entities.yml"
    (project / "content" / "entities.yml").rename(outside)
    (project / "content" / "entities.yml").symlink_to(outside)
    result = CliRunner().invoke(entities_group, ["unused"])
    assert result.exit_code == 1
    assert (
        result.output.strip() == "error: content/entities.yml: a link to a file outside the project: not read"
    )
