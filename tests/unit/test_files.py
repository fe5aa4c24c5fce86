"""files.py: which Markdown files are articles, and writing a file in one step."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bantin.core.files import display_path, leads_out, leads_out_of, markdown_files, write_atomic


def test_hidden_files_and_folders_are_not_articles(tmp_path: Path) -> None:
    for name in ("2021/b.md", "2021/a.md", "2021/.import-x1y2.md", ".trash/c.md", "2021/notes.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert markdown_files([tmp_path]) == [tmp_path / "2021/a.md", tmp_path / "2021/b.md"]


def test_files_named_are_kept_in_order_each_once(tmp_path: Path) -> None:
    a, b = tmp_path / "a.md", tmp_path / "b.md"
    a.write_text("x", encoding="utf-8")
    b.write_text("x", encoding="utf-8")
    assert markdown_files([b, tmp_path, a]) == [b, a]


def test_two_names_of_one_file_are_one_article(tmp_path: Path) -> None:
    a = tmp_path / "2021" / "a.md"
    a.parent.mkdir()
    a.write_text("x", encoding="utf-8")
    (tmp_path / "2021" / "b.md").symlink_to(a)
    os.link(a, tmp_path / "2021" / "c.md")
    assert markdown_files([tmp_path]) == [a]
    assert markdown_files([tmp_path / "missing.md", tmp_path / "missing.md"]) == [tmp_path / "missing.md"]


def test_links_out_of_their_folder_are_refused_when_asked(tmp_path: Path) -> None:
    folder, elsewhere = tmp_path / "articles", tmp_path / "elsewhere"
    (folder / "2021").mkdir(parents=True)
    elsewhere.mkdir()
    (elsewhere / "x.md").write_text("x", encoding="utf-8")
    (folder / "2021" / "a.md").write_text("a", encoding="utf-8")
    (folder / "2021" / "out.md").symlink_to(elsewhere / "x.md")
    (folder / "2021" / "in.md").symlink_to(folder / "2021" / "a.md")  # within: the same file, once
    refused: list[Path] = []
    assert markdown_files([folder], refused) == [folder / "2021" / "a.md"]
    assert refused == [folder / "2021" / "out.md"]
    refused.clear()
    assert markdown_files([folder / "2021" / "out.md", folder / "2021" / "a.md"], refused) == [
        folder / "2021" / "a.md"
    ]
    assert refused == [folder / "2021" / "out.md"]
    assert len(markdown_files([folder])) == 2  # not asked: as before (the build checks the project)


def test_links_out_are_found_for_many_files_as_for_each(tmp_path: Path) -> None:
    """`leads_out_of` resolves each folder once: the same answers as `leads_out` one by one, for
    files and links to files, in folders that are links in and out of the project, and a loop."""
    root, elsewhere = tmp_path / "project", tmp_path / "elsewhere"
    (root / "articles" / "2021").mkdir(parents=True)
    (elsewhere / "2022").mkdir(parents=True)
    for folder in (root / "articles" / "2021", elsewhere / "2022"):
        (folder / "a.md").write_text("a", encoding="utf-8")
    (root / "articles" / "2022").symlink_to(elsewhere / "2022")  # a folder leading out
    (root / "articles" / "same").symlink_to(root / "articles" / "2021")  # one leading in
    (root / "articles" / "2021" / "out.md").symlink_to(elsewhere / "2022" / "a.md")
    (root / "articles" / "2021" / "in.md").symlink_to(root / "articles" / "2021" / "a.md")
    (root / "articles" / "2021" / "loop.md").symlink_to(root / "articles" / "2021" / "loop.md")
    (elsewhere / "2022" / "back.md").symlink_to(root / "articles" / "2021" / "a.md")
    paths = [
        root / "articles" / folder / name
        for folder in ("2021", "2022", "same")
        for name in ("a.md", "out.md", "in.md", "loop.md", "back.md", "missing.md")
    ]
    outside = leads_out_of(root)
    found = {path: outside(path) for path in paths}
    assert found == {path: leads_out(path, root) for path in paths}
    assert found[root / "articles" / "2022" / "a.md"] and found[root / "articles" / "2021" / "out.md"]
    assert (
        not found[root / "articles" / "same" / "a.md"] and not found[root / "articles" / "2022" / "back.md"]
    )
    assert found[root / "articles" / "2021" / "loop.md"]


def test_a_write_replaces_the_file_whole_and_keeps_its_mode(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(b"old")
    path.chmod(0o640)
    write_atomic(path, b"new")
    assert path.read_bytes() == b"new"
    assert path.stat().st_mode & 0o777 == 0o640
    write_atomic(path, lambda out: out.write(b"streamed"), sync=False)
    assert path.read_bytes() == b"streamed"
    assert os.listdir(tmp_path) == ["a.md"]


def test_a_new_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    """Not mkstemp's owner-only ones: a page copied into the site must be readable by a server."""
    umask = os.umask(0o022)
    try:
        write_atomic(tmp_path / "page.html", b"<p>x</p>", sync=False)
    finally:
        os.umask(umask)
    assert (tmp_path / "page.html").stat().st_mode & 0o777 == 0o666 & ~umask


def test_a_refused_write_leaves_the_file_and_no_temporary_one(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(b"old")

    def refuse() -> None:
        raise ValueError("changed meanwhile")

    with pytest.raises(ValueError):
        write_atomic(path, b"new", before_replace=refuse)
    assert path.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["a.md"]


def test_paths_are_shown_relative_to_the_working_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert display_path(tmp_path / "content" / "a.md") == os.path.join("content", "a.md")
    assert display_path(Path("/elsewhere/a.md")) == "/elsewhere/a.md"
