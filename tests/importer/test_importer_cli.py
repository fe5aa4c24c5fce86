"""`python build.py import` end to end: exit codes, one line per error, paths printed,
idempotency, --force, --dry-run, folders and slug clashes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import frontmatter
import pytest
from click.testing import CliRunner

from bantin.cli import main
from bantin.core.article import read_article

from .expected import FIXTURES
from .test_importer_units import _cp1258_form

ROOT = Path(__file__).resolve().parents[2]
GOOD = FIXTURES / "paragraphs" / "khanh-thanh-cau.txt"
ARTICLE = ("Khánh thành cầu mới\n\nSáng 19/12/2022, tỉnh tổ chức lễ khánh thành cây cầu mới nối hai huyện.\n\n"
           "Cây cầu dài 520 m, rộng 12 m.\n")  # fmt: skip


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty project folder (no mkdocs.yml, no registry) to run the command in."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(*args: str) -> tuple[int, list[str], list[str]]:
    result = CliRunner().invoke(main, ["import", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout.splitlines(), result.stderr.splitlines()


def test_import_writes_one_file_and_prints_its_path(workdir: Path) -> None:
    code, out, err = run("--dest", "articles", str(GOOD))
    assert code == 0 and err == []
    assert out == ["articles/2022/2022-12-19-khanh-thanh-cau-vuot-song-da-noi-hai-huyen-mien-nui.md"]
    article = read_article(workdir / out[0], out[0])
    assert article.title == "Khánh thành cầu vượt sông Đà nối hai huyện miền núi"
    assert article.source_sha256 and article.title_en is None


def test_second_import_writes_nothing_and_prints_the_existing_path(workdir: Path) -> None:
    _, first, _ = run("--dest", "articles", str(GOOD))
    written = workdir / first[0]
    renamed = written.with_name("ten-moi-do-bien-tap-vien-dat.md")
    written.rename(renamed)
    renamed.write_text(renamed.read_text(encoding="utf-8").replace("Bà con", "Người dân"), encoding="utf-8")
    code, out, err = run("--dest", "articles", str(GOOD))
    assert code == 0 and err == []
    assert out == ["articles/2022/ten-moi-do-bien-tap-vien-dat.md"]
    assert sorted(p.name for p in (workdir / "articles").rglob("*.md")) == ["ten-moi-do-bien-tap-vien-dat.md"]
    assert "Người dân" in renamed.read_text(encoding="utf-8")


def test_force_replaces_the_file_with_the_same_sha(workdir: Path) -> None:
    _, first, _ = run("--dest", "articles", str(GOOD))
    path = workdir / first[0]
    path.write_text(path.read_text(encoding="utf-8").replace("Bà con", "Người dân"), encoding="utf-8")
    code, out, _ = run("--dest", "articles", "--force", str(GOOD))
    assert code == 0 and out == first
    assert "Bà con" in path.read_text(encoding="utf-8")
    assert len(list((workdir / "articles").rglob("*.md"))) == 1


SCRAPED = (
    "Title: Khánh thành cầu mới\nSource: Báo Mẫu\nLink: {link}\nPublished Date: N/A\nAuthor: \nTags: None\n"
    "Summary: \nContent: Sáng 19/12/2022, tỉnh tổ chức lễ khánh thành cây cầu mới nối hai huyện. "
    "Cây cầu dài 520 m, rộng 12 m. {most_read}\n"
)


def test_the_same_page_scraped_again_is_not_imported_twice(workdir: Path) -> None:
    """A page scraped again has other bytes (its lists moved on), the same link: one article."""
    first_scrape, again = workdir / "a.txt", workdir / "b.txt"
    first_scrape.write_text(
        SCRAPED.format(link="https://baomau.vn/khanh-thanh-cau-a1.html", most_read="Đọc nhiều Tin A")
    )
    again.write_text(
        SCRAPED.format(link="http://www.baomau.vn/khanh-thanh-cau-a1.html/", most_read="Đọc nhiều Tin B")
    )
    code, out, err = run("--dest", "articles", str(first_scrape), str(again))
    assert code == 0
    assert len(out) == 2 and out[0] == out[1]  # the second prints the article it already is
    assert any("already imported from the same link" in line and "b.txt" in line for line in err)
    path = workdir / out[0]
    path.write_text(path.read_text(encoding="utf-8").replace("Cây cầu", "Chiếc cầu"), encoding="utf-8")
    code, out, _ = run("--dest", "articles", str(again))
    assert code == 0 and "Chiếc cầu" in path.read_text(encoding="utf-8")  # the editor's words stay
    code, out, _ = run("--dest", "articles", "--force", str(again))
    assert code == 0 and [workdir / o for o in out] == [path]  # --force replaces it, in its place
    assert "Chiếc cầu" not in path.read_text(encoding="utf-8")
    assert len(list((workdir / "articles").rglob("*.md"))) == 1


def test_dry_run_prints_markdown_and_writes_nothing(workdir: Path) -> None:
    code, out, _ = run("--dest", "articles", "--dry-run", str(GOOD))
    assert code == 0
    post = frontmatter.loads("\n".join(out))
    assert post["title"] == "Khánh thành cầu vượt sông Đà nối hai huyện miền núi"
    assert not (workdir / "articles").exists()


def test_folder_argument_imports_txt_and_html_recursively_in_order(workdir: Path) -> None:
    source = workdir / "raw"
    (source / "sub").mkdir(parents=True)
    shutil.copy(FIXTURES / "html" / "vnexpress-xe-buyt-dien.html", source / "sub" / "b.html")
    shutil.copy(GOOD, source / "a.txt")
    (source / "notes.md").write_text("# không phải bài báo\n", encoding="utf-8")
    code, out, err = run("--dest", "articles", str(source))
    assert code == 0, err
    assert [Path(p).parent.name for p in out] == ["2022", "2024"]
    assert len(list((workdir / "articles").rglob("*.md"))) == 2
    assert err == [
        f"note: {source / 'notes.md'}: Markdown with no scraper's header (Jina Reader's, or a "
        "front-matter with the page's link or date); not imported (name the file to import it)"
    ]


JINA = (
    "Title: Khai trương tuyến xe buýt điện mới\n\nURL Source: https://tinmoi.example.vn/xe-buyt-dien.html\n\n"
    "Published Time: 2024-03-02T08:00:00+07:00\n\nMarkdown Content:\n"
    "# Khai trương tuyến xe buýt điện mới\n\nSáng 2/3, thành phố khai trương tuyến xe buýt điện nối "
    "trung tâm với sân bay.\n\nMỗi ngày tuyến có 120 chuyến, giá vé 7.000 đồng.\n"
)
CLIPPED = (
    "---\ntitle: Mở lớp dạy bơi miễn phí cho trẻ em\nsource: https://baomoi.example.vn/day-boi.html\n"
    "published: 2023-06-10\n---\n\nHè này, huyện mở 20 lớp dạy bơi miễn phí cho trẻ em.\n\n"
    "Mỗi lớp học 10 buổi, do các huấn luyện viên của trung tâm thể thao phụ trách.\n"
)
README = "# Trang lấy về\n\nCác tệp trong thư mục này do [công cụ](https://example.vn) tải về.\n\n## Nguồn\n\n- [A](https://a.vn)\n"


def test_a_folders_markdown_is_imported_with_a_scrapers_header_and_others_named(workdir: Path) -> None:
    source = workdir / "scrapes"
    source.mkdir()
    (source / "a-jina.md").write_text(JINA, encoding="utf-8")
    (source / "b-clipped.md").write_text(CLIPPED, encoding="utf-8")
    (source / "README.md").write_text(README, encoding="utf-8")
    (source / "c-broken.md").write_text(
        "---\ntitle: [mở\nurl: https://x.vn/a\n---\n\nMột câu.\n", encoding="utf-8"
    )
    code, out, err = run("--dest", "articles", str(source))
    assert code == 1  # the broken front-matter is named with its line, not skipped
    assert sorted(Path(p).name for p in out) == [
        "2023-06-10-mo-lop-day-boi-mien-phi-cho-tre-em.md",
        "2024-03-02-khai-truong-tuyen-xe-buyt-dien-moi.md",
    ]
    assert [": ".join(line.split(": ")[:2]) for line in err] == [
        f"note: {source / 'README.md'}",
        f"error: {source / 'c-broken.md'}",
    ]
    assert "broken front-matter (line 3)" in err[1]
    written = list((workdir / "articles").rglob("*.md"))
    again_code, _, again_err = run("--dest", "articles", str(source / "README.md"), str(written[0]))
    assert again_code == 1  # named, a README is read as a crawler's page; the site's own article is refused
    assert again_err[-1].endswith("not a scraped page")
    only = workdir / "notes"
    only.mkdir()
    (only / "README.md").write_text(README, encoding="utf-8")
    code, out, err = run("--dest", "articles", str(only))
    assert code == 1 and out == []
    assert err[-1] == (
        f"error: {only}: no pages to import in this folder (.txt, .html, .htm, or .md with a "
        "scraper's header)"
    )


def test_failures_are_one_line_each_and_other_files_still_import(workdir: Path) -> None:
    (workdir / "empty.txt").write_bytes(b"  \n ")
    (workdir / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (workdir / "big.txt").write_bytes(b"x" * (5 * 1024 * 1024 + 1))
    shutil.copy(GOOD, workdir / "good.txt")
    code, out, err = run(
        "--dest", "articles", "empty.txt", "binary.txt", "big.txt", "missing.txt", "good.txt"
    )
    assert code == 1
    assert len(out) == 1 and out[0].endswith(".md")
    assert err == [
        "error: missing.txt: no such file or folder",
        "error: empty.txt: empty file",
        "error: binary.txt: binary file, not text",
        "error: big.txt: file too large (5.0 MB; the limit is 5 MB)",
    ]


def test_unreadable_file_is_one_line(workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copy(GOOD, workdir / "locked.txt")
    original = Path.read_bytes

    def refuse(self: Path) -> bytes:
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return original(self)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    code, _, err = run("--dest", "articles", "locked.txt")
    assert code == 1 and err == ["error: locked.txt: cannot read: Permission denied"]


def test_an_unexpected_error_is_one_line_not_a_traceback(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("something broke\nsecond line")

    monkeypatch.setattr("bantin.importer.command.convert", boom)
    shutil.copy(GOOD, workdir / "good.txt")
    code, _, err = run("--dest", "articles", "good.txt")
    assert code == 1 and err == ["error: good.txt: RuntimeError: something broke"]


def test_warnings_are_one_line_each_and_keep_exit_zero(workdir: Path) -> None:
    (workdir / "no-year.txt").write_text(
        "Hội thảo nông nghiệp\n\nNgày 12/9, tại Cần Thơ, hội thảo khai mạc.\n", encoding="utf-8"
    )
    code, out, err = run("--dest", "articles", "no-year.txt")
    assert code == 0 and len(out) == 1
    assert len(err) == 1 and err[0].startswith("warning: no-year.txt: no year in the dateline")
    assert read_article(workdir / out[0], out[0]).date_estimated


def test_year_option_dates_a_dateline_without_year(workdir: Path) -> None:
    (workdir / "a.txt").write_text(
        "Hội thảo nông nghiệp\n\nNgày 12/9, tại Cần Thơ, hội thảo khai mạc.\n", encoding="utf-8"
    )
    code, out, err = run("--dest", "articles", "--year", "2021", "--source", "Báo Cần Thơ", "a.txt")
    assert code == 0 and err == []
    article = read_article(workdir / out[0], out[0])
    assert str(article.date) == "2021-09-12" and not article.date_estimated
    assert article.source == "Báo Cần Thơ"


def test_same_title_same_month_gets_a_distinct_file_and_slug(workdir: Path) -> None:
    (workdir / "one.txt").write_text(ARTICLE, encoding="utf-8")
    (workdir / "two.txt").write_text(ARTICLE.replace("520 m", "600 m"), encoding="utf-8")
    (workdir / "three.txt").write_text(
        ARTICLE.replace("Sáng 19/12", "Sáng 20/12").replace("520 m", "700 m"), encoding="utf-8"
    )
    code, out, _ = run("--dest", "articles", "one.txt", "two.txt")
    assert code == 0
    assert [Path(p).name for p in out] == [
        "2022-12-19-khanh-thanh-cau-moi.md",
        "2022-12-19-khanh-thanh-cau-moi-2.md",
    ]
    code, out3, _ = run("--dest", "articles", "three.txt")
    assert Path(out3[0]).name == "2022-12-20-khanh-thanh-cau-moi-3.md"
    slugs = [read_article(workdir / p, p).slug for p in [*out, *out3]]
    assert slugs == [None, "khanh-thanh-cau-moi-2", "khanh-thanh-cau-moi-3"]


def test_wrong_usage_exits_2(workdir: Path) -> None:
    assert run()[0] == 2
    assert run("--year", "abc", "x.txt")[0] == 2


def test_real_subprocess_run(tmp_path: Path) -> None:
    shutil.copy(GOOD, tmp_path / "good.txt")
    (tmp_path / "empty.txt").write_bytes(b"")
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    command = [sys.executable, str(ROOT / "build.py"), "import", "--dest", "articles"]
    first = subprocess.run(
        [*command, "good.txt", "empty.txt"], cwd=tmp_path, capture_output=True, text=True, env=env
    )
    assert first.returncode == 1
    assert first.stderr.splitlines() == ["error: empty.txt: empty file"]
    assert "Traceback" not in first.stderr
    written = first.stdout.splitlines()
    assert len(written) == 1 and (tmp_path / written[0]).is_file()
    again = subprocess.run([*command, "good.txt"], cwd=tmp_path, capture_output=True, text=True, env=env)
    assert again.returncode == 0 and again.stdout.splitlines() == written
    usage = subprocess.run([*command], cwd=tmp_path, capture_output=True, text=True, env=env)
    assert usage.returncode == 2


def test_utf16_and_cp1258_files_are_imported_as_nfc_utf8(workdir: Path) -> None:
    text = GOOD.read_text(encoding="utf-8")
    (workdir / "utf16.txt").write_bytes(text.encode("utf-16"))
    legacy = "Hội nghị hòa bình ở Hà Nội\n\nNgày 2/9/2023, hội nghị về hòa bình được tổ chức tại Hà Nội với nhiều đại biểu.\n"
    (workdir / "legacy.txt").write_bytes(_cp1258_form(legacy).encode("cp1258"))
    (workdir / "latin1.txt").write_bytes(
        "Réunion à Paris\n\nLe président a rencontré les délégués.\n".encode("latin-1")
    )
    code, out, err = run("--dest", "articles", "utf16.txt", "legacy.txt", "latin1.txt")
    assert code == 1 and len(out) == 2
    assert len(err) == 1 and err[0].startswith("error: latin1.txt: not UTF-8")
    legacy_article = read_article(workdir / out[1], out[1])
    assert legacy_article.title == "Hội nghị hòa bình ở Hà Nội"
    assert unicodedata.is_normalized("NFC", (workdir / out[1]).read_bytes().decode("utf-8"))


def test_another_story_under_a_sites_address_or_the_same_link_is_imported(workdir: Path) -> None:
    """A `Link:` naming a site, not a page, or another headline under the same link: two stories."""
    bridge = SCRAPED.format(link="https://baomau.vn/", most_read="")
    bus = bridge.replace("Khánh thành cầu mới", "Hà Nội mở tuyến buýt điện").replace(
        "cây cầu mới", "tuyến buýt mới"
    )
    (workdir / "a.txt").write_text(bridge, encoding="utf-8")
    (workdir / "b.txt").write_text(bus, encoding="utf-8")
    linked = bus.replace("https://baomau.vn/", "https://baomau.vn/khanh-thanh-cau-a1.html")
    (workdir / "c.txt").write_text(linked, encoding="utf-8")
    (workdir / "d.txt").write_text(
        bridge.replace("https://baomau.vn/", "https://baomau.vn/khanh-thanh-cau-a1.html"), encoding="utf-8"
    )
    code, out, err = run("--dest", "articles", *(str(workdir / f"{n}.txt") for n in "abdc"))
    assert code == 0 and not any("already imported" in line for line in err)
    assert len(set(out)) == 4
