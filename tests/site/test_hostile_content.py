"""Hostile content found by the abuse test of issue 22: each case builds a real site."""

from __future__ import annotations

import gzip
from pathlib import Path

import lxml.etree

from tests.conftest import Project


def _errors(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith("ERROR") and "content/" in line]


def _xml_files(site: Path) -> list[Path]:
    return sorted(site.rglob("*.xml"))


# --- item 4: characters XML 1.0 forbids -------------------------------------------------------


def test_control_characters_leave_every_feed_and_sitemap_valid_xml(project: Project) -> None:
    """`\\x01`, ESC and U+FFFE in a title, an author, the English summary and the body (through
    YAML escapes, as any editor or tool may write them): every XML file still parses."""
    project.write(
        "content/articles/2022/2022-03-04-a.md",
        "---\n"
        'title: "Việt Nam \\x01 và Lào \\e hợp tác \\uFFFE chặt chẽ"\n'
        "date: 2022-03-04\n"
        'author: "Tác \\x02 giả"\n'
        "places: [viet-nam, lao]\n"
        'title_en: "Vietnam \\x1b and Laos"\n'
        'summary_en: "A \\x0c summary \\uFFFF here"\n'
        "---\n\n"
        "Đoạn \x01 mở \x1b đầu \ufffe của bài.\n",
    )
    result = project.build()
    assert result.exit_code == 0, result.output
    files = _xml_files(project.site)
    names = {p.relative_to(project.site).as_posix() for p in files}
    assert {"feed.xml", "en/feed.xml", "sitemap.xml", "dia-danh/lao/feed.xml"} <= names
    for path in files:
        lxml.etree.parse(str(path))  # raises on a character XML cannot hold
    lxml.etree.fromstring(gzip.decompress((project.site / "sitemap.xml.gz").read_bytes()))
    feed = (project.site / "feed.xml").read_text(encoding="utf-8")
    assert "Việt Nam  và Lào  hợp tác  chặt chẽ" in feed  # dropped, the rest kept
    assert "A   summary  here" in (project.site / "en" / "feed.xml").read_text(encoding="utf-8")


def test_the_importer_stores_no_character_xml_forbids(project: Project) -> None:
    body = "Hai nước đã ký kết nhiều văn bản hợp tác quan trọng về giáo dục, y tế và giao thông. " * 3
    raw = project.write(
        "raw/a.txt",
        "Việt Nam và Lào \x01 hợp tác \x1b chặt chẽ\ufffe\n\nHà Nội, ngày 15/10/2021 – "
        + body
        + "Hai bên &#1;đã ký &#xFFFE;kết \x0cvề giáo dục.\n",
    )
    result = project.build("import", str(raw))
    assert result.exit_code == 0, result.output
    (written,) = (project.content / "articles").rglob("*.md")
    text = written.read_text(encoding="utf-8")
    assert "title: Việt Nam và Lào hợp tác chặt chẽ\n" in text
    assert not any(c in text for c in "\x01\x1b\x0c\ufffe")
    assert "\\x01" not in text and "\\e" not in text and "\\uFFFE" not in text  # not YAML-escaped either


# --- item 9: dates outside 1900–2100 ------------------------------------------------------------


def test_a_date_out_of_range_is_one_line_naming_the_file(project: Project) -> None:
    project.article("2022-03-04-a")
    project.write("content/articles/2022/b.md", "---\ntitle: Bài B\ndate: 2201-10-15\n---\n\nĐoạn.\n")
    project.write("content/articles/2022/c.md", "---\ntitle: Bài C\ndate: 1850-01-02\n---\n\nĐoạn.\n")
    result = project.build()
    assert result.exit_code == 1
    assert "Traceback" not in result.output and "format requires" not in result.output
    errors = _errors(result.output)
    assert len(errors) == 2, result.output
    assert "content/articles/2022/b.md:3: date: Value error, 2201-10-15 is outside 1900–2100" in errors[0]
    assert "content/articles/2022/c.md:3: date: Value error, 1850-01-02 is outside 1900–2100" in errors[1]


def test_dates_at_the_ends_of_the_range_build_and_the_sitemap_stamp_holds(project: Project) -> None:
    """1900 is before gzip's first stamp (1970) and 2100 near its last (2106): both build (the
    build's clock set after 2100, or the article of 2100 would wait for its day)."""
    for date in ("1900-01-01", "2100-12-31"):
        for old in (project.content / "articles").rglob("*.md"):
            old.unlink()
        project.article("a", date=date)
        result = project.build("--now", "2101-01-01")
        assert result.exit_code == 0, result.output
        packed = (project.site / "sitemap.xml.gz").read_bytes()
        assert gzip.decompress(packed) == (project.site / "sitemap.xml").read_bytes()
        stamp = int.from_bytes(packed[4:8], "little")
        assert stamp == (0 if date < "1970" else 4133894400)  # 2100-12-31, or none before 1970


def test_an_event_date_after_2100_is_refused_with_its_line(project: Project) -> None:
    registry = project.content / "entities.yml"
    text = registry.read_text(encoding="utf-8")
    registry.write_text(
        text + "\n- id: hoi-nghi-thu\n  kind: event\n  name: Hội nghị thử\n  start: '2201-10-15'\n",
        encoding="utf-8",
    )
    project.article("a")
    result = project.build()
    assert result.exit_code == 1
    line = text.count("\n") + 5
    assert f"content/entities.yml:{line}: start: Value error, '2201-10-15' is after 2100" in result.output


# --- item 10: the prose fast path's placeholders -----------------------------------------------


def test_a_forged_placeholder_neither_fails_the_build_nor_republishes_dropped_text(project: Project) -> None:
    project.article(
        "a",
        body="Đoạn đầu.\n\n&#98;antinprose7x\n\n<script>\n\nĐoạn bị xóa.\n\n</script>\n\n&#98;antinprose1x\n",
    )
    result = project.build()
    assert result.exit_code == 0, result.output
    page = (project.site / "2022" / "03" / "bai-thu-nghiem" / "index.html").read_text(encoding="utf-8")
    assert "Đoạn đầu." in page and "bantinprose7x" in page
    assert "Đoạn bị xóa" not in page


# --- item 15: a key given twice ------------------------------------------------------------------


def test_a_front_matter_key_given_twice_names_both_lines(project: Project) -> None:
    project.write(
        "content/articles/2022/a.md",
        "---\ntitle: Tiêu đề thứ nhất\ndate: 2022-03-04\ntitle: Tiêu đề thứ hai\n---\n\nĐoạn.\n",
    )
    result = project.build()
    assert result.exit_code == 1
    (error,) = _errors(result.output)
    assert error.endswith(
        "content/articles/2022/a.md:4: invalid YAML front-matter: duplicate key 'title' (first on line 2)"
    )


def test_a_registry_key_given_twice_names_both_lines(project: Project) -> None:
    registry = project.content / "entities.yml"
    text = registry.read_text(encoding="utf-8")
    registry.write_text(
        text
        + "\n- id: hoi-nghi-thu\n  kind: event\n  name: Hội nghị thử\n  id: hoi-nghi-thu\n",  # last-wins would accept it
        encoding="utf-8",
    )
    project.article("a")
    result = project.build()
    assert result.exit_code == 1
    first = text.count("\n") + 2
    assert (
        f"content/entities.yml:{first + 3}: invalid YAML: duplicate key 'id' (first on line {first})"
        in result.output
    )


def test_a_publisher_given_twice_is_refused_by_import(project: Project) -> None:
    project.write("content/sources.yml", "vov.vn: VOV\nnhandan.vn: Nhân Dân\nvov.vn: Đài Tiếng nói\n")
    raw = project.write("raw/a.txt", "Tiêu đề\n\nHà Nội, ngày 15/10/2021 – Đoạn văn của bài viết thử.\n")
    result = project.build("import", str(raw))
    assert result.exit_code == 1
    assert "sources.yml:3: not a readable table of publishers: duplicate key 'vov.vn' (first on line 1)" in (
        result.output
    )
    assert not (project.content / "articles").exists()


# --- item 5: files in content that would run ---------------------------------------------------


def test_content_cannot_replace_a_theme_file(project: Project) -> None:
    project.article("a")
    project.write("content/assets/search.js", "alert('from content')\n")
    result = project.build()
    assert result.exit_code == 1
    (error,) = _errors(result.output)
    assert error.endswith(
        "content/assets/search.js: would replace the theme's 'assets/search.js'; rename or remove it"
    )
    assert not project.site.exists()


def test_pages_and_scripts_in_content_are_refused_one_line_each(project: Project) -> None:
    project.article("a")
    project.write("content/photo.jpg", b"\xff\xd8\xff\xe0 not really a jpeg")  # inert: published
    for name in ("evil.html", "more/evil.HTM", "x.js", "m.mjs", "chart.svg", "page.xhtml"):
        project.write(f"content/{name}", "<script>alert(1)</script>\n")
    result = project.build()
    assert result.exit_code == 1
    errors = _errors(result.output)
    assert len(errors) == 6, result.output
    assert any(e.endswith("content/evil.html: a .html file in content could run in readers' browsers: "
                          "not published (name it under the `pass_through` option if it is safe)") for e in errors)  # fmt: skip
    assert any("content/more/evil.HTM: a .htm file" in e for e in errors)
    check = project.build("check")
    assert check.exit_code == 1
    assert sum("could run in readers' browsers" in line for line in check.output.splitlines()) == 6
    assert check.output.splitlines()[-1] == "6 problem(s) found"


def test_an_active_file_named_by_pass_through_is_published(project: Project) -> None:
    config = project.config.read_text(encoding="utf-8")
    project.config.write_text(
        config.replace("per_page: 20", "per_page: 20\n      pass_through: [embeds/*.html]"), encoding="utf-8"
    )
    project.article("a")
    project.write("content/embeds/map.html", "<p>bản đồ</p>\n")
    project.write("content/images/logo.svg", '<svg xmlns="http://www.w3.org/2000/svg"/>\n')  # a picture
    project.write("content/photo.jpg", b"\xff\xd8\xff\xe0 not really a jpeg")
    result = project.build()
    assert result.exit_code == 0, result.output
    assert (project.site / "embeds" / "map.html").read_text(encoding="utf-8") == "<p>bản đồ</p>\n"
    assert (project.site / "photo.jpg").is_file() and (project.site / "images" / "logo.svg").is_file()


def test_a_link_in_content_to_a_page_elsewhere_is_refused_too(project: Project, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere.html"
    outside.write_text("<script>alert(1)</script>\n", encoding="utf-8")
    project.article("a")
    (project.content / "page.html").symlink_to(outside)
    result = project.build()
    assert result.exit_code == 1
    assert any("content/page.html" in line for line in _errors(result.output)), result.output
    assert not (project.site / "page.html").exists()


def test_content_that_links_out_of_the_project_is_neither_read_nor_published(
    project: Project, tmp_path: Path
) -> None:
    """An article, a plain page and a picture that are links to files elsewhere: one line each,
    the build stops and the site stays as it was; a link within the project is content."""
    project.article("a")
    assert project.build().exit_code == 0
    before = {p.relative_to(project.site): p.read_bytes() for p in project.site.rglob("*") if p.is_file()}
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    written = project.article("b", title="Bài bí mật ở ngoài dự án")
    secret = written.read_text(encoding="utf-8")
    written.unlink()
    (elsewhere / "b.md").write_text(secret, encoding="utf-8")
    (elsewhere / "notes.md").write_text("# Ghi chú\n\nmật khẩu\n", encoding="utf-8")
    (elsewhere / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (project.content / "articles" / "2022" / "2022-03-04-b.md").symlink_to(elsewhere / "b.md")
    (project.content / "notes.md").symlink_to(elsewhere / "notes.md")
    (project.content / "logo.png").symlink_to(elsewhere / "logo.png")
    result = project.build()
    assert result.exit_code == 1
    errors = _errors(result.output)
    assert len(errors) == 1, result.output
    assert errors[0].endswith(
        "content/articles/2022/2022-03-04-b.md: a link to a file outside the project: not read"
    )
    (project.content / "articles" / "2022" / "2022-03-04-b.md").unlink()
    result = project.build()
    assert result.exit_code == 1
    errors = sorted(_errors(result.output))
    assert len(errors) == 2, result.output
    assert errors[0].endswith("content/logo.png: a link to a file outside the project: not published")
    assert errors[1].endswith("content/notes.md: a link to a file outside the project: not published")
    assert {
        p.relative_to(project.site): p.read_bytes() for p in project.site.rglob("*") if p.is_file()
    } == before
    for name in ("notes.md", "logo.png"):
        (project.content / name).unlink()
    project.write("theme-free/logo.png", b"\x89PNG\r\n\x1a\n")  # elsewhere in the project
    (project.content / "logo.png").symlink_to(project.root / "theme-free" / "logo.png")
    result = project.build()
    assert result.exit_code == 0, result.output
    assert (project.site / "logo.png").read_bytes() == b"\x89PNG\r\n\x1a\n"


def test_a_linked_folder_from_elsewhere_is_one_line_not_one_per_file(
    project: Project, tmp_path: Path
) -> None:
    photos = tmp_path / "share" / "photos"
    photos.mkdir(parents=True)
    for name in ("a.jpg", "b.jpg", "c.png"):
        (photos / name).write_bytes(b"\xff\xd8\xff")
    project.article("a")
    (project.content / "photos").symlink_to(photos)
    result = project.build()
    assert result.exit_code == 1
    errors = _errors(result.output)
    assert len(errors) == 1 and errors[0].endswith(
        "content/photos: a link to a folder outside the project: not published"
    ), result.output
