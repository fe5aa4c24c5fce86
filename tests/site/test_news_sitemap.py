"""The Google News sitemap: the articles of the two days before the build's clock."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

import pytest

from bantin.site.clock import ClockError, build_clock
from tests.conftest import SITE_URL, Project

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"
#: 2022-03-10 12:00 UTC
CLOCK = "1646913600"


def test_build_clock_is_source_date_epoch_else_now() -> None:
    assert build_clock({"SOURCE_DATE_EPOCH": CLOCK}) == dt.datetime(2022, 3, 10, 12, tzinfo=dt.UTC)
    now = build_clock({})
    assert now.tzinfo is not None and abs(now - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=1)
    with pytest.raises(ClockError, match="SOURCE_DATE_EPOCH"):
        build_clock({"SOURCE_DATE_EPOCH": "yesterday"})


def _news(project: Project) -> dict[str, dict[str, str]]:
    root = ET.parse(project.site / "news-sitemap.xml").getroot()
    assert root.tag == f"{SITEMAP}urlset"
    found = {}
    for url in root.findall(f"{SITEMAP}url"):
        news = url.find(f"{NEWS}news")
        assert news is not None
        publication = news.find(f"{NEWS}publication")
        assert publication is not None
        found[url.findtext(f"{SITEMAP}loc") or ""] = {
            "name": publication.findtext(f"{NEWS}name") or "",
            "language": publication.findtext(f"{NEWS}language") or "",
            "date": news.findtext(f"{NEWS}publication_date") or "",
            "title": news.findtext(f"{NEWS}title") or "",
        }
    return found


def test_news_sitemap_lists_the_last_two_days_in_each_language(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", CLOCK)
    project.article("2022-03-10-hom-nay", title="Tin hôm nay & <ngày mai>", date="2022-03-10",
                    title_en="Today's news", summary_en="Today.")  # fmt: skip
    project.article("2022-03-08-hai-ngay", title="Tin hai ngày trước", date="2022-03-08")
    project.article("2022-03-07-cu", title="Tin cũ", date="2022-03-07", title_en="Old news")
    project.article("2022-03-11-mai", title="Tin ngày mai", date="2022-03-11")
    project.article("2022-03-09-nhap", title="Bản nháp", date="2022-03-09", draft=True)
    assert project.build("--strict").exit_code == 0
    news = _news(project)
    assert list(news) == [  # newest first; not the older article, the future one or the draft
        f"{SITE_URL}en/2022/03/tin-hom-nay-ngay-mai/",
        f"{SITE_URL}2022/03/tin-hom-nay-ngay-mai/",
        f"{SITE_URL}2022/03/tin-hai-ngay-truoc/",
    ]
    today = news[f"{SITE_URL}2022/03/tin-hom-nay-ngay-mai/"]
    assert today == {"name": "Tin Việt – Lào", "language": "vi", "date": "2022-03-10",
                     "title": "Tin hôm nay & <ngày mai>"}  # fmt: skip
    english = news[f"{SITE_URL}en/2022/03/tin-hom-nay-ngay-mai/"]
    assert english["language"] == "en" and english["title"] == "Today's news"
    assert english["name"] != "" and english["date"] == "2022-03-10"
    # no English entry for an article without an English headline
    assert f"{SITE_URL}en/2022/03/tin-hai-ngay-truoc/" not in news
    robots = (project.site / "robots.txt").read_text(encoding="utf-8")
    assert (
        f"Sitemap: {SITE_URL}sitemap.xml\n" in robots and f"Sitemap: {SITE_URL}news-sitemap.xml\n" in robots
    )


def test_news_sitemap_is_empty_when_nothing_is_recent_and_same_clock_same_bytes(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    project.article("2022-03-10-hom-nay", title="Tin hôm nay", date="2022-03-10")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(CLOCK) + 10 * 86400))
    assert project.build().exit_code == 0
    assert _news(project) == {}
    monkeypatch.setenv("SOURCE_DATE_EPOCH", CLOCK)
    assert project.build().exit_code == 0
    first = (project.site / "news-sitemap.xml").read_bytes()
    assert len(_news(project)) == 1
    assert project.build().exit_code == 0
    assert (project.site / "news-sitemap.xml").read_bytes() == first


def test_a_bad_source_date_epoch_is_one_line(project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    project.article("2022-03-10-hom-nay", title="Tin hôm nay", date="2022-03-10")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "soon")
    result = project.build()
    assert result.exit_code != 0
    assert "SOURCE_DATE_EPOCH must be a whole number" in result.output
    assert "Traceback" not in result.output
