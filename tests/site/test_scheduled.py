"""Scheduled publishing: an article dated later than the build's clock is not published yet."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from lxml import etree

from bantin.core.fields import parse_moment
from bantin.site.clock import ClockError, build_clock, epoch_of
from tests.conftest import Project, fetch, preview, wait_for
from tests.site.html import file_for, page

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
LATER = "2021-10-15T09:30:00+07:00"


def _tree(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def _write(project: Project) -> None:
    project.article("2021-10-14-da-dang", title="Bài đã đăng", date="2021-10-14", title_en="Already out")
    project.article(
        "2021-10-15-hen-gio", title="Bài hẹn giờ", date=LATER, title_en="Scheduled story",
        summary_en="Out at half past nine.", people=["tran-cam-tu"],
    )  # fmt: skip


def _feed_titles(site: Path, path: str) -> list[str]:
    root = etree.parse(str(site / path)).getroot()
    return [e.findtext(f"{ATOM}title") for e in root.iter(f"{ATOM}entry")]


def _sitemap(site: Path) -> set[str]:
    root = etree.parse(str(site / "sitemap.xml")).getroot()
    return {loc.text for loc in root.iter(f"{SITEMAP}loc")}


def test_a_scheduled_article_appears_only_once_the_clock_passes_its_time(project: Project) -> None:
    _write(project)
    before = project.build("--strict", "--now", "2021-10-15T09:00+07:00")
    assert before.exit_code == 0, before.output
    site = project.site
    for url in ("2021/10/bai-hen-gio/", "en/2021/10/bai-hen-gio/", "nhan-vat/tran-cam-tu/"):
        assert file_for(site, url) is None, url
    assert "Bài hẹn giờ" not in page(site, "").text() and "Scheduled story" not in page(site, "en/").text()
    assert "Bài hẹn giờ" not in page(site, "2021/10/").text()
    assert _feed_titles(site, "feed.xml") == ["Bài đã đăng"]
    assert _feed_titles(site, "en/feed.xml") == ["Already out"]
    assert not any("bai-hen-gio" in loc for loc in _sitemap(site))
    assert "1 articles" in before.output and "2 search records" in before.output  # one article, 2 languages

    after = project.build("--strict", "--now", "2021-10-15T09:30+07:00")  # its very minute
    assert after.exit_code == 0, after.output
    article = page(site, "2021/10/bai-hen-gio/")
    assert "draft-marker" not in article.path.read_text(encoding="utf-8")
    assert file_for(site, "nhan-vat/tran-cam-tu/") is not None
    assert [a.text_content() for a in page(site, "").tree.xpath("//li[@class='card']//h2/a")] == [
        "Bài hẹn giờ", "Bài đã đăng",
    ]  # fmt: skip
    assert _feed_titles(site, "en/feed.xml") == ["Scheduled story", "Already out"]
    entry = next(etree.parse(str(site / "feed.xml")).getroot().iter(f"{ATOM}entry"))
    assert entry.findtext(f"{ATOM}published") == LATER  # the time the editor gave, as written
    assert any(loc.endswith("/2021/10/bai-hen-gio/") for loc in _sitemap(site))
    assert "2 articles" in after.output and "4 search records" in after.output


def test_source_date_epoch_is_the_clock_and_two_builds_are_identical(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(project)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch_of("2021-10-15T02:00:00Z"))  # 09:00 in Hanoi
    assert project.build("-d", str(tmp_path / "one")).exit_code == 0
    assert project.build("-d", str(tmp_path / "two")).exit_code == 0
    one = _tree(tmp_path / "one")
    assert one == _tree(tmp_path / "two")
    assert not any("bai-hen-gio" in name for name in one)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch_of("2021-10-15T02:30:00Z"))
    assert project.build("-d", str(tmp_path / "three")).exit_code == 0
    assert "2021/10/bai-hen-gio/index.html" in _tree(tmp_path / "three")


def test_an_incremental_rebuild_notices_the_time_has_come(project: Project) -> None:
    """The same files, the same cache: only the clock moved, and the pages listing it change."""
    _write(project)
    assert project.build("--now", "2021-10-15T09:00+07:00").exit_code == 0
    month_before = page(project.site, "2021/10/").path.read_bytes()
    assert project.build("--now", "2021-10-16").exit_code == 0
    assert page(project.site, "2021/10/").path.read_bytes() != month_before
    assert "Bài hẹn giờ" in page(project.site, "2021/10/").text()
    assert "Scheduled story" in page(project.site, "en/people/tran-cam-tu/").text()
    assert project.build("--now", "2021-10-15T09:00+07:00").exit_code == 0  # the clock set back
    assert file_for(project.site, "2021/10/bai-hen-gio/") is None
    assert page(project.site, "2021/10/").path.read_bytes() == month_before


def test_a_bad_clock_is_one_line(project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    _write(project)
    result = project.build("--now", "tomorrow")
    assert result.exit_code == 2 and "--now: 'tomorrow' is not a time" in result.output
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    result = project.build()
    assert result.exit_code == 1 and "SOURCE_DATE_EPOCH must be a whole number" in result.output
    assert "Traceback" not in result.output


def test_times_in_front_matter_and_on_the_clock() -> None:
    assert parse_moment("2021-10-15T09:30:00+07:00") == dt.datetime(2021, 10, 15, 2, 30, tzinfo=dt.UTC)
    assert parse_moment("2021-10-15 9:30") == dt.datetime(
        2021, 10, 15, 9, 30, tzinfo=dt.UTC
    )  # no offset: UTC
    assert parse_moment("2021-10-15") == dt.datetime(2021, 10, 15, tzinfo=dt.UTC)
    assert parse_moment("2021-10-15T25:00") is None and parse_moment("15/10/2021") is None
    assert build_clock({"SOURCE_DATE_EPOCH": "1634263200"}) == dt.datetime(2021, 10, 15, 2, tzinfo=dt.UTC)
    with pytest.raises(ClockError):
        build_clock({"SOURCE_DATE_EPOCH": "soon"})


def test_a_bad_time_in_date_names_the_file_and_line(project: Project) -> None:
    path = project.article("2021-10-15-sai-gio", title="Sai giờ", date="2021-10-15T25:61")
    result = project.build()
    assert result.exit_code == 1
    assert f"{path.relative_to(project.root).as_posix()}:3: date: " in result.output.replace("\\", "/")


def test_serve_shows_a_scheduled_article_marked(project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    _write(project)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch_of("2021-10-15T09:00+07:00"))
    with preview(project) as running:
        url = running.url + "2021/10/bai-hen-gio/"
        assert wait_for(lambda: "Bài hẹn giờ" in fetch(url)), running.log
        html = fetch(url)
        assert "draft-marker" in html and "Scheduled for 2021-10-15T09:30:00+07:00" in html
        assert "Bài hẹn giờ" in fetch(running.url)  # listed, as drafts are in a preview


def test_check_takes_the_clock_too(project: Project) -> None:
    project.article("2021-10-14-da-dang", title="Bài đã đăng", date="2021-10-14")
    project.article(
        "2021-10-15-hen-gio", title="Bài hẹn giờ", date=LATER, body="Xem [bài này](../../09/khong-co/).\n"
    )
    before = project.build("check", "--now", "2021-10-15T09:00+07:00")
    assert before.exit_code == 0, before.output  # not published yet: its broken link is not a problem yet
    after = project.build("check", "--now", "2021-10-15T10:00+07:00")
    assert after.exit_code == 1 and "link '../../09/khong-co/' leads to no page" in after.output
    clash = project.article("2021-10-15-trung", title="Bài hẹn giờ", date="2021-10-15T12:00+07:00")
    early = project.build("check", "--now", "2021-10-15T09:00+07:00")
    assert early.exit_code == 1 and "same URL as" in early.output  # a clash is told before its time
    assert clash.name in early.output or "2021-10-15-hen-gio" in early.output
