"""Only the English keys change; every other byte of the file stays as the editor left it."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from bantin.article import FrontMatter, dump_article, read_article
from bantin.translate.frontmatter_edit import EditError, parse, update, write_atomic
from bantin.translate.run import KEY_ORDER

from ..conftest import REPO
from .conftest import EDITOR, IMPORTED

NEW = {
    "title_en": "Quang Binh evacuates 2,000 households: a test",
    "title_en_by": "machine:libre",
    "en_source_sha256": "0" * 64,
}


def edited(text: str, values: dict[str, str] = NEW) -> str:
    return update(parse(text.encode()), values, KEY_ORDER).decode()


def test_empty_values_are_replaced_in_place() -> None:
    out = edited(IMPORTED)
    expected = IMPORTED.replace(
        "title_en: ''", "title_en: 'Quang Binh evacuates 2,000 households: a test'"
    ).replace("title_en_by: ''", "title_en_by: machine:libre")
    expected = expected.replace(
        "summary_en_by: ''\n", "summary_en_by: ''\nen_source_sha256: '" + "0" * 64 + "'\n"
    )
    assert out == expected


def test_values_are_quoted_as_pyyaml_would_write_them() -> None:
    text = "---\ntitle: X\ndate: 2023-01-01\ntitle_en:\ntitle_en_by: # fill in\n---\n\nBody.\n"
    out = edited(text, {"title_en": "Yes", "title_en_by": "machine:google"})
    assert (
        out
        == "---\ntitle: X\ndate: 2023-01-01\ntitle_en: 'Yes'\ntitle_en_by: machine:google # fill in\n---\n\nBody.\n"
    )
    assert parse(out.encode()).meta["title_en"] == "Yes"  # not the boolean True


def test_missing_keys_go_next_to_their_neighbours_in_schema_order() -> None:
    text = "---\ntitle: X\ndate: 2023-01-01\nplaces: []\nsource_sha256: '" + "1" * 64 + "'\n---\nBody.\n"
    out = edited(text)
    assert out.splitlines()[1:8] == [
        "title: X",
        "date: 2023-01-01",
        "places: []",
        "title_en: 'Quang Binh evacuates 2,000 households: a test'",
        "title_en_by: machine:libre",
        "en_source_sha256: '" + "0" * 64 + "'",
        "source_sha256: '" + "1" * 64 + "'",
    ]


def test_editor_formatting_survives_a_machine_summary_rewrite() -> None:
    text = EDITOR.replace("summary_en_by: editor", "summary_en_by: machine:google")
    out = edited(text, {"summary_en": "A delegation visited.", "summary_en_by": "machine:libre"})
    assert out == text.replace(
        "summary_en: >-\n  A delegation of the Lao People's Revolutionary Party\n  visited Hanoi.",
        "summary_en: A delegation visited.",
    ).replace("summary_en_by: machine:google", "summary_en_by: machine:libre")
    assert "# checked by Lan" in out and "# my wording" in out


def test_crlf_and_bom_are_kept() -> None:
    text = "\ufeff" + IMPORTED.replace("\n", "\r\n")
    out = edited(text)
    assert out.startswith("\ufeff---\r\n") and "\n" not in out.replace("\r\n", "")
    assert out.endswith(IMPORTED.split("---\n", 2)[2].replace("\n", "\r\n"))
    assert "en_source_sha256: '" + "0" * 64 + "'\r\n" in out


def test_a_list_where_text_belongs_is_refused() -> None:
    with pytest.raises(EditError, match="title_en: must be text"):
        edited("---\ntitle: X\ntitle_en:\n- a\n---\n", {"title_en": "B"})


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("no front matter\n", "must start with a '---' line"),
        ("---\ntitle: X\n", "not closed"),
        ("---\ntitle: [X\n---\n", "invalid YAML front-matter"),
        ("---\n- a\n---\n", "must be a mapping"),
    ],
)
def test_broken_files_are_refused(text: str, message: str) -> None:
    with pytest.raises(EditError, match=message):
        parse(text.encode())


def test_surgical_edit_of_an_importer_file_matches_dump_article() -> None:
    """For files the importer wrote, editing in place gives what dumping the new header would."""
    text = IMPORTED
    values = {
        "title_en": "Quang Binh evacuates",
        "summary_en": "Heavy rain: 2,000 households moved.",
        "title_en_by": "machine:libre",
        "summary_en_by": "machine:libre",
    }
    out = update(parse(text.encode()), values, KEY_ORDER).decode()
    doc = parse(text.encode())
    header = FrontMatter.model_validate({**doc.meta, **values})
    assert out == dump_article(header, doc.body)


def test_write_atomic_replaces_the_file_keeps_its_mode_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(b"old")
    os.chmod(path, 0o640)
    write_atomic(path, b"new", b"old")
    assert path.read_bytes() == b"new"
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["a.md"]


def test_write_atomic_refuses_a_file_changed_in_the_meantime(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(b"edited by someone else")
    with pytest.raises(EditError, match="changed while"):
        write_atomic(path, b"new", b"old")
    assert path.read_bytes() == b"edited by someone else"
    assert [p.name for p in tmp_path.iterdir()] == ["a.md"]


def test_the_result_is_a_valid_article(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(edited(IMPORTED), encoding="utf-8")
    doc = parse(path.read_bytes())
    header = FrontMatter.model_validate(doc.meta)
    assert header.title_en_by == "machine:libre" and header.en_source_sha256 == "0" * 64
    if "en_source_sha256" in FrontMatter.model_fields:  # once bantin.article declares the key
        assert read_article(path, "a.md").title_en == NEW["title_en"]


REAL_FILES = sorted((REPO / "content" / "articles").rglob("*.md")) + sorted(
    (REPO / "tests" / "importer" / "fixtures").rglob("*.expected.md")
)
ENGLISH = ("title_en:", "summary_en:", "title_en_by:", "summary_en_by:", "en_source_sha256:")


@pytest.mark.parametrize("path", REAL_FILES, ids=lambda p: p.name)
def test_on_every_real_article_only_english_lines_change(path: Path) -> None:
    raw = path.read_bytes()
    values = {
        "title_en": "A title: with a colon",
        "summary_en": "It's a summary, 'quoted' and # hashed.",
        "title_en_by": "machine:google",
        "summary_en_by": "machine:google",
        "en_source_sha256": "f" * 64,
    }
    out = update(parse(raw), values, KEY_ORDER)
    old_lines, new_lines = raw.decode().splitlines(), out.decode().splitlines()
    assert [line for line in new_lines if not line.startswith(ENGLISH)] == [
        line for line in old_lines if not line.startswith(ENGLISH)
    ]
    assert {k: v for k, v in parse(out).meta.items() if k in values} == values
