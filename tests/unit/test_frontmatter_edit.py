"""Editing front-matter as text: only the keys we set change; every other byte stays as the editor left it."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
import yaml

from bantin.core.article import FrontMatter, dump_article, read_article
from bantin.core.frontmatter_edit import (
    EditError,
    append_items,
    parse,
    replace_flow,
    rewritten,
    set_scalar,
    split,
    update,
    write_atomic,
)
from tests.conftest import REPO
from tests.translate.conftest import EDITOR, IMPORTED

NEW = {
    "title_en": "Quang Binh evacuates 2,000 households: a test",
    "title_en_by": "machine:libre",
    "en_source_sha256": "0" * 64,
}


def edited(text: str, values: dict[str, str] = NEW) -> str:
    return update(parse(text.encode()), values).decode()


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
    out = update(parse(text.encode()), values).decode()
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
    out = update(parse(raw), values)
    old_lines, new_lines = raw.decode().splitlines(), out.decode().splitlines()
    assert [line for line in new_lines if not line.startswith(ENGLISH)] == [
        line for line in old_lines if not line.startswith(ENGLISH)
    ]
    assert {k: v for k, v in parse(out).meta.items() if k in values} == values


# Splitting, and the lists `tag` edits.

TAGGED = """\
---
title: X   # keep me
date: 2023-01-01
organizations: [a]
people:
  - b  # an editor's comment
events:
places: ''
# about English
title_en: ''
---

Body.
"""


def test_split_cuts_at_the_first_closing_line_and_keeps_bom_and_crlf() -> None:
    text = "\ufeff---\r\ntitle: X\r\n---\r\n\r\nBody.\r\n---\r\nmore\r\n"
    parts = split(text)
    assert parts is not None
    assert (parts.head, parts.front) == ("\ufeff---\r\n", "title: X\r\n")
    assert parts.tail == "---\r\n\r\nBody.\r\n---\r\nmore\r\n" and parts.text == text
    assert parts.body == "Body.\r\n---\r\nmore\r\n"


@pytest.mark.parametrize(
    "text", ["title: X\n", "---\ntitle: X\n", "\n---\ntitle: X\n---\n", "----\nx: 1\n---\n"]
)
def test_split_finds_no_front_matter(text: str) -> None:
    assert split(text) is None


def test_split_closes_on_three_dashes_or_more_as_the_site_build_does() -> None:
    parts = split("---\ntitle: X\n----  \nBody.\n")
    assert parts is not None and parts.front == "title: X\n" and parts.body == "Body.\n"


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("no front matter\n", 1),
        ("---\ntitle: X\n", 1),
        ("---\ntitle: X\ndate: [2023\n---\n", 3),
        ("---\n- a\n---\n", 2),
        ("---\ntitle: X\xff\n---\n", 2),
    ],
)
def test_errors_name_the_line_in_the_whole_file(text: str, line: int) -> None:
    raw = text.encode("latin-1") if "\xff" in text else text.encode()
    with pytest.raises(EditError) as caught:
        parse(raw)
    assert caught.value.line == line


def front_of(text: str) -> str:
    parts = split(text)
    assert parts is not None
    return parts.front


def test_items_are_appended_in_each_lists_own_style() -> None:
    front = front_of(TAGGED)
    front = append_items(front, "organizations", ["c", "d"])
    front = append_items(front, "people", ["e"])
    front = append_items(front, "events", ["f"])
    front = append_items(front, "places", ["g"])
    assert front == (
        "title: X   # keep me\n"
        "date: 2023-01-01\n"
        "organizations: [a, c, d]\n"
        "people:\n"
        "  - b  # an editor's comment\n"
        "  - e\n"
        "events:\n"
        "- f\n"
        "places:\n"
        "- g\n"
        "# about English\n"
        "title_en: ''\n"
    )


def test_nothing_to_append_changes_nothing() -> None:
    assert append_items("title: X\n", "people", []) == "title: X\n"


def test_an_empty_flow_list_gets_its_first_item() -> None:
    assert append_items("people: []  # none yet\n", "people", ["a"]) == "people: [a]  # none yet\n"


def test_a_missing_list_goes_after_its_neighbour_in_schema_order() -> None:
    front = "title: X\norganizations: []\npeople:\n- a\n# English\ntitle_en: ''\n"
    assert append_items(front, "places", ["b", "c"]) == (
        "title: X\norganizations: []\npeople:\n- a\nplaces:\n- b\n- c\n# English\ntitle_en: ''\n"
    )


def test_a_missing_key_with_no_neighbour_before_goes_before_the_next_one() -> None:
    front = "people: [a]\ntitle_en: ''\n"
    assert append_items(front, "organizations", ["b"]) == "organizations:\n- b\npeople: [a]\ntitle_en: ''\n"


def test_appending_to_text_is_refused() -> None:
    with pytest.raises(EditError, match="people: is not a list"):
        append_items("people: Lan\n", "people", ["a"])


def test_items_yaml_would_read_as_something_else_are_quoted() -> None:
    assert append_items("people:\n- a\n", "people", ["2020", "yes"]) == "people:\n- a\n- '2020'\n- 'yes'\n"
    assert replace_flow("title: X\n", "tagged_by_registry", ["a, b", "2020"]) == (
        "title: X\ntagged_by_registry: ['a, b', '2020']\n"
    )


def test_replace_flow_rewrites_the_whole_entry_and_nothing_after_it() -> None:
    front = "tagged_by_registry:\n- a\n- b\n# English\ntitle_en: ''\n"
    assert (
        replace_flow(front, "tagged_by_registry", ["c"])
        == "tagged_by_registry: [c]\n# English\ntitle_en: ''\n"
    )
    assert replace_flow("tagged_by_registry: [a]\n", "tagged_by_registry", []) == "tagged_by_registry: []\n"


def test_crlf_lists_stay_crlf() -> None:
    front = "title: X\r\npeople:\r\n- a\r\nplaces: []\r\n"
    front = append_items(append_items(front, "people", ["b"]), "removed_entities", ["c"])
    assert front == "title: X\r\npeople:\r\n- a\r\n- b\r\nplaces: []\r\nremoved_entities:\r\n- c\r\n"


def test_a_key_set_after_a_block_list_goes_before_the_comment_that_follows_it() -> None:
    front = "title: X\nplaces:\n- a\n\n# the English, by Lan\ntitle_en: Y\n"
    assert set_scalar(front, "tagged_by_registry", "z") == (
        "title: X\nplaces:\n- a\ntagged_by_registry: z\n\n# the English, by Lan\ntitle_en: Y\n"
    )


def test_rewritten_refuses_changes_to_keys_not_named() -> None:
    doc = parse(TAGGED.encode())
    front = append_items(doc.parts.front, "people", ["e"])
    assert (
        rewritten(doc, front, {"people": ["b", "e"]})
        == TAGGED.replace("  - b  # an editor's comment\n", "  - b  # an editor's comment\n  - e\n").encode()
    )
    with pytest.raises(EditError, match="would change other keys"):
        rewritten(doc, front, {})
    with pytest.raises(EditError, match="would change other keys"):  # same values, other order
        rewritten(doc, "date: 2023-01-01\n" + front.replace("date: 2023-01-01\n", ""), {"people": ["b", "e"]})


def test_a_key_not_in_the_schema_goes_at_the_end() -> None:
    assert set_scalar("title: X\ntitle_en: Y\n", "note", "n") == "title: X\ntitle_en: Y\nnote: n\n"


def test_an_edited_value_with_three_dashes_is_written_as_dump_article_writes_it() -> None:
    values = {"title_en": "Vietnam --- Laos", "title_en_by": "editor"}
    out = update(parse(IMPORTED.encode()), values).decode()
    head = out.split("---", 2)[1]  # no `---` in the head but its fences
    assert yaml.safe_load(head)["title_en"] == "Vietnam --- Laos"
    doc = parse(IMPORTED.encode())
    assert out == dump_article(FrontMatter.model_validate({**doc.meta, **values}), doc.body)
