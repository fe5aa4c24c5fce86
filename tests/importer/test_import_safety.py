"""The importer under abuse: links out of the folder being imported, two imports racing for one
name, an import stopped while it writes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from bantin.cli import main
from bantin.importer import command

ARTICLE = (
    "Khánh thành cầu mới\n\nSáng 19/12/2022, tỉnh tổ chức lễ khánh thành cây cầu mới nối hai huyện miền núi "
    "sau hai năm thi công.\n\nCây cầu dài 520 m, rộng 12 m, có tổng vốn đầu tư hơn 300 tỷ đồng.\n"
)


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(*args: str) -> tuple[int, list[str], list[str]]:
    result = CliRunner().invoke(main, ["import", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout.splitlines(), result.stderr.splitlines()


def _scraped_with_a_link_out(workdir: Path) -> Path:
    """`scraped/`: a good page, and `link.txt` leading to a page outside it."""
    outside = workdir / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(ARTICLE, encoding="utf-8")
    folder = workdir / "scraped"
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLE.replace("520 m", "480 m"), encoding="utf-8")
    (folder / "link.txt").symlink_to(outside / "secret.txt")
    return folder


def test_a_link_out_of_the_imported_folder_is_refused_with_one_line(workdir: Path) -> None:
    folder = _scraped_with_a_link_out(workdir)
    code, out, err = run("--dest", "articles", str(folder))
    assert code == 1
    assert err == [f"error: {folder / 'link.txt'}: a link to a file outside {folder}; not imported"]
    assert len(out) == 1 and len(list((workdir / "articles").rglob("*.md"))) == 1


def test_a_publishers_table_linking_outside_the_project_is_not_read(workdir: Path, tmp_path_factory) -> None:
    table = tmp_path_factory.mktemp("elsewhere") / "sources.yml"
    table.write_text("example.vn: Báo Ví Dụ\n", encoding="utf-8")
    (workdir / "content").mkdir()
    (workdir / "content" / "sources.yml").symlink_to(table)
    (workdir / "page.txt").write_text(ARTICLE, encoding="utf-8")
    code, out, err = run("page.txt")
    assert code == 1 and out == []
    assert err == ["error: content/sources.yml: a link to a file outside the project: not read"]


def test_a_file_named_that_links_out_of_its_folder_is_refused_too(workdir: Path) -> None:
    """`import scraped/*` names each file, a link to /etc/passwd among them."""
    folder = _scraped_with_a_link_out(workdir)
    (folder / "same.txt").symlink_to(folder / "good.txt")  # a link within its folder is its file
    code, out, err = run(
        "--dest", "articles", *(str(folder / n) for n in ("good.txt", "link.txt", "same.txt"))
    )
    assert code == 1
    assert err == [f"error: {folder / 'link.txt'}: a link to a file outside {folder}; not imported"]
    assert len(list((workdir / "articles").rglob("*.md"))) == 1 and len(out) == 2  # same.txt: already in


def test_a_name_taken_meanwhile_by_another_import_gets_the_next_one(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = command._write
    taken: list[Path] = []

    def racing(target: Path, text: str, registry: object, *, exclusive: bool = True) -> None:
        if not taken:  # another import writes this very name just before us
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text("---\ntitle: x\n---\n", encoding="utf-8")
            taken.append(target)
        real(target, text, registry, exclusive=exclusive)  # type: ignore[arg-type]

    monkeypatch.setattr(command, "_write", racing)
    (workdir / "a.txt").write_text(ARTICLE, encoding="utf-8")
    code, out, err = run("--dest", "articles", "a.txt")
    assert code == 0 and err == []
    assert out == [str(taken[0].with_name(taken[0].stem + "-2.md"))]
    assert taken[0].read_text(encoding="utf-8") == "---\ntitle: x\n---\n"  # the other import's file stays


def test_an_import_stopped_while_writing_leaves_no_temporary_file(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def stopped(*args: object, **kwargs: object) -> None:
        command._stop(15, None)

    monkeypatch.setattr(command, "read_article", stopped)
    (workdir / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(main, ["import", "--dest", "articles", "a.txt"])
    assert result.exit_code == 128 + 15
    assert [p.name for p in (workdir / "articles").rglob("*")] == ["2022"]


def test_sigterm_is_restored_after_an_import(workdir: Path) -> None:
    import signal

    before = signal.getsignal(signal.SIGTERM)
    (workdir / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert run("--dest", "articles", "a.txt")[0] == 0
    assert signal.getsignal(signal.SIGTERM) is before
    assert os.listdir(workdir / "articles" / "2022")[0].endswith(".md")
